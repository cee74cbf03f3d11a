/**
 * Teleport's `review_requests.where` predicates, evaluated the way its review permission parser
 * does (lib/services/access_request.go reviewPermissionContext; vulcand/predicate semantics):
 * Go expression syntax with `&&`, `||`, `!`, parentheses, string literals, and the functions
 * `equals(a, b)` (string = string, or list = list element by element) and `contains(list, s)`;
 * identifiers `reviewer.roles`, `reviewer.traits`, `request.roles`, `request.reason`,
 * `request.system_annotations`, maps indexed as `reviewer.traits["team"]`.
 *
 * The answer is three-valued: anything this evaluator cannot decide (another function, a syntax
 * it does not know, a field the bridge does not have) is `unknown`, never a guess, and Kleene
 * logic keeps it from deciding more than it knows (`false && unknown` is still false).
 */
import {lexPredicate, PredicateSyntaxError, type Token} from '../predicate/lexer';

export type Truth = boolean | 'unknown';
type Value = {kind: 'string'; value: string} | {kind: 'list'; value: string[]} | {kind: 'map'; value: Record<string, string[]>} | {kind: 'unknown'};

export interface WhereContext {
  reviewer: {roles: string[]; traits: Record<string, string[]>};
  /** `systemAnnotations` undefined: the bridge does not know them, so predicates using them are unknown. */
  request: {roles: string[]; reason: string; systemAnnotations?: Record<string, string[]>};
}

const UNKNOWN: Value = {kind: 'unknown'};
class Undecidable extends Error {}

type Node =
  {n: 'and' | 'or'; a: Node; b: Node} | {n: 'not'; a: Node} | {n: 'call'; fn: string; args: Node[]} | {n: 'string'; v: string} | {n: 'path'; path: (string | {key: string})[]};

/** Recursive descent over the tokens: or → and → unary → primary (call, path, string, parentheses). */
class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const tok = this.peek();
    return tok?.k === 'op' && tok.v === v;
  }

  private expect(v: string): void {
    if (!this.isOp(v)) throw new Undecidable(`expected ${v}`);
    this.pos++;
  }

  parseAll(): Node {
    const root = this.or();
    if (this.pos !== this.tokens.length) throw new Undecidable('trailing input');
    return root;
  }

  private or(): Node {
    let left = this.and();
    while (this.isOp('||')) {
      this.pos++;
      left = {n: 'or', a: left, b: this.and()};
    }
    return left;
  }

  private and(): Node {
    let left = this.unary();
    while (this.isOp('&&')) {
      this.pos++;
      left = {n: 'and', a: left, b: this.unary()};
    }
    return left;
  }

  private unary(): Node {
    if (this.isOp('!')) {
      this.pos++;
      return {n: 'not', a: this.unary()};
    }
    return this.primary();
  }

  private primary(): Node {
    const tok = this.peek();
    if (!tok) throw new Undecidable('unexpected end');
    this.pos++;
    if (tok.k === 'op' && tok.v === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (tok.k === 'str') return {n: 'string', v: tok.v};
    if (tok.k === 'ident') return this.isOp('(') ? this.call(tok.v) : this.path(tok.v);
    throw new Undecidable(`unexpected ${tok.v}`);
  }

  private call(fn: string): Node {
    this.expect('(');
    const args: Node[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.pos++;
        args.push(this.or());
      }
    }
    this.expect(')');
    return {n: 'call', fn, args};
  }

  private path(first: string): Node {
    const path: (string | {key: string})[] = [first];
    for (;;) {
      if (this.isOp('.')) {
        this.pos++;
        const next = this.peek();
        if (next?.k !== 'ident') throw new Undecidable('expected a field name');
        this.pos++;
        path.push(next.v);
      } else if (this.isOp('[')) {
        this.pos++;
        const key = this.peek();
        if (key?.k !== 'str') throw new Undecidable('expected a string key');
        this.pos++;
        this.expect(']');
        path.push({key: key.v});
      } else {
        return {n: 'path', path};
      }
    }
  }
}

