/**
 * User-written text (reasons, annotations, a role's prompt, a mistyped /teleport word, Teleport's
 * own error texts) goes into posts, replies, DMs and dialogs that Mattermost renders as markdown
 * and scans for mentions. Every such text passes through here: first made one inert line (the
 * contract's cleanUserText: line breaks folded, bidi and invisible characters removed), then
 * escaped so it cannot restyle what is around it or inject links, and with mentions broken so a
 * requester cannot page a whole channel through a reason.
 *
 * The order matters: the escaper itself inserts U+200B to break mentions, so cleaning runs first
 * and "is there a reason at all" is asked of the cleaned text (isBlankUserText), never of this output.
 */
import {cleanUserText, isBlankUserText, truncateText, userLine} from '@tma/card-contract';

export {cleanUserText, isBlankUserText};

// Every ASCII punctuation CommonMark or Mattermost gives a meaning inside a line: emphasis, code,
// links and images, autolinks and HTML, headings and hashtags, tables, strikethrough, entities
// (&#64; would render as "@"), and ( ) so a text cut or joined next to our own markdown cannot
// complete a link.
const MARKDOWN_SPECIALS = /([\\`*_{}[\]()<>#|!~&])/g;
// The text may start a line (after "> " in a reply): a list marker, a thematic break, a setext
// underline or an ordered-list number would apply there.
const LIST_OR_RULE = /^([-+=])/;
const ORDERED_LIST = /^(\d+)\./;
// A zero-width space after "@" keeps the text readable but stops Mattermost's mention parser.
const MENTION = /@(?=[\p{L}\p{N}._-])/gu;

export const REASON_MAX_CHARS = 500;

/** Cuts to `max` characters with a "…" (for texts that are already clean or not user-written). */
export function truncate(text: string, max: number): string {
  return truncateText(text, max);
}

/** User text for display inside markdown (card fallback, thread replies, DMs, answers, dialogs). */
export function sanitizeForMarkdown(text: string, max = REASON_MAX_CHARS): string {
  return userLine(text, max).replace(MARKDOWN_SPECIALS, '\\$1').replace(LIST_OR_RULE, '\\$1').replace(ORDERED_LIST, '$1\\.').replace(MENTION, '@\u200B');
}

/** User text for display as plain text (card props drawn by the webapp, dialog help texts). */
export function sanitizePlain(text: string, max = REASON_MAX_CHARS): string {
  return userLine(text, max);
}

/** Inline code span that cannot be broken out of (for ids, role and user names). */
export function code(text: string): string {
  return '`' + cleanUserText(text).replace(/`/g, "'") + '`';
}
