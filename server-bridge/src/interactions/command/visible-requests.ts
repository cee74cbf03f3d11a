/**
 * Thin glue between `/teleport` and reviewers/: the user's review permissions, and a typed id
 * resolved among the requests that user may see, with the same answer for "does not exist" and
 * "not yours to see".
 */
import {userText} from '../../errors/explain';
import {fail, ok, type Result} from '../../errors/failure';
import {teleportFailure} from '../../errors/teleport';
import {cardLink} from '../../reviewers/card-link';
import type {PermissionCheck} from '../../reviewers/directory';
import {findRequest, type Seen} from '../../reviewers/request-finder';
import {inputText, readRequestIdInput} from '../../reviewers/request-id';
import {listMarkdown, loadRequestList} from '../../reviewers/request-list';
import type {RuntimeContext} from '../context';

export async function permissionsOf(ctx: RuntimeContext, teleportUser: string): Promise<Result<PermissionCheck>> {
  try {
    return ok(await ctx.reviewers.forUser(teleportUser));
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'check which requests you may review'}));
  }
}

export async function resolveVisible(ctx: RuntimeContext, teleportUser: string, typed: string): Promise<Result<Seen>> {
  const input = readRequestIdInput(typed);
  if (!input) return fail({code: 'request_not_found', typed});
  // Permissions first: a failure to read them must not depend on whether the id exists.
  const check = await permissionsOf(ctx, teleportUser);
  if (!check.ok) return check;
  try {
    const found = await findRequest(ctx, teleportUser, check.value, input);
    if (found.kind === 'found') return ok(found.seen);
    if (found.kind === 'ambiguous') return fail({code: 'request_id_ambiguous', typed: inputText(input), matches: found.matches});
    return fail({code: 'request_not_found', typed: inputText(input)});
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'read the request'}));
  }
}

export async function listAnswer(ctx: RuntimeContext, teleportUser: string, mattermostUserId: string, team: string): Promise<Result<string>> {
  const permissions = await permissionsOf(ctx, teleportUser);
  // Without permissions the list still shows the user's own requests, and says why the rest is missing.
  const check = permissions.ok ? permissions.value : {unavailable: userText(permissions.error.failure)};
  const links = ctx.cardLinks;
  try {
    const list = await loadRequestList({teleport: ctx.teleport, check, cardUrl: async (id) => (links ? cardLink(links, id, mattermostUserId, team) : null)}, teleportUser);
    return ok(listMarkdown(list));
  } catch (error) {
    return fail(teleportFailure(error, {review: false, doing: 'list requests'}));
  }
}
