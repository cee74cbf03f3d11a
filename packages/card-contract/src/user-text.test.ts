import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import fc from 'fast-check';

import {hostileText} from './testing';
import {cleanUserText, EMOJI_JOINER, isBlankUserText, truncateText, userLine} from './user-text';

/** Everything the cleaned text must never contain. */
const LINE_BREAK = /[\r\n\v\f\u0085\u2028\u2029]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD|\u034F/;

describe('user text as one inert line', () => {
  const table: [string, string, string][] = [
    ['lone carriage returns cannot start a heading, a rule or a list', 'fine\r# HEADING\r---\r1. approved by security', 'fine # HEADING --- 1. approved by security'],
    ['CRLF, LF, LS, PS, NEL, VT and FF all fold', 'a\r\nb\nc\u2028d\u2029e\u0085f\u000Bg\u000Ch', 'a b c d e f g h'],
    ['a right-to-left override is removed, so the text reads as stored', 'invoice_\u202Egnp.exe', 'invoice_gnp.exe'],
    ['isolates and marks are removed', '\u2066a\u2069\u200Eb\u200F\u061Cc', 'abc'],
    ['zero-width characters are removed', 'p\u200Ba\u200Cs\u200Ds\u2060w\uFEFFord', 'password'],
    ['no-break and other spaces become one space', 'a\u00A0\u00A0b\u3000c', 'a b c'],
    ['a Hangul filler counts as space', 'a\u3164b', 'a b'],
    ['control characters are removed', 'a\u0000b\u0007c\u009Bd', 'abcd'],
    ['ordinary text is unchanged', 'TICKET-42: fix replication on db-1 (urgent) 👍', 'TICKET-42: fix replication on db-1 (urgent) 👍'],
    ['surrounding space is trimmed', '  \u200B hi \u2028 ', 'hi'],
    [
      'an emoji sequence keeps its joiner (👩‍💻 stays one picture)',
      'on call \u{1F469}\u200D\u{1F4BB} and \u{1F44D}\u{1F3FD}\u200D\u{1F44D}',
      'on call \u{1F469}\u200D\u{1F4BB} and \u{1F44D}\u{1F3FD}\u200D\u{1F44D}',
    ],
    ['a joiner beside a letter, or behind another invisible, is removed', 'a\u200D\u{1F4BB} \u{1F469}\u200B\u200D\u{1F4BB}', 'a\u{1F4BB} \u{1F469}\u{1F4BB}'],
    ['tag characters are removed even in a flag (they can spell hidden text)', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', '\u{1F3F4}'],
  ];
  for (const [name, input, want] of table) it(name, () => assert.equal(cleanUserText(input), want));

  const blank: [string, string | null, boolean][] = [
    ['only a zero-width space', '\u200B', true],
    ['only bidi controls and line breaks', '\u202E\r\n\u2066', true],
    ['only a Hangul filler', '\u3164', true],
    ['null', null, true],
    ['a word behind a zero-width space', '\u200Bok', false],
  ];
  for (const [name, input, want] of blank) it(`blank: ${name}`, () => assert.equal(isBlankUserText(input), want));

  it('cuts by characters, not UTF-16 units, and marks the cut', () => {
    assert.equal(Array.from(truncateText('👍'.repeat(10), 5)).length, 5);
    assert.equal(truncateText('abc def', 5), 'abc…');
    assert.equal(truncateText('short', 5), 'short');
  });

  it('property: no line breaks, bidi controls or invisible characters survive, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const out = cleanUserText(input);
        const shown = out.replace(EMOJI_JOINER, '');
        assert.doesNotMatch(out, LINE_BREAK);
        assert.doesNotMatch(out, BIDI);
        assert.doesNotMatch(shown, ZERO_WIDTH);
        assert.doesNotMatch(shown, /\p{Cf}|\p{Cc}/u);
        assert.doesNotMatch(out, /^\s|\s$|\s\s/);
        assert.equal(cleanUserText(out), out);
        assert.equal(isBlankUserText(input), out === '');
      }),
      {numRuns: 2000},
    );
  });

  it('property: the shown line never exceeds its length and keeps the start of the text', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({min: 1, max: 60}), (input, max) => {
        const out = userLine(input, max);
        const clean = cleanUserText(input);
        assert.ok(Array.from(out).length <= max);
        if (Array.from(clean).length <= max) assert.equal(out, clean);
        else assert.ok(out.endsWith('…') && clean.startsWith(out.slice(0, -1)));
      }),
    );
  });
});