function parse(tokens: Token[]): Node {
  return new Parser(tokens).parseAll();
}

function field(ctx: WhereContext, name: string[]): Value {
  const key = name.join('.');
  switch (key) {
    case 'reviewer.roles':
      return {kind: 'list', value: ctx.reviewer.roles};
    case 'reviewer.traits':
      return {kind: 'map', value: ctx.reviewer.traits};
    case 'request.roles':
      return {kind: 'list', value: ctx.request.roles};
    case 'request.reason':
      return {kind: 'string', value: ctx.request.reason};
    case 'request.system_annotations':
      return ctx.request.systemAnnotations ? {kind: 'map', value: ctx.request.systemAnnotations} : UNKNOWN;
    default:
      // Teleport answers an error for unknown fields; the bridge leaves it to Teleport.
      return UNKNOWN;
  }
}

function value(node: Node, ctx: WhereContext): Value {
  if (node.n === 'string') return {kind: 'string', value: node.v};
  if (node.n !== 'path') return UNKNOWN;
  const names: string[] = [];
  let i = 0;
  for (; i < node.path.length && typeof node.path[i] === 'string'; i++) names.push(node.path[i] as string);
  let current = field(ctx, names);
  for (; i < node.path.length; i++) {
    const seg = node.path[i];
    if (typeof seg === 'string' || seg === undefined || current.kind !== 'map') return UNKNOWN;
    // Go: a missing key of map[string][]string is a nil list.
    current = {kind: 'list', value: Object.hasOwn(current.value, seg.key) ? (current.value[seg.key] ?? []) : []};
  }
  return current;
}

function truth(node: Node, ctx: WhereContext): Truth {
  switch (node.n) {
    case 'and': {
      const a = truth(node.a, ctx);
      if (a === false) return false;
      const b = truth(node.b, ctx);
      if (b === false) return false;
      return a === true && b === true ? true : 'unknown';
    }
    case 'or': {
      const a = truth(node.a, ctx);
      if (a === true) return true;
      const b = truth(node.b, ctx);
      if (b === true) return true;
      return a === false && b === false ? false : 'unknown';
    }
    case 'not': {
      const a = truth(node.a, ctx);
      return a === 'unknown' ? 'unknown' : !a;
    }
    case 'call': {
      if (node.args.length !== 2) return 'unknown';
      const [a, b] = node.args.map((arg) => value(arg, ctx)) as [Value, Value];
      if (a.kind === 'unknown' || b.kind === 'unknown') return 'unknown';
      if (node.fn === 'equals') {
        if (a.kind === 'string') return b.kind === 'string' && a.value === b.value;
        if (a.kind === 'list') return b.kind === 'list' && a.value.length === b.value.length && a.value.every((v, i) => v === b.value[i]);
        return false;
      }
      if (node.fn === 'contains') return a.kind === 'list' && b.kind === 'string' && a.value.includes(b.value);
      return 'unknown';
    }
    default:
      // A bare value where a boolean is expected: Teleport rejects it; leave it to Teleport.
      return 'unknown';
  }
}

/** Outside the syntax this evaluator knows (or Teleport's): Teleport decides. */
function undecided(error: unknown): Truth {
  if (error instanceof Undecidable || error instanceof PredicateSyntaxError) return 'unknown';
  throw error;
}

/**
 * Parses a `where` predicate once, for evaluation against many contexts: a reviewer's permission
 * check runs over every pending request (the inbox, `/teleport list`). '' means no condition.
 */
export function compileWhere(expression: string): (ctx: WhereContext) => Truth {
  if (expression.trim() === '') return () => true;
  let node: Node;
  try {
    node = parse(lexPredicate(expression));
  } catch (error) {
    const answer = undecided(error);
    return () => answer;
  }
  return (ctx) => {
    try {
      return truth(node, ctx);
    } catch (error) {
      return undecided(error);
    }
  };
}

/** Evaluates a `where` predicate; '' means no condition (true). */
export function evaluateWhere(expression: string, ctx: WhereContext): Truth {
  return compileWhere(expression)(ctx);
}
