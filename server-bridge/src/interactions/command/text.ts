/** Safe echoes of user input inside our markdown replies. */
import {sanitizeForMarkdown} from '../../card/sanitize';

/**
 * A user-typed value, shortened, quoted and markdown-escaped, for error messages. Escaping keeps a
 * hostile value from reformatting the reply or pinging anyone through an echoed @mention.
 */
export function echo(value: string, max = 40): string {
  return `"${sanitizeForMarkdown(value, max)}"`;
}
