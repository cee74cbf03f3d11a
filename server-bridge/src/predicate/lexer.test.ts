import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {lexPredicate, PredicateSyntaxError} from './lexer';

const show = (src: string) =>
  lexPredicate(src)
    .map((t) => `${t.k}:${t.v}`)
    .join(' ');

describe('predicate lexer', () => {
  const tokens: [src: string, expected: string][] = [
    ['contains(reviewer.roles, "dba")', 'ident:contains op:( ident:reviewer op:. ident:roles op:, str:dba op:)'],
    ['a != "b" && !c || d == `raw\\n`', 'ident:a op:!= str:b op:&& op:! ident:c op:|| ident:d op:== str:raw\\n'],
    ['user.traits["team"]', 'ident:user op:. ident:traits op:[ str:team op:]'],
    ['"tab\\there \\u00e9 \\x41 \\"q\\""', 'str:tab\there é A "q"'],
    ['  ', ''],
  ];
  for (const [src, expected] of tokens) {
    it(`reads ${src}`, () => assert.equal(show(src), expected));
  }

  const errors: [src: string, message: RegExp][] = [
    ['"open', /unterminated string at offset 0/],
    ['a `open', /unterminated raw string at offset 2/],
    ['"line\nbreak"', /unterminated string/],
    ['"\\q"', /unsupported escape \\q/],
    ['a = b', /unexpected "=" at offset 2/],
    ['a > b', /unexpected ">"/],
  ];
  for (const [src, message] of errors) {
    it(`refuses ${JSON.stringify(src)}`, () =>
      assert.throws(
        () => lexPredicate(src),
        (e: unknown) => e instanceof PredicateSyntaxError && message.test(e.message),
      ));
  }
});
