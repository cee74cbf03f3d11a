/**
 * The part of Teleport's access monitoring rule `condition` language that routing needs, parsed
 * once per rule and evaluated per request. Pure.
 *
 * Teleport parses these with Go's expression syntax (vulcand/predicate + lib/utils/typical); the
 * names and types below follow lib/accessmonitoring/request_mapping.go and lib/expression/parser.go
 * (see teleport/proto/accessmonitoringrules.proto for the commits). Anything outside the subset is
 * refused at parse time with a reason, so a rule is either understood exactly or not used at all:
 * a guess could send a request to people who must not see it.
 */
import {lexPredicate, PredicateSyntaxError, type Token as LexedToken} from '../predicate/lexer';

export type ConditionType = 'bool' | 'string' | 'set' | 'map';

/** What a condition is evaluated against: one request (and its requester's traits). */
export interface ConditionEnv {
  user: string;
  roles: readonly string[];
  suggestedReviewers: readonly string[];
  reason: string;
  /** The requester's Teleport traits; only read when the condition mentions user.traits. */
  traits: Readonly<Record<string, readonly string[]>>;
}

export interface Condition {
  evaluate(env: ConditionEnv): boolean;
  /** True when evaluating needs the requester's traits (one Teleport read). */
  readonly usesTraits: boolean;
}

export class UnsupportedCondition extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedCondition';
  }
}

class KnownButUnsupported extends UnsupportedCondition {}

type Value = boolean | string | ReadonlySet<string> | Readonly<Record<string, readonly string[]>>;
interface Node {
  type: ConditionType;
  run(env: ConditionEnv): Value;
}

// ---------------------------------------------------------------------------------------------
// Tokens (predicate/lexer.ts), with an end marker for the parser

type Token = LexedToken | {k: 'end'};

