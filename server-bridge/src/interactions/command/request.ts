/**
 * Creating an access request for the invoking user, shared by `/teleport request --roles …` and
 * the request form: the same checks, the same Teleport call, the same answer.
 */
import type {AccessRequest, ResourceId} from '../../domain/request';
import type {AccessCapabilities} from '../../teleport/port';
import {createdReply} from './created';
import {fail, ok, type RequestField, type Result} from '../../errors/failure';
import {teleportFailure} from '../../errors/teleport';
import type {RuntimeContext} from '../context';
import {teleportUserOf} from '../identity';
import {resolveReviewers, type ReviewerRef} from './reviewers';
import {cleanUserText, isBlankUserText, sanitizeForMarkdown} from '../../card/sanitize';
import {echo} from './text';

export interface RequestDraft {
  /** With resources, may be empty: Teleport then picks the roles from the user's search_as_roles. */
  roles: string[];
  /** A resource access request (`--resource`, the form's Resources field); empty for a role request. */
  resources: ResourceId[];
  reason: string | null;
  reviewers: ReviewerRef[];
  maxDuration: {text: string; ms: number} | null;
  dryRun: boolean;
}

export type {RequestField} from '../../errors/failure';

const list = (roles: string[]) => roles.map((r) => `\`${r.replace(/`/g, "'")}\``).join(', ');

/**
 * Checks a draft against what Teleport says this user may request. Role names are matched
 * case-insensitively when that is unambiguous, since people type "DBAdmin" for "dbadmin".
 */
const invalid = (field: RequestField, text: string) => fail<string[]>({code: 'invalid_input', field, text});

export const NOTHING_REQUESTABLE = 'Your Teleport roles do not allow requesting any role. Ask a Teleport administrator if you need access.';

/** The wanted roles as Teleport spells them, and those that match none of `allowed`. */
export function matchRoles(allowed: string[], wanted: string[]): {roles: string[]; refused: string[]} {
  const roles: string[] = [];
  const refused: string[] = [];
  for (const w of wanted) {
    const exact = allowed.find((r) => r === w);
    const folded = allowed.filter((r) => r.toLowerCase() === w.toLowerCase());
    const match = exact ?? (folded.length === 1 ? folded[0] : undefined);
    if (match === undefined) refused.push(w);
    else if (!roles.includes(match)) roles.push(match);
  }
  return {roles, refused};
}

/**
 * A resource access request: Teleport checks named roles against the user's search_as_roles
 * (not the requestable roles) and picks them itself when none are named. Whether a reason is
 * needed is left to Teleport too: the capabilities' RequireReason is worked out for role requests.
 */
function checkResourceDraft(caps: AccessCapabilities, draft: RequestDraft): Result<string[]> {
  const {roles, refused} = matchRoles(caps.applicableRolesForResources, draft.roles);
  if (refused.length === 0) return ok(roles);
  const which = refused.map((r) => echo(r)).join(', ');
  const usable = caps.applicableRolesForResources.length > 0 ? ` Roles that reach them: ${list(caps.applicableRolesForResources)}.` : '';
  return invalid('role', `With resources, Teleport picks the roles from your search_as_roles, and ${which} is not one of them.${usable} Or leave the roles out.`);
}

export function checkDraft(caps: AccessCapabilities, draft: RequestDraft): Result<string[]> {
  if (draft.resources.length > 0) return checkResourceDraft(caps, draft);
  if (caps.requestableRoles.length === 0) return invalid('role', NOTHING_REQUESTABLE);
  const {roles, refused} = matchRoles(caps.requestableRoles, draft.roles);
  if (refused.length > 0) {
    const which = refused.map((r) => echo(r)).join(', ');
    return invalid('role', `You cannot request ${which}. Roles you may request: ${list(caps.requestableRoles)}.`);
  }
  if (caps.requireReason && isBlankUserText(draft.reason)) {
    const prompt = caps.requestPrompt.trim() ? ` Teleport asks: _${sanitizeForMarkdown(caps.requestPrompt, 200)}_` : '';
    return invalid('reason', `${list(roles)} requires a reason.${prompt} Add \`--reason "…"\`.`);
  }
  return ok(roles);
}

/** Creates the request for the invoking user (or checks it, on a dry run) and words the answer. */
export async function submitAccessRequest(ctx: RuntimeContext, mattermostUserId: string, draft: RequestDraft): Promise<Result<{text: string; request: AccessRequest}>> {
  const user = await teleportUserOf(ctx.mapper, mattermostUserId);
  if (!user.ok) return user;

  let caps: AccessCapabilities;
  try {
    caps = await ctx.teleport.getAccessCapabilities(user.value, draft.resources);
  } catch (error) {
    const doing = draft.resources.length > 0 ? 'check which of your roles reach these resources' : 'check which roles you may request';
    return fail(teleportFailure(error, {review: false, doing}));
  }
  const checked = checkDraft(caps, draft);
  if (!checked.ok) return checked;

  let reviewers: Result<string[]>;
  try {
    reviewers = await resolveReviewers(ctx, draft.reviewers);
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'look up the reviewers'}));
  }
  if (!reviewers.ok) return reviewers;

  const now = ctx.now();
  let request: AccessRequest;
  try {
    request = await ctx.teleport.createRequest({
      user: user.value,
      roles: checked.value,
      resources: draft.resources,
      reason: cleanUserText(draft.reason ?? ''),
      suggestedReviewers: reviewers.value,
      maxDuration: draft.maxDuration ? new Date(now + draft.maxDuration.ms) : null,
      dryRun: draft.dryRun,
    });
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: draft.dryRun ? 'check the request' : 'create the request'}));
  }
  const text = createdReply({
    request,
    dryRun: draft.dryRun,
    askedMs: draft.maxDuration?.ms ?? null,
    bridgeCertExpiry: ctx.identity.certExpiry(),
    notifyRequester: ctx.settings.current().notifyRequester,
    now: new Date(now),
  });
  return ok({text, request});
}
