/**
 * Creating an access request for the invoking user, shared by `/teleport request --roles …` and
 * the request form: the same checks, the same Teleport call, the same answer.
 */
import type {AccessRequest} from '../domain/request';
import type {AccessCapabilities} from '../teleport/port';
import {createdReply} from './created';
import type {CommandDeps} from './deps';
import {teleportFailure} from './failures';
import {resolveReviewers, type ReviewerRef} from './reviewers';
import {sanitizeForMarkdown} from '../card/sanitize';
import {echo} from './text';

export interface RequestDraft {
  roles: string[];
  reason: string | null;
  reviewers: ReviewerRef[];
  maxDuration: {text: string; ms: number} | null;
  dryRun: boolean;
}

/** The form field an error belongs to, so the form can show it next to that field. */
export type RequestField = 'role' | 'reason' | 'reviewers' | 'max_duration';

export type RequestOutcome = {ok: true; text: string; request: AccessRequest} | {ok: false; field: RequestField | null; text: string};

const list = (roles: string[]) => roles.map((r) => `\`${r.replace(/`/g, "'")}\``).join(', ');

/**
 * Checks a draft against what Teleport says this user may request. Role names are matched
 * case-insensitively when that is unambiguous, since people type "DBAdmin" for "dbadmin".
 */
export function checkDraft(caps: AccessCapabilities, draft: RequestDraft): {ok: true; roles: string[]} | {ok: false; field: RequestField; text: string} {
  if (caps.requestableRoles.length === 0) {
    return {ok: false, field: 'role', text: 'Your Teleport roles do not allow requesting any role. Ask a Teleport administrator if you need access.'};
  }
  const roles: string[] = [];
  const refused: string[] = [];
  for (const wanted of draft.roles) {
    const exact = caps.requestableRoles.find((r) => r === wanted);
    const folded = caps.requestableRoles.filter((r) => r.toLowerCase() === wanted.toLowerCase());
    const match = exact ?? (folded.length === 1 ? folded[0] : undefined);
    if (match === undefined) refused.push(wanted);
    else if (!roles.includes(match)) roles.push(match);
  }
  if (refused.length > 0) {
    const which = refused.map((r) => echo(r)).join(', ');
    return {ok: false, field: 'role', text: `You cannot request ${which}. Roles you may request: ${list(caps.requestableRoles)}.`};
  }
  if (caps.requireReason && !draft.reason?.trim()) {
    const prompt = caps.requestPrompt.trim() ? ` Teleport asks: _${sanitizeForMarkdown(caps.requestPrompt, 200)}_` : '';
    return {ok: false, field: 'reason', text: `${list(roles)} requires a reason.${prompt} Add \`--reason "…"\`.`};
  }
  return {ok: true, roles};
}

export async function submitAccessRequest(deps: CommandDeps, mattermostUserId: string, draft: RequestDraft): Promise<RequestOutcome> {
  const mapping = await deps.mapper.toTeleport(mattermostUserId);
  if (!mapping.ok) return {ok: false, field: null, text: mapping.message};
  const user = mapping.teleportUser;

  let caps: AccessCapabilities;
  try {
    caps = await deps.teleport.getAccessCapabilities(user);
  } catch (error) {
    return {ok: false, field: null, text: teleportFailure(error, 'check which roles you may request', deps.logger)};
  }
  const checked = checkDraft(caps, draft);
  if (!checked.ok) return checked;

  let reviewers: string[];
  try {
    const resolved = await resolveReviewers(deps, draft.reviewers);
    if (!resolved.ok) return {ok: false, field: 'reviewers', text: resolved.error};
    reviewers = resolved.names;
  } catch (error) {
    return {ok: false, field: null, text: teleportFailure(error, 'look up the reviewers', deps.logger)};
  }

  const now = deps.now?.() ?? new Date();
  let request: AccessRequest;
  try {
    request = await deps.teleport.createRequest({
      user,
      roles: checked.roles,
      reason: draft.reason?.trim() ?? '',
      suggestedReviewers: reviewers,
      maxDuration: draft.maxDuration ? new Date(now.getTime() + draft.maxDuration.ms) : null,
      dryRun: draft.dryRun,
    });
  } catch (error) {
    return {ok: false, field: null, text: teleportFailure(error, draft.dryRun ? 'check the request' : 'create the request', deps.logger)};
  }
  deps.logger.info(
    {request_id: request.id, teleport_user: user, roles: checked.roles, dry_run: draft.dryRun, mattermost_user_id: mattermostUserId},
    draft.dryRun ? '/teleport request dry run' : '/teleport request created',
  );
  const text = createdReply({
    request,
    dryRun: draft.dryRun,
    askedMs: draft.maxDuration?.ms ?? null,
    bridgeCertExpiry: deps.bridgeCertExpiry(),
    notifyRequester: deps.settings.current().notifyRequester,
    now,
  });
  return {ok: true, text, request};
}
