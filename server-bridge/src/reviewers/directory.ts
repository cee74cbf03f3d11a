/**
 * Reads what review permissions depend on (the reviewer's Teleport user and the specs of their
 * roles) and keeps it briefly: roles change rarely and are shared by many users, so `/teleport
 * list` run by 50 users costs each distinct role one read per `roleTtlMs`, not 50. Users are kept
 * for a shorter time so a role granted or revoked shows within `userTtlMs`. Failures are not
 * cached. The bridge's Teleport identity needs `read` on `user` and `role` for this.
 */
import type {TeleportRole} from '../domain/role';
import {NO_REVIEW_CONDITIONS} from '../domain/role';
import type {TeleportUser} from '../domain/request';
import type {TeleportPort} from '../teleport/port';
import {reviewChecker, type RequestFacts, type ReviewPermission} from './review-permission';

export const ROLE_TTL_MS = 60_000;
export const USER_TTL_MS = 30_000;

export type PermissionCheck = (request: RequestFacts) => ReviewPermission;

export interface ReviewerDirectory {
  /** Loads the user and their roles once; the returned check is pure and may be applied to many requests. */
  forUser(teleportUser: string): Promise<PermissionCheck>;
  /** The same for a user already read (a listing): only the roles are read, through the same cache. */
  forListedUser(user: TeleportUser): Promise<PermissionCheck>;
  /** Counters for tests and metrics: Teleport reads made. */
  readonly reads: {users: number; roles: number};
}

interface Cached<T> {
  value: Promise<T>;
  until: number;
}

function cache<T>(ttlMs: number, now: () => number, load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const entries = new Map<string, Cached<T>>();
  return (key) => {
    const hit = entries.get(key);
    if (hit && hit.until > now()) return hit.value;
    const value = load(key);
    const entry = {value, until: now() + ttlMs};
    entries.set(key, entry);
    // Only successes are kept; concurrent callers share the one read in flight.
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  };
}

/** A role the user holds but Teleport no longer has grants nothing (Teleport's checker fails on it). */
const emptyRole = (name: string): TeleportRole => ({name, allowReview: NO_REVIEW_CONDITIONS, denyReview: NO_REVIEW_CONDITIONS});

export function createReviewerDirectory(deps: {
  teleport: Pick<TeleportPort, 'getUser' | 'getRole'>;
  roleTtlMs?: number;
  userTtlMs?: number;
  now?: () => number;
}): ReviewerDirectory {
  const now = deps.now ?? Date.now;
  const reads = {users: 0, roles: 0};
  const user = cache<TeleportUser | null>(deps.userTtlMs ?? USER_TTL_MS, now, (name) => {
    reads.users++;
    return deps.teleport.getUser(name);
  });
  const role = cache<TeleportRole>(deps.roleTtlMs ?? ROLE_TTL_MS, now, async (name) => {
    reads.roles++;
    return (await deps.teleport.getRole(name)) ?? emptyRole(name);
  });

  const forListedUser = async (u: TeleportUser): Promise<PermissionCheck> => {
    const roles = await Promise.all(u.roles.map(role));
    const reviewer = {name: u.name, roles: u.roles, traits: u.traits};
    return reviewChecker(reviewer, roles);
  };

  return {
    reads,
    async forUser(teleportUser) {
      const u = await user(teleportUser);
      if (!u) return () => 'may-not-review';
      return forListedUser(u);
    },
    forListedUser,
  };
}
