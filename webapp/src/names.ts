import type {UserProfileLike} from './mattermost_types';

/** "@alice" when we know the Mattermost profile, else the Teleport user name. */
export function displayName(profile: UserProfileLike | undefined, teleportUser: string): string {
  return profile ? `@${profile.username}` : teleportUser;
}

/** Longer form for tooltips: full name and both identities. */
export function fullName(profile: UserProfileLike | undefined, teleportUser: string): string {
  if (!profile) return `${teleportUser} (Teleport user, not linked to Mattermost)`;
  const real = [profile.first_name, profile.last_name].filter(Boolean).join(' ');
  return `${real ? `${real}, ` : ''}@${profile.username} (Teleport user ${teleportUser})`;
}
