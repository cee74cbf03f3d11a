/** The invoking Mattermost user as a Teleport user, or the coded reason they cannot act as one. */
import {ok, type Result} from '../errors/failure';
import type {IdentityMapper} from '../reviews/mapping';

export async function teleportUserOf(mapper: Pick<IdentityMapper, 'toTeleport'>, mattermostUserId: string): Promise<Result<string>> {
  const mapped = await mapper.toTeleport(mattermostUserId);
  return mapped.ok ? ok(mapped.value.teleportUser) : mapped;
}
