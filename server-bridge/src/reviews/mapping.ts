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
import {describe, isTransient} from '../app/errors';
import type {Logger} from 'pino';
import {BridgeError, type Failure, type Result} from '../errors/failure';
import type {SettingsSource} from '../config/settings';
import type {TeleportUser} from '../domain/request';
import type {MattermostPort, MattermostUser} from '../mattermost/port';
import type {TeleportPort} from '../teleport/port';

export interface MappedUser {
  teleportUser: string;
  via: 'trait' | 'email' | 'username';
}

/** The one Teleport user, or why there is none (codes unmapped, ambiguous, inactive, bot, guest, mapping_unavailable). */
export type MappingResult = Result<MappedUser>;

export interface IdentityMapper {
  toTeleport(mattermostUserId: string): Promise<MappingResult>;
  /**
   * Mattermost user id via the trait (then e-mail/username fallback if enabled), or null when the
   * user is not mapped or cannot be looked up at all. Throws when Teleport or Mattermost cannot be
   * asked now: "unmapped" would skip a DM for good, where the caller's retry delivers it.
   */
  toMattermost(teleportUser: string): Promise<string | null>;
  /** Forgets every cached user and mapping (e.g. after settings change). */
  invalidate(): void;
  /**
   * Teleport's users as the mappings see them: one listing shared by every caller (clicks, DMs,
   * the inbox's list of mapped users), asked again after the mapping TTL or a settings change.
   */
  teleportUsers(): Promise<TeleportUser[]>;
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
type Refusal = Extract<MappingResult, {ok: false}>;

/** The user's words for each refusal are in errors/explain.ts. */
const refuse = (failure: Extract<Failure, {code: 'unmapped' | 'ambiguous' | 'inactive' | 'bot' | 'guest' | 'mapping_unavailable'}>): Refusal => ({
  ok: false,
  error: new BridgeError(failure),
});
const NOT_FOUND: Refusal = refuse({code: 'unmapped', link: null});

function isGuest(user: MattermostUser): boolean {
  return user.roles.split(/\s+/).includes('system_guest');
}

/** Teleport users whose trait holds this Mattermost id (never bots: they cannot be reviewers). */
function byTrait(list: readonly TeleportUser[], trait: string, mattermostUserId: string): TeleportUser[] {
  return list.filter((u) => !u.isBot && (u.traits[trait] ?? []).includes(mattermostUserId));
}

/**
 * Fallback candidates by name. A Teleport user whose trait already names a *different* Mattermost
 * user is excluded: the trait is the stronger statement, and an e-mail can be changed or reused.
 */
function byName(list: readonly TeleportUser[], trait: string, mattermostUserId: string, name: string, caseInsensitive: boolean): TeleportUser[] {
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  return list.filter((u) => {
    if (u.isBot || !name) return false;
    const claimed = u.traits[trait] ?? [];
    if (claimed.length > 0 && !claimed.includes(mattermostUserId)) return false;
    return (caseInsensitive ? u.name.toLowerCase() : u.name) === wanted;
  });
}

/** Accounts that may never act as a reviewer, whatever their traits say. */
function refusedAccount(mmUser: MattermostUser | null): Refusal | null {
  if (!mmUser) return NOT_FOUND;
  if (mmUser.deleteAt !== 0) return refuse({code: 'inactive'});
  if (mmUser.isBot) return refuse({code: 'bot'});
  if (isGuest(mmUser)) return refuse({code: 'guest'});
  return null;
}

function ambiguous(by: string, matches: TeleportUser[]): Refusal {
  return refuse({code: 'ambiguous', by, matches: matches.map((u) => u.name)});
}

/** The one Teleport user this Mattermost user maps to: by trait, then (opt-in) e-mail, then username. */
function match(list: readonly TeleportUser[], mmUser: MattermostUser, trait: string, fallback: boolean): MappingResult {
  const found = (teleportUser: string, via: MappedUser['via']): Success => ({ok: true, value: {teleportUser, via}});
  const traitMatches = byTrait(list, trait, mmUser.id);
  if (traitMatches.length > 1) return ambiguous(`the trait ${trait}`, traitMatches);
  if (traitMatches.length === 1) return found(traitMatches[0]!.name, 'trait');
  if (fallback) {
    // E-mail first (Mattermost stores it lowercased; domains are case-insensitive), then username.
    const emailMatches = byName(list, trait, mmUser.id, mmUser.email, true);
    if (emailMatches.length > 1) return ambiguous('e-mail', emailMatches);
    if (emailMatches.length === 1) return found(emailMatches[0]!.name, 'email');
    const usernameMatches = byName(list, trait, mmUser.id, mmUser.username, false);
    if (usernameMatches.length === 1) return found(usernameMatches[0]!.name, 'username');
  }
  return refuse({code: 'unmapped', link: {trait, mattermostUserId: mmUser.id}});
}

/**
 * The Teleport user a Mattermost account maps to, or why none: the account refusals (deactivated,
 * bot, guest), then trait, then (opt-in) e-mail and username. The one rule set, shared by clicks
 * (toTeleport) and the reviewer listing (inbox/mapped-users.ts).
 */
export function mapAccount(list: readonly TeleportUser[], mmUser: MattermostUser | null, trait: string, fallback: boolean): MappingResult {
  const refused = refusedAccount(mmUser);
  if (refused || !mmUser) return refused ?? NOT_FOUND;
  return match(list, mmUser, trait, fallback);
}

/**
 * mapAccount for many accounts over one list (the reviewer listing maps every fallback account of
 * a large directory each minute). An index built once finds the Teleport users that can decide an
 * account: those whose trait holds its id, or whose name equals its e-mail or username in any case.
 * These are all match() can consider, so mapAccount over them, in list order, answers as over the
 * whole list, in time independent of the list's size.
 */
export function accountMapper(list: readonly TeleportUser[], trait: string, fallback: boolean): (mmUser: MattermostUser | null) => MappingResult {
  const index = new Map<string, number[]>();
  const add = (key: string, at: number) => {
    const seen = index.get(key);
    if (!seen) index.set(key, [at]);
    else if (seen[seen.length - 1] !== at) seen.push(at);
  };
  list.forEach((u, at) => {
    for (const value of u.traits[trait] ?? []) add(`id:${value}`, at);
    add(`name:${u.name.toLowerCase()}`, at);
  });
  return (mmUser) => {
    if (!mmUser) return mapAccount([], mmUser, trait, fallback);
    const keys = [`id:${mmUser.id}`, `name:${mmUser.email.toLowerCase()}`, `name:${mmUser.username.toLowerCase()}`];
    const at = [...new Set(keys.flatMap((k) => index.get(k) ?? []))].sort((a, b) => a - b);
    return mapAccount(
      at.map((i) => list[i]!),
      mmUser,
      trait,
      fallback,
    );
  };
}

/** The non-empty values of a Teleport user's mapping trait. */
export function traitValues(user: TeleportUser, trait: string): string[] {
  return (user.traits[trait] ?? []).filter((v) => v !== '');
}

/**
 * How the fallback looks a Teleport user name up in Mattermost: by e-mail when it holds '@', else
 * by username. Lower-cased: Mattermost stores both so (and refuses a capitalised username with a 400).
 */
export function fallbackLookup(teleportUser: string): {by: 'email' | 'username'; name: string} {
  const name = teleportUser.toLowerCase();
  return {by: name.includes('@') ? 'email' : 'username', name};
}

class CachedIdentityMapper implements IdentityMapper {
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly log: Logger;
  private users: Cached<TeleportUser[]> | null = null;
  private usersInFlight: Promise<TeleportUser[]> | null = null;
  // Bumped by invalidate() so a fetch started before it cannot repopulate the cache with old data.
  private generation = 0;
  private readonly forward = new Map<string, Cached<Success>>();
  private readonly reverse = new Map<string, Cached<string | null>>();
  private cacheKey = '';

