/**
 * User-written text (request and review reasons, a role's prompt, anything a person typed or
 * Teleport echoes back) as one inert line: what the bridge puts in posts, props, DMs and dialogs,
 * and what the webapp draws. It lives in the contract because both sides must apply the same rule:
 * the webapp cleans again what it reads, since anyone who can post may write card props.
 *
 * "Inert" here means the text cannot change what is around it or look different from what it
 * says: every line-break form is folded (a lone CR renders as a break in Mattermost and could
 * start a heading or a list under our own lines), bidirectional controls are removed (U+202E can
 * make "exe.txt" read "txt.exe"), and invisible characters are removed so that a reason of only
 * U+200B counts as empty. Markdown escaping is the bridge's job on top of this (card/sanitize.ts).
 */

// Every form Unicode or an editor may use to end a line, plus tab.
const BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
// Characters that render as empty space but are not Zs (Hangul fillers, braille blank).
const BLANKS = /[\u115F\u1160\u3164\uFFA0\u2800]/g;
/**
 * The zero-width joiner inside an emoji sequence (👩‍💻 is 👩 U+200D 💻): between two pictographs it
 * only joins them into one picture and hides nothing, so it is the one format character kept.
 * (Tag characters stay removed, although tag-sequence flags need them: they can spell out hidden
 * ASCII.)
 */
export const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic})/gu;
// Format characters (Cf: bidi controls U+202A-202E, U+2066-2069, U+200E/200F, U+061C, zero-width
// U+200B-200D, U+2060-2064, U+FEFF, soft hyphen, tag characters, ...) but an emoji's joiner, the
// remaining control characters (Cc: C0, DEL, C1) and the invisible combining grapheme joiner.
const INVISIBLE = new RegExp(`(?!${EMOJI_JOINER.source})[\\p{Cf}\\p{Cc}\\u034F]`, 'gu');
// Any run of spaces (including no-break and ideographic space) becomes one ASCII space.
const SPACES = /\p{Zs}+/gu;

/** The text as one line with nothing hidden in it; trimmed. Idempotent. */
export function cleanUserText(text: string): string {
  return text.replace(BREAKS, ' ').replace(BLANKS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** True when nothing visible is left once the text is cleaned: such a reason counts as no reason. */
export function isBlankUserText(text: string | null | undefined): boolean {
  return text === null || text === undefined || cleanUserText(text) === '';
}

/** Cuts to `max` characters (code points, never half a surrogate pair), marking the cut with "…". */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return (
    chars
      .slice(0, Math.max(0, max - 1))
      .join('')
      .trimEnd() + '…'
  );
}

/** Clean and cut: the form every surface shows. */
export function userLine(text: string, max: number): string {
  return truncateText(cleanUserText(text), max);
}
