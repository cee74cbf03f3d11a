/** Safe echoes of user input inside our markdown replies. */

const MARKDOWN_SPECIAL = /[\\`*_~[\]()<>#|!>@]/g;

/**
 * A user-typed value, shortened and markdown-escaped, for error messages. Escaping keeps a hostile
 * value from reformatting the reply or pinging anyone through an echoed @mention.
 */
export function echo(value: string, max = 40): string {
  const chars = Array.from(value);
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  return `"${short.replace(/[\r\n\t]+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)}"`;
}

/** Free text (reasons) for replies: escaped, mentions neutralised, bounded. */
export function escapeMarkdown(value: string, max = 500): string {
  return echo(value, max).slice(1, -1);
}
