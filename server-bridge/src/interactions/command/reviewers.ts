/**
 * Suggested reviewers as the requester names them (Mattermost @usernames, Teleport user names,
 * or users picked in the form) → Teleport user names, because Teleport only knows its own users.
 */
import {userText} from '../../errors/explain';
import {fail, ok, type Result} from '../../errors/failure';
import type {MattermostPort} from '../../mattermost/port';
import type {IdentityMapper} from '../../reviews/mapping';
import type {TeleportPort} from '../../teleport/port';
import {echo} from './text';

export type ReviewerRef = {kind: 'name'; name: string} | {kind: 'mattermost'; userId: string};

interface Deps {
  teleport: Pick<TeleportPort, 'getUser'>;
  mattermost: Pick<MattermostPort, 'getUser' | 'getUserByUsername'>;
  mapper: Pick<IdentityMapper, 'toTeleport'>;
}

const refused = (text: string) => fail<string>({code: 'invalid_input', field: 'reviewers', text});

async function mapped(deps: Deps, userId: string, shown: string): Promise<Result<string>> {
  const mapping = await deps.mapper.toTeleport(userId);
  if (mapping.ok) return ok(mapping.value.teleportUser);
  if (mapping.error.code === 'mapping_unavailable') return refused(userText(mapping.error.failure));
  return refused(`Reviewer ${shown} is not linked to a Teleport user, so Teleport cannot count their review. Leave them out or name their Teleport user.`);
}

async function resolveOne(deps: Deps, ref: ReviewerRef): Promise<Result<string>> {
  if (ref.kind === 'mattermost') {
    const user = await deps.mattermost.getUser(ref.userId);
    return user ? mapped(deps, user.id, `@${user.username}`) : refused(`Reviewer ${echo(ref.userId)} is not a Mattermost user.`);
  }
  // Mattermost usernames are stored lowercase; Teleport names are matched exactly.
  const user = await deps.mattermost.getUserByUsername(ref.name.toLowerCase());
  if (user && user.deleteAt === 0 && !user.isBot) return mapped(deps, user.id, `@${user.username}`);
  if (await deps.teleport.getUser(ref.name)) return ok(ref.name);
  return refused(`Unknown reviewer ${echo(ref.name)}: no Mattermost user or Teleport user has that name.`);
}

export async function resolveReviewers(deps: Deps, refs: ReviewerRef[]): Promise<Result<string[]>> {
  const names: string[] = [];
  for (const ref of refs) {
    const result = await resolveOne(deps, ref);
    if (!result.ok) return result;
    if (!names.includes(result.value)) names.push(result.value);
  }
  return ok(names);
}
