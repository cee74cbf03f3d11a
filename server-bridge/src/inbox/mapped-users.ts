/**
 * Who gets a reviewer inbox and a digest: each Teleport user mapped to one Mattermost user. By the
 * trait always (mappedByTrait); with the admin's opt-in e-mail/username fallback also a Teleport
 * user without the trait whose name is a Mattermost username, or an e-mail when it holds '@'.
 * Such a user is listed only when the Mattermost account it names maps back to it by the rules of
 * a click (reviews/mapping.ts, mapAccount through accountMapper): not deactivated, a bot or a guest, not claimed by
 * another Teleport user's trait, not matched by e-mail to another Teleport user.
 *
 * Cost of a refresh (at most once a minute, and at once after the mapping settings change): the
 * Teleport users of the identity mapping's own listing (app/inbox.ts passes it; one ListUsers per
 * mapping TTL, shared with clicks and DMs); with the fallback on, one `POST /users/usernames` for all the names without
 * '@', and one `GET /users/email/{email}` per e-mail name whose last answer is older than the
 * mapping TTL (answers, "no such user" included, are kept that long; failures never are). A lookup
 * that fails keeps its last answer and is asked again at the next refresh, so a Mattermost outage
 * never takes a known reviewer's list away; it is logged once until lookups work again.
 */
import type {Logger} from 'pino';
import {describe} from '../app/errors';
import type {TeleportUser} from '../domain/request';
import type {MattermostPort, MattermostUser} from '../mattermost/port';
import {accountMapper, DEFAULT_MAPPING_TTL_MS, fallbackLookup, MAX_MAPPING_TTL_MS, traitValues} from '../reviews/mapping';
import type {TeleportPort} from '../teleport/port';
import {mappedByTrait, type MappedUser} from './publisher';

export interface MappedUsersDeps {
  teleport: Pick<TeleportPort, 'listUsers'>;
  mattermost: Pick<MattermostPort, 'getUsersByUsernames' | 'getUserByEmail'>;
  settings(): {mappingTrait: string; mappingEmailFallback: boolean};
  logger: Logger;
  now?: () => number;
  /** Longest time one listing is served; default 60 s. */
  refreshMs?: number;
  /** How long an e-mail lookup's answer is kept; default the identity mapping's TTL. */
  emailTtlMs?: number;
  /** E-mail lookups in flight at once; default 4. */
  emailConcurrency?: number;
}

