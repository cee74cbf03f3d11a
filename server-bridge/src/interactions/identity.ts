/** The invoking Mattermost user as a Teleport user, or the coded reason they cannot act as one. */
import {fail, ok, type Result} from '../errors/failure';
import type {IdentityMapper} from '../reviews/mapping';

export async function teleportUserOf(mapper: Pick<IdentityMapper, 'toTeleport'>, mattermostUserId: string): Promise<Result<string>> {
  const mapped = await mapper.toTeleport(mattermostUserId);
  if (mapped.ok) return ok(mapped.teleportUser);
  return fail({code: mapped.code === 'unavailable' ? 'mapping_unavailable' : mapped.code, message: mapped.message});
}
