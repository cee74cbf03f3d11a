/**
 * Maps a Mattermost user to exactly one Teleport user (and back), the way Teleport's own Slack
 * review does: a Teleport user trait holding the immutable Mattermost user id comes first; only when
 * the admin opts in, a Mattermost e-mail (then username) equal to the Teleport user name. Zero or
 * several matches are refused, never guessed.
 *
 * The Teleport user list is fetched whole and matched here: the server-side trait filter of
 * UsersService.ListUsers is 18.11+ and its field number is unverified.
 * Successful mappings and the user list are cached briefly (≤ 10 minutes); errors never are, and
 * refusals are recomputed on every click so an admin's fix shows up as soon as the list refreshes.
 */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {TeleportUser} from '../domain/request';
import type {MattermostPort, MattermostUser} from '../mattermost/port';
import type {TeleportPort} from '../teleport/port';

export type MappingResult =
  | {ok: true; teleportUser: string; via: 'trait' | 'email' | 'username'}
  | {ok: false; code: 'unmapped' | 'ambiguous' | 'inactive' | 'bot' | 'guest' | 'unavailable'; message: string};

export interface IdentityMapper {
  toTeleport(mattermostUserId: string): Promise<MappingResult>;
  /** Mattermost user id via the trait (then e-mail/username fallback if enabled), or null. */
  toMattermost(teleportUser: string): Promise<string | null>;
  /** Forgets every cached user and mapping (e.g. after settings change). */
  invalidate(): void;
}

export const MAX_MAPPING_TTL_MS = 600_000;
/** Short by default so a trait an admin just set works within a minute. */
export const DEFAULT_MAPPING_TTL_MS = 60_000;

interface Deps {
  teleport: TeleportPort;
  mattermost: MattermostPort;
  settings: SettingsSource;
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}

interface Cached<T> {
  value: T;
  at: number;
}

type Success = Extract<MappingResult, {ok: true}>;
type Failure = Extract<MappingResult, {ok: false}>;

function howToFix(trait: string, mattermostUserId: string): string {
  return (
    `Ask a Teleport administrator to add the trait \`${trait}: ["${mattermostUserId}"]\` to your Teleport user ` +
    '(`tctl edit users/<your-teleport-user>`, under `spec.traits`), then try again.'
  );
}

function isGuest(user: MattermostUser): boolean {
  return user.roles.split(/\s+/).includes('system_guest');
}

