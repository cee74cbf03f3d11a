/**
 * Thin glue between `/teleport` and reviewers/: the user's review permissions, and a typed id
 * resolved among the requests that user may see, with the same answer for "does not exist" and
 * "not yours to see".
 */
import type {Logger} from 'pino';
import {cardLink} from '../reviewers/card-link';
import type {PermissionCheck, ReviewerDirectory} from '../reviewers/directory';
import {ambiguousText, findRequest, notFoundText, type Seen} from '../reviewers/request-finder';
import {inputText, readRequestIdInput} from '../reviewers/request-id';
import {listMarkdown, loadRequestList} from '../reviewers/request-list';
import type {CommandDeps} from './deps';
import {teleportFailure} from './failures';

export async function permissionsOf(reviewers: ReviewerDirectory, teleportUser: string, logger: Logger): Promise<PermissionCheck | {unavailable: string}> {
  try {
    return await reviewers.forUser(teleportUser);
  } catch (error) {
    return {unavailable: teleportFailure(error, 'check which requests you may review', logger)};
  }
}

export type Resolved = {ok: true; seen: Seen} | {ok: false; text: string};

export async function resolveVisible(deps: CommandDeps, reviewers: ReviewerDirectory, teleportUser: string, typed: string): Promise<Resolved> {
  const input = readRequestIdInput(typed);
  if (!input) return {ok: false, text: notFoundText(typed)};
  // Permissions first: a failure to read them must not depend on whether the id exists.
  const check = await permissionsOf(reviewers, teleportUser, deps.logger);
  if (typeof check !== 'function') return {ok: false, text: check.unavailable};
  try {
    const found = await findRequest(deps, teleportUser, check, input);
    if (found.kind === 'found') return {ok: true, seen: found.seen};
    if (found.kind === 'ambiguous') return {ok: false, text: ambiguousText(inputText(input), found.matches)};
    return {ok: false, text: notFoundText(inputText(input))};
  } catch (error) {
    return {ok: false, text: teleportFailure(error, 'read the request', deps.logger)};
  }
}

export async function listAnswer(deps: CommandDeps, reviewers: ReviewerDirectory, teleportUser: string, mattermostUserId: string, team: string): Promise<string> {
  const check = await permissionsOf(reviewers, teleportUser, deps.logger);
  const links = deps.cardLinks;
  try {
    const list = await loadRequestList({teleport: deps.teleport, check, cardUrl: async (id) => (links ? cardLink(links, id, mattermostUserId, team) : null)}, teleportUser);
    return listMarkdown(list);
  } catch (error) {
    return teleportFailure(error, 'list requests', deps.logger);
  }
}