  constructor(private readonly deps: Deps) {
    this.ttlMs = Math.min(deps.ttlMs ?? DEFAULT_MAPPING_TTL_MS, MAX_MAPPING_TTL_MS);
    this.now = deps.now ?? Date.now;
    this.log = deps.logger.child({component: 'identity-mapping'});
  }

  private fresh(entry: {at: number} | null | undefined): boolean {
    return entry != null && this.now() - entry.at < this.ttlMs;
  }

  readonly invalidate = (): void => {
    this.generation += 1;
    this.users = null;
    this.usersInFlight = null;
    this.forward.clear();
    this.reverse.clear();
  };

  /** Mapping depends on two settings; a change must not serve answers made under the old ones. */
  private checkSettings(): {trait: string; fallback: boolean} {
    const {mappingTrait, mappingEmailFallback} = this.deps.settings.current();
    const key = `${mappingTrait}\n${mappingEmailFallback}`;
    if (key !== this.cacheKey) {
      if (this.cacheKey !== '') this.invalidate();
      this.cacheKey = key;
    }
    return {trait: mappingTrait, fallback: mappingEmailFallback};
  }

  readonly teleportUsers = async (): Promise<TeleportUser[]> => {
    this.checkSettings();
    if (this.users && this.fresh(this.users)) return this.users.value;
    if (this.usersInFlight) return this.usersInFlight;
    const started = this.generation;
    const pending = this.deps.teleport
      .listUsers()
      .then((list) => {
        if (this.generation === started) this.users = {value: list, at: this.now()};
        return list;
      })
      .finally(() => {
        if (this.usersInFlight === pending) this.usersInFlight = null;
      });
    this.usersInFlight = pending;
    return pending;
  };

