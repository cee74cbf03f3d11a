/**
 * Splits the text of a `/teleport …` command into words the way a shell user expects
 * (quotes, backslash escapes), but never throws: bad input becomes an error the user can act on.
 */

/** Longer input is refused before any work: Mattermost allows 16k runes, no command needs that. */
import {fail, ok, type Result} from '../../errors/failure';
import {lookup} from './lookup';

export const MAX_COMMAND_LENGTH = 4000;

/**
 * `quoted[i]` is true when token i starts with a quote or an escape: such a word is always a
 * value, never an option (`--reason "--dry-run"` is a reason, not a switch), while
 * `--reason="…"` stays an option.
 */
export type TokenizeResult = Result<{tokens: string[]; quoted: boolean[]}>;

/**
 * Phones and desktop apps "smarten" quotes as people type, so the curly forms count as quotes.
 * Each opening quote closes only with its own partner, so an apostrophe inside "…" is literal.
 */
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d', // “ … ”
  '\u201d': '\u201d', // ” … ” (some keyboards emit the closing form twice)
  '\u2018': '\u2019', // ‘ … ’
  '\u00ab': '\u00bb', // « … »
};

/** Whitespace between words: ASCII plus the Unicode spaces chat clients paste (NBSP, thin space…). */
function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/**
 * Control characters are dropped rather than refused: they are invisible in chat and only ever
 * reach us by accident (pasted terminal output) or malice (ANSI escapes, NUL). Newline and tab are
 * kept as whitespace so multi-line reasons still work.
 */
function isDroppedControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x200b || code === 0xfeff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

export function tokenize(text: string): TokenizeResult {
  if (text.length > MAX_COMMAND_LENGTH) {
    return fail({code: 'usage', text: `The command is too long (${text.length} characters; at most ${MAX_COMMAND_LENGTH}). Shorten the reason.`, topic: null});
  }
  const tokens: string[] = [];
  const quoted: boolean[] = [];
  let current = '';
  let inToken = false;
  let literal = false;
  let quote: {close: string; at: number} | null = null;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const code = ch.codePointAt(0) ?? 0;
    if (isDroppedControl(code)) continue;
    if (quote) {
      if (ch === quote.close) {
        quote = null;
      } else if (ch === '\\' && quote.close === '"' && (chars[i + 1] === '"' || chars[i + 1] === '\\')) {
        current += chars[++i];
      } else {
        current += ch;
      }
      continue;
    }
    if (ch === '\\') {
      const next = chars[i + 1];
      // A trailing backslash is kept literally rather than being an error: nothing follows it to escape.
      if (next === undefined) current += ch;
      else if (!isDroppedControl(next.codePointAt(0) ?? 0)) current += next;
      i++;
      if (!inToken) literal = true;
      inToken = true;
      continue;
    }
    const close = lookup(QUOTE_PAIRS, ch);
    // Quotes open only where a value starts (word start or right after `=`), so apostrophes in
    // unquoted prose ("don't", "bob's") stay literal instead of starting an unterminated quote.
    if (close !== undefined && (!inToken || current.endsWith('='))) {
      quote = {close, at: i};
      if (!inToken) literal = true;
      inToken = true;
      continue;
    }
    if (isSpace(ch)) {
      if (inToken) {
        tokens.push(current);
        quoted.push(literal);
      }
      current = '';
      inToken = false;
      literal = false;
      continue;
    }
    current += ch;
    inToken = true;
  }
  if (quote) {
    const opener = chars[quote.at] as string;
    const text = `Unterminated quote: the ${opener} at position ${quote.at + 1} is never closed. Add a closing ${quote.close} (or escape the quote with \\).`;
    return fail({code: 'usage', text, topic: null});
  }
  if (inToken) {
    tokens.push(current);
    quoted.push(literal);
  }
  return ok({tokens, quoted});
}
