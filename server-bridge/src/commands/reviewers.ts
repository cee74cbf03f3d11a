/**
 * Suggested reviewers as the requester names them (Mattermost @usernames, Teleport user names,
 * or users picked in the form) → Teleport user names, because Teleport only knows its own users.
 */
import type {MattermostPort} from '../mattermost/port';
import type {IdentityMapper} from '../reviews/mapping';
import type {TeleportPort} from '../teleport/port';
import {echo} from './text';

export type ReviewerRef = {kind: 'name'; name: string} | {kind: 'mattermost'; userId: string};

export type ReviewersResult = {ok: true; names: string[]} | {ok: false; error: string};

interface Deps {
  teleport: Pick<TeleportPort, 'getUser'>;
  mattermost: Pick<MattermostPort, 'getUser' | 'getUserByUsername'>;
  mapper: Pick<IdentityMapper, 'toTeleport'>;
}

async function mapped(deps: Deps, userId: string, shown: string): Promise<{ok: true; name: string} | {ok: false; error: string}> {
  const mapping = await deps.mapper.toTeleport(userId);
  if (mapping.ok) return {ok: true, name: mapping.teleportUser};
  if (mapping.code === 'unavailable') return {ok: false, error: mapping.message};
  return {ok: false, error: `Reviewer ${shown} is not linked to a Teleport user, so Teleport cannot count their review. Leave them out or name their Teleport user.`};
}

export async function resolveReviewers(deps: Deps, refs: ReviewerRef[]): Promise<ReviewersResult> {
  const names: string[] = [];
  for (const ref of refs) {
    let result: {ok: true; name: string} | {ok: false; error: string};
    if (ref.kind === 'mattermost') {
      const user = await deps.mattermost.getUser(ref.userId);
      result = user ? await mapped(deps, user.id, `@${user.username}`) : {ok: false, error: `Reviewer ${echo(ref.userId)} is not a Mattermost user.`};
    } else {
      // Mattermost usernames are stored lowercase; Teleport names are matched exactly.
      const user = await deps.mattermost.getUserByUsername(ref.name.toLowerCase());
      if (user && user.deleteAt === 0 && !user.isBot) {
        result = await mapped(deps, user.id, `@${user.username}`);
      } else if (await deps.teleport.getUser(ref.name)) {
        result = {ok: true, name: ref.name};
      } else {
        result = {ok: false, error: `Unknown reviewer ${echo(ref.name)}: no Mattermost user or Teleport user has that name.`};
      }
    }
    if (!result.ok) return result;
    if (!names.includes(result.name)) names.push(result.name);
  }
  return {ok: true, names};
}
