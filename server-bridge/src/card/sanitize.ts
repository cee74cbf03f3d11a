/**
 * User-written text (reasons, annotations, a mistyped /teleport word, Teleport's own error texts)
 * goes into posts and replies that Mattermost renders as markdown and scans for mentions. This is
 * the bridge's one escaper: it keeps such text from restyling a card or reply or injecting links,
 * and breaks mentions so a requester cannot page a whole channel through a request reason.
 */

// Line breaks are folded, so most line-start syntax cannot trigger; # and ! are escaped anyway,
// as are ( and ), so a text cut or joined next to our own markdown cannot complete a link.
const MARKDOWN_SPECIALS = /([\\`*_{}[\]()<>#|!~])/g;
// A zero-width joiner after "@" keeps the text readable but stops Mattermost's mention parser.
const MENTION = /@(?=[A-Za-z0-9._-])/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const REASON_MAX_CHARS = 500;

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** For display inside markdown (the fallback message, thread replies, DMs). */
export function sanitizeForMarkdown(text: string, max = REASON_MAX_CHARS): string {
  const clean = truncate(text.replace(CONTROL, '').trim(), max);
  return clean
    .replace(MARKDOWN_SPECIALS, '\\$1')
    .replace(MENTION, '@\u200B')
    .replace(/[\r\n\t]+/g, ' ');
}

/** For display by the webapp, which renders text as text (no markdown): only trim, strip and truncate. */
export function sanitizePlain(text: string, max = REASON_MAX_CHARS): string {
  return truncate(text.replace(CONTROL, '').trim(), max);
}

/** Inline code span that cannot be broken out of (for ids, role and user names). */
export function code(text: string): string {
  return '`' + text.replace(/`/g, "'").replace(CONTROL, '') + '`';
}