/** Teleport users the fallback may map: not bots, and no value in the trait (as the reverse mapping). */
function fallbackCandidates(users: readonly TeleportUser[], trait: string): TeleportUser[] {
  return users.filter((u) => !u.isBot && traitValues(u, trait).length === 0);
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

class MappedUsersSource {
  private readonly now: () => number;
  private readonly log: Logger;
  private readonly refreshMs: number;
  private readonly emailTtlMs: number;
  private selected: MappedUser[] = [];
  private refreshed: {at: number; settings: string} | null = null;
  private inFlight: Promise<void> | null = null;
  /** The last answer of the username batch; a failed batch leaves it as it was. */
  private byUsername = new Map<string, MattermostUser>();
  private readonly byEmail = new Map<string, {user: MattermostUser | null; at: number}>();
  /** Lookups failing now (logged once until they work again). */
  private readonly failing = new Set<'usernames' | 'emails'>();

  constructor(private readonly deps: MappedUsersDeps) {
    this.now = deps.now ?? Date.now;
    this.log = deps.logger.child({component: 'inbox-users'});
    this.refreshMs = deps.refreshMs ?? 60_000;
    this.emailTtlMs = Math.min(deps.emailTtlMs ?? DEFAULT_MAPPING_TTL_MS, MAX_MAPPING_TTL_MS);
  }

  readonly list = async (): Promise<MappedUser[]> => {
    const {mappingTrait, mappingEmailFallback} = this.deps.settings();
    const settings = `${mappingTrait}\n${mappingEmailFallback}`;
    const last = this.refreshed;
    if (!last || last.settings !== settings || this.now() - last.at >= this.refreshMs) {
      // Callers arriving during a refresh (the inbox and the digest) share it.
      this.inFlight ??= this.refresh(mappingTrait, mappingEmailFallback, settings).finally(() => {
        this.inFlight = null;
      });
      await this.inFlight;
    }
    return [...this.selected];
  };

  private async refresh(trait: string, fallback: boolean, settings: string): Promise<void> {
    // A Teleport failure fails the caller's pass (logged and retried there), as before the fallback.
    const users = await this.deps.teleport.listUsers();
    const selected = mappedByTrait(users, trait);
    if (fallback) {
      await this.lookUp(fallbackCandidates(users, trait));
      selected.push(...this.byFallback(users, trait));
    }
    this.selected = selected;
    this.refreshed = {at: this.now(), settings};
  }

  /** Fallback users whose Mattermost account maps back to them (the mapping's own rules). */
  private byFallback(users: readonly TeleportUser[], trait: string): MappedUser[] {
    const out: MappedUser[] = [];
    const mapOf = accountMapper(users, trait, true);
    for (const teleport of fallbackCandidates(users, trait)) {
      const {by, name} = fallbackLookup(teleport.name);
      const account = by === 'email' ? (this.byEmail.get(name)?.user ?? null) : (this.byUsername.get(name) ?? null);
      if (!account) continue;
      const mapped = mapOf(account);
      if (mapped.ok && mapped.value.teleportUser === teleport.name) out.push({teleport, mattermostId: account.id});
    }
    return out;
  }

  private async lookUp(candidates: readonly TeleportUser[]): Promise<void> {
    const usernames = new Set<string>();
    const emails = new Set<string>();
    for (const u of candidates) {
      const {by, name} = fallbackLookup(u.name);
      (by === 'email' ? emails : usernames).add(name);
    }
    await this.lookUpUsernames([...usernames]);
    await this.lookUpEmails(emails);
  }

  private async lookUpUsernames(usernames: string[]): Promise<void> {
    if (usernames.length === 0) {
      this.byUsername = new Map();
      return;
    }
    try {
      const found = await this.deps.mattermost.getUsersByUsernames(usernames);
      this.byUsername = new Map(found.map((u) => [u.username, u]));
      this.recovered('usernames');
    } catch (err) {
      this.failed('usernames', err, `username lookup for the reviewer inboxes failed; keeping its last answer (${this.byUsername.size} Mattermost users), will retry`);
    }
  }

  private async lookUpEmails(emails: ReadonlySet<string>): Promise<void> {
    for (const known of this.byEmail.keys()) if (!emails.has(known)) this.byEmail.delete(known);
    const due = [...emails].filter((email) => {
      const hit = this.byEmail.get(email);
      return !hit || this.now() - hit.at >= this.emailTtlMs;
    });
    let failures = 0;
    let first: unknown = null;
    await eachLimited(due, this.deps.emailConcurrency ?? 4, async (email) => {
      try {
        this.byEmail.set(email, {user: await this.deps.mattermost.getUserByEmail(email), at: this.now()});
      } catch (err) {
        // Not cached: the last answer (if any) stays in use and the lookup comes again next refresh.
        failures += 1;
        first ??= err;
      }
    });
    if (failures > 0) this.failed('emails', first, `${failures} e-mail lookups for the reviewer inboxes failed; keeping their last answers, will retry`);
    else if (due.length > 0) this.recovered('emails');
  }

  private failed(what: 'usernames' | 'emails', err: unknown, message: string): void {
    if (this.failing.has(what)) return;
    this.failing.add(what);
    this.log.warn({err: describe(err)}, message);
  }

  private recovered(what: 'usernames' | 'emails'): void {
    if (this.failing.delete(what)) this.log.info(`${what === 'usernames' ? 'username' : 'e-mail'} lookups for the reviewer inboxes work again`);
  }
}

/** The mapped users, listed at most once a minute for the inbox and the digest together. */
export function createMappedUsers(deps: MappedUsersDeps): () => Promise<MappedUser[]> {
  return new MappedUsersSource(deps).list;
}
