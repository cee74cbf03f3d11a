/**
 * The one mapping from a failure code to what the user reads (private, specific, saying what to do
 * next) and what the operator's log says. Add a code in failure.ts and the compiler asks for it here.
 */
import type {AccessRequest} from '../domain/request';
import {helpFor} from '../interactions/command/help';
import {sanitizeForMarkdown} from '../card/sanitize';
import {ambiguousText, notFoundText} from '../reviewers/request-finder';
import type {DialogKind, Failure, FailureCode, Surface} from './failure';

export type LogLevel = 'info' | 'warn' | 'error';

function unmapped(link: {trait: string; mattermostUserId: string} | null): string {
  if (!link) return 'Your Mattermost account could not be found.';
  return (
    'Your Mattermost account is not linked to a Teleport user. ' +
    `Ask a Teleport administrator to add the trait \`${link.trait}: ["${link.mattermostUserId}"]\` to your Teleport user ` +
    '(`tctl edit users/<your-teleport-user>`, under `spec.traits`), then try again.'
  );
}

export interface Explanation {
  /** Markdown for the user, shown only to them. */
  user: string;
  level: LogLevel;
  /** The operator's log message; the caller adds who, what and where as fields. */
  log: string;
}

/** The failure with code C (also where one member covers several codes). */
type Of<C extends FailureCode> = Failure extends infer F ? (F extends {code: infer K} ? (C extends K ? F & {code: C} : never) : never) : never;

/** Teleport's words may echo user text (a role or user name, a reason): escaped like any user text, bounded. */
const detail = (text: string): string => sanitizeForMarkdown(text, 300);
const quote = detail;

const AGAIN: Record<DialogKind, string> = {review: 'Please click the button on the card again.', request: 'Run /teleport request again.'};

const RESOLVED_AS: Partial<Record<AccessRequest['state'], string>> = {APPROVED: 'approved', DENIED: 'denied', PROMOTED: 'promoted to an access list'};

const names = (authors: string[]): string => (authors.length <= 1 ? (authors[0] ?? '') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`);

/** Names who decided, so a late clicker needs no second look. */
function alreadyResolved(f: Of<'already_resolved'>): string {
  const request = f.request;
  const outcome = request ? RESOLVED_AS[request.state] : undefined;
  if (!request || !outcome) return 'This access request is already resolved or expired; nothing was recorded.';
  const deciding = request.state === 'DENIED' ? 'DENIED' : 'APPROVED';
  const by = request.state === 'PROMOTED' ? [] : request.reviews.filter((r) => r.decision === deciding).map((r) => r.author);
  return `This access request was already ${outcome}${by.length > 0 ? ` by ${names(by)}` : ''}; nothing was recorded.`;
}

function malformed(f: {surface: Surface; dialog?: DialogKind; detail: string}): string {
  if (f.surface === 'button') return 'This button could not be verified. Please use the Teleport Web UI.';
  if (f.surface === 'command') return `Malformed command request: ${f.detail}`;
  return f.dialog === 'request' ? `Malformed form submission: ${f.detail}` : 'This form could not be verified. Please click the button on the card again.';
}

function unverified(f: {surface: Surface; dialog?: DialogKind}): string {
  if (f.surface === 'button') return 'This button could not be verified, so nothing was recorded. Please use the Teleport Web UI.';
  if (f.surface === 'command') return 'This command call could not be verified.';
  return `This form could not be verified (it has expired or is not valid for you), so nothing was recorded. ${AGAIN[f.dialog ?? 'review']}`;
}

function expired(f: Of<'callback_expired'>): string {
  if (f.surface === 'dialog') return `This form has expired. ${AGAIN[f.dialog ?? 'review']}`;
  if (f.surface === 'button') return 'This access request is already resolved or expired; nothing was recorded.';
  return unverified(f);
}

function reasonRequired(f: Of<'reason_required'>): string {
  if (f.surface !== 'command') return `A reason is required to ${f.decision}.`;
  if (f.decision === 'deny') return `Denying needs a reason the requester will see, e.g. \`/teleport deny ${f.requestId} not during the freeze\`.`;
  return `Approving needs a reason here (the administrator requires one), e.g. \`/teleport approve ${f.requestId} ticket OPS-123\`.`;
}

const refused = (code: FailureCode) => `not done: ${code}`;