function tokenize(src: string): Token[] {
  try {
    return [...lexPredicate(src), {k: 'end'}];
  } catch (err) {
    if (err instanceof PredicateSyntaxError) throw new UnsupportedCondition(err.message);
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Names: variables, functions and methods, with the types Teleport gives them

const asSet = (v: Value): ReadonlySet<string> => v as ReadonlySet<string>;
const asMap = (v: Value): Readonly<Record<string, readonly string[]>> => v as Readonly<Record<string, readonly string[]>>;

const VARIABLES: Record<string, {type: ConditionType; get(env: ConditionEnv): Value; traits?: true}> = {
  true: {type: 'bool', get: () => true},
  false: {type: 'bool', get: () => false},
  'access_request.spec.user': {type: 'string', get: (e) => e.user},
  'access_request.spec.request_reason': {type: 'string', get: (e) => e.reason},
  'access_request.spec.roles': {type: 'set', get: (e) => new Set(e.roles)},
  'access_request.spec.suggested_reviewers': {type: 'set', get: (e) => new Set(e.suggestedReviewers)},
  'user.traits': {type: 'map', get: (e) => e.traits, traits: true},
};

/** Known to Teleport, not evaluated here: a rule using them is skipped rather than guessed. */
const NOT_HERE: Record<string, string> = {
  'access_request.spec.system_annotations': 'system annotations are not read by this bridge yet',
  'access_request.spec.creation_time': 'time values are not supported',
  'access_request.spec.expiry': 'time values are not supported',
  'access_request.spec.requested_resources': "resource labels would need the Teleport resources' own labels",
};

interface Signature {
  args: ConditionType[];
  /** The last argument type repeats (set(...), union(...)). */
  variadic?: boolean;
  result: ConditionType | 'same';
  fn(args: Value[]): Value;
}

const containsAny = (a: Value, b: Value): boolean => [...asSet(b)].some((v) => asSet(a).has(v));
// Teleport: contains_all of an empty set is false, not vacuously true.
const containsAll = (a: Value, b: Value): boolean => asSet(b).size > 0 && [...asSet(b)].every((v) => asSet(a).has(v));
const transform = (v: Value, f: (s: string) => string): Value => (typeof v === 'string' ? f(v) : new Set([...asSet(v)].map(f)));

const FUNCTIONS: Record<string, Signature> = {
  set: {args: ['string'], variadic: true, result: 'set', fn: (a) => new Set(a as string[])},
  union: {args: ['set'], variadic: true, result: 'set', fn: (a) => new Set(a.flatMap((s) => [...asSet(s)]))},
  contains_any: {args: ['set', 'set'], result: 'bool', fn: ([a, b]) => containsAny(a!, b!)},
  contains_all: {args: ['set', 'set'], result: 'bool', fn: ([a, b]) => containsAll(a!, b!)},
  is_empty: {args: ['set'], result: 'bool', fn: ([a]) => asSet(a!).size === 0},
  'strings.lower': {args: ['string'], result: 'same', fn: ([a]) => transform(a!, (s) => s.toLowerCase())},
  'strings.upper': {args: ['string'], result: 'same', fn: ([a]) => transform(a!, (s) => s.toUpperCase())},
};

const METHODS: Record<string, Signature> = {
  contains: {args: ['set', 'string'], result: 'bool', fn: ([s, v]) => asSet(s!).has(v as string)},
  contains_any: FUNCTIONS['contains_any']!,
  contains_all: FUNCTIONS['contains_all']!,
  isempty: FUNCTIONS['is_empty']!,
};

// ---------------------------------------------------------------------------------------------
// Parser: precedence || < && < ==/!= < ! < postfix (call, method, index)

class Parser {
  private pos = 0;
  usesTraits = false;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new UnsupportedCondition(`expected "${v}" but found ${describe(this.peek())}`);
    this.pos++;
  }

  parseAll(): Node {
    const node = this.or();
    if (this.peek().k !== 'end') throw new UnsupportedCondition(`unexpected ${describe(this.peek())}`);
    return node;
  }

  private or(): Node {
    let left = this.and();
    while (this.isOp('||')) {
      this.pos++;
      const a = want(left, 'bool', '||');
      const b = want(this.and(), 'bool', '||');
      left = {type: 'bool', run: (e) => a.run(e) === true || b.run(e) === true};
    }
    return left;
  }

  private and(): Node {
    let left = this.equality();
    while (this.isOp('&&')) {
      this.pos++;
      const a = want(left, 'bool', '&&');
      const b = want(this.equality(), 'bool', '&&');
      left = {type: 'bool', run: (e) => a.run(e) === true && b.run(e) === true};
    }
    return left;
  }

  private equality(): Node {
    const left = this.unary();
    if (!this.isOp('==') && !this.isOp('!=')) return left;
    const negate = this.isOp('!=');
    this.pos++;
    const right = this.unary();
    if (left.type !== right.type || (left.type !== 'string' && left.type !== 'bool')) {
      throw new UnsupportedCondition(`${negate ? '!=' : '=='} compares two strings or two booleans, not ${left.type} and ${right.type}`);
    }
    return {type: 'bool', run: (e) => (left.run(e) === right.run(e)) !== negate};
  }

  private unary(): Node {
    if (this.isOp('!')) {
      this.pos++;
      const inner = want(this.unary(), 'bool', '!');
      return {type: 'bool', run: (e) => inner.run(e) !== true};
    }
    return this.postfix(this.primary());
  }

  private primary(): Node {
    const t = this.peek();
    if (t.k === 'str') {
      this.pos++;
      return {type: 'string', run: () => t.v};
    }
    if (t.k === 'op' && t.v === '(') {
      this.pos++;
      const inner = this.or();
      this.expectOp(')');
      return inner;
    }
    if (t.k !== 'ident') throw new UnsupportedCondition(`unexpected ${describe(t)}`);
    // A dotted name: a variable, a function (strings.lower), or a variable followed by a method.
    const parts = [t.v];
    this.pos++;
    while (this.isOp('.') && this.tokens[this.pos + 1]?.k === 'ident') {
      parts.push((this.tokens[this.pos + 1] as {v: string}).v);
      this.pos += 2;
    }
    if (this.isOp('(')) {
      const name = parts.join('.');
      if (FUNCTIONS[name]) return this.call(name, FUNCTIONS[name], [], `${name}()`);
      const method = parts.pop()!;
      let receiver: Node | null = null;
      try {
        receiver = parts.length > 0 ? this.named(parts) : null;
      } catch (err) {
        // A known Teleport name this bridge does not evaluate says so; anything else looked like a
        // function (regexp.match, has_labels).
        if (err instanceof KnownButUnsupported) throw err;
      }
      if (!receiver) throw new UnsupportedCondition(`function ${name}() is not supported`);
      return this.method(receiver, method);
    }
    return this.named(parts);
  }

  /** A variable, possibly followed by one map key written as a field (user.traits.team). */
  private named(parts: string[]): Node {
    for (let n = parts.length; n > 0; n--) {
      const name = parts.slice(0, n).join('.');
      const reason = NOT_HERE[name];
      if (reason) throw new KnownButUnsupported(`${name}: ${reason}`);
      const v = VARIABLES[name];
      if (!v) continue;
      if (v.traits) this.usesTraits = true;
      const base: Node = {type: v.type, run: (e) => v.get(e)};
      if (n === parts.length) return base;
      if (n === parts.length - 1 && v.type === 'map') {
        const key = parts[n]!;
        return index(base, {type: 'string', run: () => key});
      }
      break;
    }
    throw new UnsupportedCondition(`unknown name ${parts.join('.')}`);
  }

  private postfix(node: Node): Node {
    for (;;) {
      if (this.isOp('[')) {
        this.pos++;
        const key = want(this.or(), 'string', 'a map key');
        this.expectOp(']');
        if (node.type !== 'map') throw new UnsupportedCondition(`cannot index a ${node.type}`);
        node = index(node, key);
      } else if (this.isOp('.') && this.tokens[this.pos + 1]?.k === 'ident' && this.tokens[this.pos + 2]?.k === 'op') {
        const name = (this.tokens[this.pos + 1] as {v: string}).v;
        this.pos += 2;
        if (!this.isOp('(')) throw new UnsupportedCondition(`.${name} without a call is not supported here`);
        node = this.method(node, name);
      } else {
        return node;
      }
    }
  }

  private method(receiver: Node, name: string): Node {
    const sig = METHODS[name];
    if (!sig) throw new UnsupportedCondition(`method .${name}() is not supported`);
    return this.call(name, sig, [receiver], `.${name}()`);
  }

  private call(name: string, sig: Signature, leading: Node[], label: string): Node {
    this.expectOp('(');
    const args = [...leading];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.pos++;
        args.push(this.or());
      }
    }
    this.expectOp(')');
    const count = sig.args.length;
    if (sig.variadic ? args.length < count - 1 : args.length !== count) {
      throw new UnsupportedCondition(
        `${label} takes ${sig.variadic ? `at least ${count - 1 - leading.length}` : count - leading.length} argument(s), got ${args.length - leading.length}`,
      );
    }
    let result: ConditionType = sig.result === 'same' ? 'string' : sig.result;
    args.forEach((a, i) => {
      const expected = sig.args[Math.min(i, count - 1)]!;
      // strings.lower/upper accept a string or a set and answer the same kind.
      if (sig.result === 'same' && (a.type === 'string' || a.type === 'set')) {
        result = a.type;
        return;
      }
      want(a, expected, `argument ${i + 1 - leading.length} of ${label}`);
    });
    return {type: result, run: (e) => sig.fn(args.map((a) => a.run(e)))};
  }
}

function index(map: Node, key: Node): Node {
  // A missing trait is the empty set, as in Teleport.
  return {type: 'set', run: (e) => new Set(asMap(map.run(e))[key.run(e) as string] ?? [])};
}

function want(node: Node, type: ConditionType, where: string): Node {
  if (node.type !== type) throw new UnsupportedCondition(`${where} expects a ${type}, got a ${node.type}`);
  return node;
}

function describe(t: Token): string {
  if (t.k === 'end') return 'the end of the condition';
  return t.k === 'str' ? `string ${JSON.stringify(t.v)}` : `"${t.v}"`;
}

/** Parses a rule's condition; throws UnsupportedCondition (with the reason) outside the subset. */
export function parseCondition(source: string): Condition {
  if (source.trim() === '') throw new UnsupportedCondition('the condition is empty');
  const parser = new Parser(tokenize(source));
  const root = parser.parseAll();
  // Teleport treats any non-boolean result as "no match": such a rule can never route.
  if (root.type !== 'bool') throw new UnsupportedCondition(`the condition is a ${root.type}, not a boolean`);
  return {usesTraits: parser.usesTraits, evaluate: (env) => root.run(env) === true};
}