  private unavailable(what: string, error: unknown): Refusal {
    this.log.warn({err: describe(error)}, `identity mapping: ${what} failed`);
    return refuse({code: 'mapping_unavailable', peer: what});
  }

  readonly toTeleport = async (mattermostUserId: string): Promise<MappingResult> => {
    const {trait, fallback} = this.checkSettings();
    const cached = this.forward.get(mattermostUserId);
    if (this.fresh(cached)) return cached!.value;
    let mmUser: MattermostUser | null;
    try {
      mmUser = await this.deps.mattermost.getUser(mattermostUserId);
    } catch (error) {
      return this.unavailable('Mattermost', error);
    }
    // A refused account needs no Teleport list.
    const refused = refusedAccount(mmUser);
    if (refused) return refused;
    let list: TeleportUser[];
    try {
      list = await this.teleportUsers();
    } catch (error) {
      return this.unavailable('Teleport', error);
    }
    const result = mapAccount(list, mmUser, trait, fallback);
    if (result.ok) this.forward.set(mattermostUserId, {value: result, at: this.now()});
    return result;
  };

  private async reverseLookup(teleportUser: string): Promise<string | null> {
    const {trait, fallback} = this.checkSettings();
    const cached = this.reverse.get(teleportUser);
    if (this.fresh(cached)) return cached!.value;

    const list = await this.teleportUsers();
    const user = list.find((u) => u.name === teleportUser);
    let account: MattermostUser | null = null;
    const ids = user ? traitValues(user, trait) : [];
    if (ids.length === 1) {
      account = await this.deps.mattermost.getUser(ids[0]!);
    } else if (ids.length === 0 && fallback && !user?.isBot) {
      const {by, name} = fallbackLookup(teleportUser);
      account = by === 'email' ? await this.deps.mattermost.getUserByEmail(name) : await this.deps.mattermost.getUserByUsername(name);
    }
    // Several ids in the trait: which one is meant is unknowable, so no mention/DM at all. Otherwise
    // the account is this user's only if a click from it would act as this user (the same refusals:
    // deactivated, a bot, a guest, claimed by someone else's trait or e-mail), so a DM never goes to
    // an account that could not review as the user it speaks of.
    const mapped = account ? mapAccount(list, account, trait, fallback) : null;
    const found = mapped?.ok && mapped.value.teleportUser === teleportUser ? account!.id : null;
    this.reverse.set(teleportUser, {value: found, at: this.now()});
    return found;
  }

  readonly toMattermost = async (teleportUser: string): Promise<string | null> => {
    try {
      return await this.reverseLookup(teleportUser);
    } catch (error) {
      // A lookup that may work in a moment is the caller's to retry; skipping would lose its DM.
      if (isTransient(error)) throw error;
      // One that will not (access denied, a malformed name): no mention or DM, rather than a retry forever.
      this.log.warn({err: describe(error), teleport_user: teleportUser}, 'reverse identity mapping failed; the user is taken as unmapped');
      return null;
    }
  };
}

export function createIdentityMapper(deps: Deps): IdentityMapper {
  return new CachedIdentityMapper(deps);
}
