/**
 * Test support shared by the bridge's and the webapp's tests (not part of the runtime contract):
 * generated hostile user text for property-based tests of every surface that shows it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

import {EMOJI_JOINER} from './user-text';

/** The characters an attacker would reach for, mixed with ordinary text by the generators. */
export const HOSTILE_PIECES = [
  '\r',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000B',
  '\u000C',
  '\t',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u3164',
  '\u00A0',
  '\u0000',
  '\u001B',
  '\u009B',
  '\u{E0041}',
  '@channel',
  '@all',
  '@here',
  '@alice',
  '# ',
  '---',
  '1. ',
  '- ',
  '> ',
  '**',
  '_',
  '`',
  '```',
  '[x](http://evil)',
  '![i](http://evil/p.png)',
  '<b>',
  '&#64;',
  '|',
  '~town-square',
  '\\',
  'ok',
  ' ',
  'é',
  '👍',
];

/** Ordinary and hostile pieces, joined: line breaks of every kind, bidi and zero-width characters, mentions, markdown. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string(), fc.string({unit: 'grapheme'})), {maxLength: 30})
  .map((parts) => parts.join(''));

/** The lines a reader sees: every form Mattermost breaks a line on. */
export const readerLines = (md: string): string[] => md.split(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/);

/**
 * Asserts that markdown built from hostile text is inert: no bidi controls, no zero-width
 * characters but the mention breaks and emoji joiners, and no raw mention. With `codeSpans`, a
 * mention inside a code span is allowed: Mattermost finds none there (its getExplicitMentions reads
 * only the markdown's Text nodes; server/channels/app/notification.go, 11.4), so a name printed
 * as code stays copyable.
 */
export function assertInert(md: string, opts: {codeSpans?: 'may-mention'} = {}): void {
  assert.doesNotMatch(md, /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/, 'no bidi controls');
  assert.doesNotMatch(md.replace(/@\u200B/g, '').replace(EMOJI_JOINER, ''), /[\u200B-\u200D\u2060\uFEFF]/, 'no zero-width characters but the mention breaks and emoji joiners');
  const outside = opts.codeSpans === 'may-mention' ? md.replace(/`[^`\n]*`/g, '``') : md;
  assert.doesNotMatch(outside, /@(?:channel|all|here|alice)\b/, 'no raw mention');
}