export function createIdentityMapper(deps: Deps): IdentityMapper {
  const ttlMs = Math.min(deps.ttlMs ?? DEFAULT_MAPPING_TTL_MS, MAX_MAPPING_TTL_MS);
  const now = deps.now ?? Date.now;
  const log = deps.logger.child({component: 'identity-mapping'});

  let users: Cached<TeleportUser[]> | null = null;
  let usersInFlight: Promise<TeleportUser[]> | null = null;
  // Bumped by invalidate() so a fetch started before it cannot repopulate the cache with old data.
  let generation = 0;
  const forward = new Map<string, Cached<Success>>();
  const reverse = new Map<string, Cached<string | null>>();
  let cacheKey = '';

  const fresh = (entry: {at: number} | null | undefined): boolean => entry != null && now() - entry.at < ttlMs;

  function clear(): void {
    generation += 1;
    users = null;
    usersInFlight = null;
    forward.clear();
    reverse.clear();
  }

  /** Mapping depends on two settings; a change must not serve answers made under the old ones. */
  function checkSettings(): {trait: string; fallback: boolean} {
    const {mappingTrait, mappingEmailFallback} = deps.settings.current();
    const key = `${mappingTrait}\n${mappingEmailFallback}`;
    if (key !== cacheKey) {
      if (cacheKey !== '') clear();
      cacheKey = key;
    }
    return {trait: mappingTrait, fallback: mappingEmailFallback};
  }

  async function teleportUsers(): Promise<TeleportUser[]> {
    if (users && fresh(users)) return users.value;
    if (usersInFlight) return usersInFlight;
    const started = generation;
    const pending = deps.teleport
      .listUsers()
      .then((list) => {
        if (generation === started) users = {value: list, at: now()};
        return list;
      })
      .finally(() => {
        if (usersInFlight === pending) usersInFlight = null;
      });
    usersInFlight = pending;
    return pending;
  }

  function unavailable(what: string, error: unknown): Failure {
    log.warn({err: error}, `identity mapping: ${what} failed`);
    return {ok: false, code: 'unavailable', message: `Could not check your identity right now (${what} unreachable); please try again in a moment.`};
  }

  /** Teleport users whose trait holds this Mattermost id (never bots: they cannot be reviewers). */
  function byTrait(list: TeleportUser[], trait: string, mattermostUserId: string): TeleportUser[] {
    return list.filter((u) => !u.isBot && (u.traits[trait] ?? []).includes(mattermostUserId));
  }

  /**
   * Fallback candidates by name. A Teleport user whose trait already names a *different* Mattermost
   * user is excluded: the trait is the stronger statement, and an e-mail can be changed or reused.
   */
  function byName(list: TeleportUser[], trait: string, mattermostUserId: string, name: string, caseInsensitive: boolean): TeleportUser[] {
    const wanted = caseInsensitive ? name.toLowerCase() : name;
    return list.filter((u) => {
      if (u.isBot || !name) return false;
      const claimed = u.traits[trait] ?? [];
      if (claimed.length > 0 && !claimed.includes(mattermostUserId)) return false;
      return (caseInsensitive ? u.name.toLowerCase() : u.name) === wanted;
    });
  }

  async function resolve(mattermostUserId: string): Promise<MappingResult> {
    const {trait, fallback} = checkSettings();
    const cached = forward.get(mattermostUserId);
    if (fresh(cached)) return cached!.value;

    let mmUser: MattermostUser | null;
    try {
      mmUser = await deps.mattermost.getUser(mattermostUserId);
    } catch (error) {
      return unavailable('Mattermost', error);
    }
    if (!mmUser) return {ok: false, code: 'unmapped', message: 'Your Mattermost account could not be found.'};
    if (mmUser.deleteAt !== 0) return {ok: false, code: 'inactive', message: 'Deactivated Mattermost accounts cannot review access requests.'};
    if (mmUser.isBot) return {ok: false, code: 'bot', message: 'Bot accounts cannot review access requests.'};
    if (isGuest(mmUser)) return {ok: false, code: 'guest', message: 'Guest accounts cannot review access requests.'};

    let list: TeleportUser[];
    try {
      list = await teleportUsers();
    } catch (error) {
      return unavailable('Teleport', error);
    }

    const ambiguous = (how: string, matches: TeleportUser[]): Failure => ({
      ok: false,
      code: 'ambiguous',
      message:
        `Your Mattermost account matches several Teleport users by ${how} (${matches.map((u) => u.name).join(', ')}), ` +
        'so it cannot be used to review. Ask a Teleport administrator to keep exactly one.',
    });
    const success = (teleportUser: string, via: Success['via']): Success => {
      const result: Success = {ok: true, teleportUser, via};
      forward.set(mattermostUserId, {value: result, at: now()});
      return result;
    };

    const traitMatches = byTrait(list, trait, mattermostUserId);
    if (traitMatches.length > 1) return ambiguous(`the trait ${trait}`, traitMatches);
    if (traitMatches.length === 1) return success(traitMatches[0]!.name, 'trait');

    if (fallback) {
      // E-mail first (Mattermost stores it lowercased; domains are case-insensitive), then username.
      const emailMatches = byName(list, trait, mattermostUserId, mmUser.email, true);
      if (emailMatches.length > 1) return ambiguous('e-mail', emailMatches);
      if (emailMatches.length === 1) return success(emailMatches[0]!.name, 'email');
      const usernameMatches = byName(list, trait, mattermostUserId, mmUser.username, false);
      if (usernameMatches.length === 1) return success(usernameMatches[0]!.name, 'username');
    }
    return {ok: false, code: 'unmapped', message: `Your Mattermost account is not linked to a Teleport user. ${howToFix(trait, mattermostUserId)}`};
  }

  async function reverseLookup(teleportUser: string): Promise<string | null> {
    const {trait, fallback} = checkSettings();
    const cached = reverse.get(teleportUser);
    if (fresh(cached)) return cached!.value;

    const list = await teleportUsers();
    const user = list.find((u) => u.name === teleportUser);
    let found: string | null = null;
    const ids = user ? (user.traits[trait] ?? []).filter((v) => v !== '') : [];
    if (ids.length === 1) {
      found = ids[0]!;
    } else if (ids.length === 0 && fallback && !user?.isBot) {
      const mm = teleportUser.includes('@') ? await deps.mattermost.getUserByEmail(teleportUser) : await deps.mattermost.getUserByUsername(teleportUser);
      found = mm && mm.deleteAt === 0 && !mm.isBot ? mm.id : null;
    }
    // Several ids in the trait: which one is meant is unknowable, so no mention/DM at all.
    reverse.set(teleportUser, {value: found, at: now()});
    return found;
  }

  return {
    toTeleport: resolve,
    async toMattermost(teleportUser) {
      try {
        return await reverseLookup(teleportUser);
      } catch (error) {
        // Used for mentions and DMs: degrade to "unknown" rather than failing the caller.
        log.warn({err: error, teleport_user: teleportUser}, 'reverse identity mapping failed');
        return null;
      }
    },
    invalidate: clear,
  };
}
