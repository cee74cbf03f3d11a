/**
 * `POST /mattermost/autocomplete`: the dynamic lists of `/teleport`'s autocomplete, asked for by
 * the plugin's server part while a user types. The plugin authenticates with the team's `/teleport`
 * command token (it reads the command the bridge registered) and names the user Mattermost put in
 * its session header; the lists are that user's, computed by the same code as `/teleport list` and
 * the request form, so autocomplete never offers what the user could not see or do.
 */
import {z} from 'zod';
import {userText} from '../../errors/explain';
import type {Failure} from '../../errors/failure';
import {teleportFailure} from '../../errors/teleport';
import {loadRequestList} from '../../reviewers/request-list';
import {checkCommandToken} from '../command/auth';
import {permissionsOf} from '../command/visible-requests';
import type {RuntimeContext} from '../context';
import {teleportUserOf} from '../identity';
import {describeIssues} from '../payloads';
import type {HttpAnswer} from '../reply';
import {noticeItem, requestItems, roleItems} from './lists';
import type {ListMemo} from './memo';
import type {AutocompleteListItem, ListName} from './tree';

export const AUTOCOMPLETE_PATH = '/mattermost/autocomplete';

const mattermostId = (what: string) =>
  z
    .string({error: `expected ${what} (a string)`})
    .min(1, `expected ${what}`)
    .max(128, `${what} is too long`);

export const listQuerySchema = z.object({
  team_id: mattermostId('the team id'),
  user_id: mattermostId('the user id'),
  list: z.enum(['roles', 'review', 'show'], {error: 'expected list to be roles, review or show'}),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

const refusal = (f: Failure): string => (f.code === 'callback_unverified' ? f.detail : f.code);
const items = (list: AutocompleteListItem[]): HttpAnswer => ({status: 200, body: {items: list}});
const refused = (status: number, error: string): HttpAnswer => ({status, body: {error}});

async function listFor(ctx: RuntimeContext, teleportUser: string, list: ListName): Promise<AutocompleteListItem[]> {
  if (list === 'roles') return roleItems(await ctx.teleport.getAccessCapabilities(teleportUser));
  const permissions = await permissionsOf(ctx, teleportUser);
  const check = permissions.ok ? permissions.value : {unavailable: userText(permissions.error.failure)};
  const loaded = await loadRequestList({teleport: ctx.teleport, check, cardUrl: () => Promise.resolve(null)}, teleportUser);
  return requestItems(loaded, list);
}

export async function answerListQuery(
  ctx: RuntimeContext,
  memo: ListMemo,
  tokens: ReadonlyMap<string, string>,
  body: unknown,
  authorization: string | undefined,
): Promise<HttpAnswer> {
  const log = ctx.logger.child({component: 'autocomplete'});
  const parsed = listQuerySchema.safeParse(body);
  if (!parsed.success) {
    const detail = describeIssues(parsed.error);
    log.warn({detail}, 'autocomplete list refused: malformed query');
    return refused(400, `malformed autocomplete query: ${detail}`);
  }
  const query = parsed.data;
  // The token travels only in the header here (the body is the plugin's own JSON).
  const auth = checkCommandToken(tokens, query.team_id, authorization, undefined);
  if (!auth.ok) {
    const detail = refusal(auth.error.failure);
    log.warn({team_id: query.team_id, mattermost_user_id: query.user_id, detail}, 'autocomplete list refused');
    return refused(401, `autocomplete list refused: ${detail}`);
  }
  try {
    const user = await teleportUserOf(ctx.mapper, query.user_id);
    if (!user.ok) return items([noticeItem(userText(user.error.failure))]);
    const teleportUser = user.value;
    return items(await memo.get(query.user_id, query.list, () => listFor(ctx, teleportUser, query.list)));
  } catch (error) {
    const failure = teleportFailure(error, {review: false, doing: query.list === 'roles' ? 'check which roles you may request' : 'list requests'});
    log.warn({mattermost_user_id: query.user_id, list: query.list, code: failure.code}, 'autocomplete list unavailable');
    return items([noticeItem(userText(failure))]);
  }
}
