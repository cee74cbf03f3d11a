/**
 * The tokens of Teleport's predicate languages: review `where` conditions (reviewers/where.ts) and
 * access monitoring rule conditions (routing/condition.ts). Teleport parses both with Go's
 * expression syntax (vulcand/predicate), so they share identifiers, Go string literals ("…" with
 * Go escapes, `…` raw) and operators; each parser decides which operators it understands. Pure.
 */

export type Token = {k: 'ident'; v: string} | {k: 'str'; v: string} | {k: 'op'; v: string};

/** Input that is not a sequence of these tokens; each parser words the consequence its own way. */
export class PredicateSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PredicateSyntaxError';
  }
}

// Longest first, so `!=` is not read as `!` then `=`.
const OPERATORS = ['&&', '||', '==', '!=', '!', '(', ')', ',', '.', '[', ']'];
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'"};

function unquote(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, esc: string) => {
    if (esc[0] === 'u' || esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    const out = Object.hasOwn(SIMPLE_ESCAPES, esc) ? SIMPLE_ESCAPES[esc] : undefined;
    if (out === undefined) throw new PredicateSyntaxError(`unsupported escape \\${esc} in a string`);
    return out;
  });
}

/** One token starting at `i`, and where the next one starts. */
function next(src: string, i: number): {token: Token; end: number} {
  const c = src[i]!;
  if (/[A-Za-z_]/.test(c)) {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
    return {token: {k: 'ident', v: m[0]}, end: i + m[0].length};
  }
  if (c === '"') {
    const m = /^"((?:[^"\\\n]|\\.)*)"/.exec(src.slice(i));
    if (!m) throw new PredicateSyntaxError(`unterminated string at offset ${i}`);
    return {token: {k: 'str', v: unquote(m[1]!)}, end: i + m[0].length};
  }
  if (c === '`') {
    const close = src.indexOf('`', i + 1);
    if (close < 0) throw new PredicateSyntaxError(`unterminated raw string at offset ${i}`);
    return {token: {k: 'str', v: src.slice(i + 1, close)}, end: close + 1};
  }
  const op = OPERATORS.find((o) => src.startsWith(o, i));
  if (!op) throw new PredicateSyntaxError(`unexpected ${JSON.stringify(c)} at offset ${i}`);
  return {token: {k: 'op', v: op}, end: i + op.length};
}

/** The tokens of `src`, white space dropped; throws PredicateSyntaxError on anything else. */
export function lexPredicate(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    if (/\s/.test(src[i]!)) {
      i++;
      continue;
    }
    const {token, end} = next(src, i);
    out.push(token);
    i = end;
  }
  return out;
}
