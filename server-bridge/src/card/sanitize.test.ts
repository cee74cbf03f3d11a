import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {EMOJI_JOINER, userLine} from '@tma/card-contract';
import {hostileText} from '@tma/card-contract/testing';
import fc from 'fast-check';

import {code, sanitizeForMarkdown, truncate} from './sanitize';

const SPECIALS = new Set('\\`*_{}[]()<>#|!~&');

/**
 * Reads escaped text back as a markdown reader would see its characters: fails on any special
 * character left unescaped, returns the text with escapes and mention breaks undone.
 */
function unescape(md: string): string {
  let out = '';
  const chars = Array.from(md);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      const next = chars[++i];
      assert.ok(next !== undefined && (SPECIALS.has(next) || next === '-' || next === '+' || next === '=' || next === '.'), `dangling backslash in ${JSON.stringify(md)}`);
      out += next;
    } else {
      assert.ok(!SPECIALS.has(c), `unescaped ${JSON.stringify(c)} in ${JSON.stringify(md)}`);
      out += c;
    }
  }
  return out.replace(/@\u200B/g, '@');
}

describe('user text inside markdown', () => {
  const table: [string, string, string][] = [
    ['@here', 'ping @here', 'ping @\u200Bhere'],
    ['@all and @someone', '@all @alice', '@\u200Ball @\u200Balice'],
    ['a mention hidden behind a zero-width space is still broken', '@\u200Bchannel', '@\u200Bchannel'],
    ['markdown link', '[x](y)', '\\[x\\]\\(y\\)'],
    ['emphasis, code, headings and images', '*b* `c` # !x', '\\*b\\* \\`c\\` \\# \\!x'],
    ['an entity cannot spell a mention', '&#64;channel', '\\&\\#64;channel'],
    ['lone carriage returns cannot start a heading, a rule or a list', 'fine\r# HEADING\r---\r1. approved by security', 'fine \\# HEADING --- 1. approved by security'],
    ['a text that starts a quoted line cannot be a list item', '- item', '\\- item'],
    ['…nor an ordered list', '1. approved', '1\\. approved'],
    ['…nor a rule', '---', '\\---'],
    ['a right-to-left override is removed', 'a\u202Eb', 'ab'],
    ['tabs and line breaks become one space', 'a\r\n\tb', 'a b'],
    ['control characters', 'a\u0000b\u0007c', 'abc'],
  ];
  for (const [name, input, want] of table) it(name, () => assert.equal(sanitizeForMarkdown(input), want));

  it('truncates long text with an ellipsis, by characters not bytes', () => {
    assert.equal(truncate('é'.repeat(600), 500).length, 500);
    assert.ok(truncate('x'.repeat(600), 500).endsWith('…'));
  });

  it('property: one line, no bidi or invisible characters but its own mention breaks, no raw mention, every metacharacter escaped', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({min: 1, max: 600}), (input, max) => {
        const md = sanitizeForMarkdown(input, max);
        assert.doesNotMatch(md, /[\r\n\v\f\u0085\u2028\u2029]/);
        assert.doesNotMatch(md.replace(/@\u200B/g, '@').replace(EMOJI_JOINER, ''), /\p{Cf}|\p{Cc}/u);
        assert.doesNotMatch(md, /@[\p{L}\p{N}._-]/u);
        assert.doesNotMatch(md, /^(?:[-+=]|\d+\.)/);
        // Nothing lost but what cleaning removes: undoing the escapes gives the cleaned line.
        assert.equal(unescape(md), userLine(input, max));
      }),
      {numRuns: 2000},
    );
  });

  it('property: a code span holds any name on one line and cannot be closed early', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const span = code(name);
        assert.match(span, /^`[^`\r\n\u2028\u2029]*`$/);
      }),
    );
  });
});