const TABLE: {[C in FailureCode]: (f: Of<C>) => Explanation} = {
  callback_malformed: (f) => ({user: malformed(f), level: 'warn', log: `${f.surface} refused: malformed callback: ${f.detail}`}),
  callback_unverified: (f) => ({user: unverified(f), level: 'warn', log: `${f.surface} refused: ${f.detail}`}),
  callback_expired: (f) => ({user: expired(f), level: 'warn', log: `${f.surface} refused: ${f.detail}`}),
  no_trigger: (f) => ({
    user: f.dialog === 'review' ? 'Could not open the reason form; please click again.' : `This client did not allow opening a form. ${f.fallback}`,
    level: 'warn',
    log: 'no trigger id to open a dialog',
  }),
  dialog_not_opened: (f) => ({
    user:
      f.dialog === 'review'
        ? 'The reason form could not be opened in time; please click again.'
        : `Could not open the request form (Mattermost refused it; the command may have taken too long). ${f.fallback}`,
    level: 'warn',
    log: `could not open the ${f.dialog} dialog`,
  }),
  reason_required: (f) => ({user: reasonRequired(f), level: 'info', log: refused(f.code)}),
  reason_too_long: (f) => ({user: `The reason is too long (at most ${f.max} characters).`, level: 'info', log: refused(f.code)}),
  already_reviewed: (f) => ({user: 'You already reviewed this request; Teleport counts one review per reviewer.', level: 'info', log: refused(f.code)}),
  already_resolved: (f) => ({user: alreadyResolved(f), level: 'info', log: refused(f.code)}),
  self_review: (f) => ({user: 'You cannot review your own access request.', level: 'info', log: refused(f.code)}),
  link_only: (f) => ({user: f.url ? `${f.explanation} [Open the request in Teleport](${f.url}).` : f.explanation, level: 'info', log: refused(f.code)}),
  unmapped: (f) => ({user: unmapped(f.link), level: 'info', log: refused(f.code)}),
  ambiguous: (f) => ({
    user: `Your Mattermost account matches several Teleport users by ${f.by} (${f.matches.join(', ')}), so it cannot be used to review. Ask a Teleport administrator to keep exactly one.`,
    level: 'info',
    log: refused(f.code),
  }),
  inactive: (f) => ({user: 'Deactivated Mattermost accounts cannot review access requests.', level: 'info', log: refused(f.code)}),
  bot: (f) => ({user: 'Bot accounts cannot review access requests.', level: 'info', log: refused(f.code)}),
  guest: (f) => ({user: 'Guest accounts cannot review access requests.', level: 'info', log: refused(f.code)}),
  mapping_unavailable: (f) => ({
    user: `Could not check your identity right now (${f.peer} unreachable); please try again in a moment.`,
    level: 'warn',
    log: `could not map the Mattermost user: ${f.peer} is unreachable`,
  }),
  teleport_unavailable: (f) => ({
    user:
      f.doing === null
        ? 'Teleport could not be reached, so your review may not have been recorded. Please try again in a moment.'
        : `Could not ${f.doing}: Teleport is unreachable right now. Nothing was changed; please try again in a minute.`,
    level: 'warn',
    log: `Teleport unreachable${f.doing ? ` (could not ${f.doing})` : ''}: ${f.cause}`,
  }),
  not_allowed: (f) => ({
    user: `Teleport does not allow you to review requests for ${f.roles.join(', ')} (Teleport said: ${quote(f.teleportSays)}).`,
    level: 'info',
    log: refused(f.code),
  }),
  unsupported: () => ({
    user: 'This Teleport cluster does not accept reviews made in chat right now; please review in the Teleport Web UI.',
    level: 'warn',
    log: 'Teleport refused a review on behalf of a user: the bridge role lacks submit_for_users',
  }),
  bridge_misconfigured: (f) => ({
    user:
      f.doing === null
        ? 'Teleport requires MFA from the bridge for reviews, so it cannot submit yours; please review in the Teleport Web UI and tell your administrator.'
        : `Could not ${f.doing}: Teleport requires MFA for the bridge's identity. The administrator must run the bridge as a Machine ID bot (tbot); see the README.`,
    level: 'warn',
    log: `Teleport requires admin MFA from the bridge identity: ${f.teleportSays}`,
  }),
  rejected: (f) => ({
    user: f.doing === null ? `Teleport rejected the review: ${quote(f.teleportSays)}.` : `Could not ${f.doing}: Teleport rejected it (${detail(f.teleportSays)}).`,
    level: 'info',
    log: `Teleport rejected it: ${f.teleportSays}`,
  }),
  teleport_refused: (f) => ({
    user: `Could not ${f.doing}: Teleport refused it (${detail(f.teleportSays)}). If this keeps happening, the bridge's Teleport role may lack a permission; see the README.`,
    level: 'warn',
    log: `could not ${f.doing}: access denied: ${f.teleportSays}`,
  }),
  limit_exceeded: (f) => ({
    user: `Could not ${f.doing}: Teleport's access request limit is reached (${detail(f.teleportSays)}).`,
    level: 'warn',
    log: `could not ${f.doing}: ${f.teleportSays}`,
  }),
  not_found: (f) => ({user: `Could not ${f.doing}: Teleport does not know it (${detail(f.teleportSays)}).`, level: 'info', log: `could not ${f.doing}: ${f.teleportSays}`}),
  teleport_error: (f) => ({
    user: `Could not ${f.doing}: Teleport answered with an error (${detail(f.teleportSays)}).`,
    level: 'warn',
    log: `could not ${f.doing}: ${f.teleportSays}`,
  }),
  request_not_found: (f) => ({user: notFoundText(f.typed), level: 'info', log: refused(f.code)}),
  request_id_ambiguous: (f) => ({user: ambiguousText(f.typed, f.matches), level: 'info', log: refused(f.code)}),
  // A typing mistake: what to type instead, then the relevant help.
  usage: (f) => ({user: `${f.text}\n\n${helpFor(f.topic)}`, level: 'info', log: refused(f.code)}),
  invalid_input: (f) => ({user: f.text, level: 'info', log: refused(f.code)}),
  invalid_form: (f) => ({user: Object.values(f.errors).join(' '), level: 'info', log: refused(f.code)}),
  invalid_settings: (f) => ({user: `invalid settings: ${f.detail}`, level: 'error', log: 'invalid plugin settings; keeping the last good settings'}),
  internal: (f) => ({
    user:
      f.doing === null
        ? 'Something went wrong on the bridge; nothing was recorded. Please try again.'
        : `Could not ${f.doing}: an unexpected error occurred in the bridge (logged for the administrator).`,
    level: 'error',
    log: `unexpected failure${f.doing ? ` (could not ${f.doing})` : ''}: ${f.cause}`,
  }),
};

export function explain(failure: Failure): Explanation {
  const entry = TABLE[failure.code] as (f: Failure) => Explanation;
  return entry(failure);
}

/** The user's text alone. */
export const userText = (failure: Failure): string => explain(failure).user;
