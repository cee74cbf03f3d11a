/**
 * The one way this project says what a rejected payload got wrong, for zod and zod/mini alike:
 * "Spec.Reviews[0].ProposedState: expected one of …", so an operator's log line, a console note
 * or a test failure names the offending field.
 */

/** The part of a zod issue the text needs (zod and zod/mini issues both have it). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface IssueFormat {
  /** Names the value itself; every path hangs off it ("props.teleport_card.roles"). */
  root?: string;
  /** Without a root: the name of an issue with the whole value (default "(root)"). */
  whole?: string;
  /** Only the first issue (one line for a card or a console); all of them otherwise. */
  firstOnly?: boolean;
}

/** `root` plus the path: names as `.name`, array indexes as `[0]`. */
export function issuePath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** "a.b: expected a number; c: expected text"; "(root): invalid" when zod gave no issue at all. */
export function formatIssues(issues: readonly IssueLike[], format: IssueFormat = {}): string {
  const whole = format.root ?? format.whole ?? '(root)';
  const shown = format.firstOnly ? issues.slice(0, 1) : issues;
  if (shown.length === 0) return `${whole}: invalid`;
  return shown.map((issue) => `${issuePath(issue.path, format.root) || whole}: ${issue.message}`).join('; ');
}
