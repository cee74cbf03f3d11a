/**
 * Turns recipient specs into Mattermost channel ids (channels by team/name, users → DM channels),
 * de-duplicated. A recipient that does not exist is skipped with one clear log line; a lookup that
 * failed transiently is reported so the caller retries the whole request later.
 */
import type {Logger} from 'pino';
import type {AccessRequest} from '../domain/request';
import type {RecipientSpec} from '../card/routing';
import type {RoutedRecipient, RouteSource} from '../routing/route';
import type {MattermostPort, MattermostUser} from '../mattermost/port';
import {describe, isTransient} from '../app/errors';

export interface ResolvedRecipients {
  channels: string[];
  skipped: string[];
  retryable: string[];
  /** Which source routed each channel (the first one that named it). */
  via: Record<string, RouteSource>;
  /** The access monitoring rule that routed a channel, for channels routed by one. */
  rules: Record<string, string>;
}

/** Channel ids by team/name change only when an admin renames or re-creates a channel. */
const CHANNEL_CACHE_MS = 120_000;

export class RecipientResolver {
  private readonly channels = new Map<string, {id: string | null; until: number}>();

  constructor(
    private readonly mattermost: MattermostPort,
    private readonly mattermostIdOf: (teleportUser: string) => Promise<string | null>,
    private readonly now: () => number = Date.now,
  ) {}

  private async channelByName(team: string, channel: string): Promise<string | null> {
    const key = `${team}/${channel}`;
    const hit = this.channels.get(key);
    if (hit && hit.until > this.now()) return hit.id;
    const id = await this.mattermost.getChannelByName(team, channel);
    // A missing channel is remembered briefly too, so a bad route does not cost a call per request.
    this.channels.set(key, {id, until: this.now() + (id ? CHANNEL_CACHE_MS : CHANNEL_CACHE_MS / 4)});
    return id;
  }

  async resolve(request: AccessRequest, routed: readonly RoutedRecipient[], log: Logger): Promise<ResolvedRecipients> {
    const out: ResolvedRecipients = {channels: [], skipped: [], retryable: [], via: {}, rules: {}};
    for (const {spec, via, rule} of routed) {
      try {
        const channelId = await this.channelOf(spec, request.user);
        if (channelId === null) {
          out.skipped.push(spec.source);
          log.warn({recipient: spec.source}, 'recipient not found in Mattermost; skipped');
        } else if (!out.channels.includes(channelId)) {
          out.channels.push(channelId);
          out.via[channelId] = via;
          if (rule !== undefined) out.rules[channelId] = rule;
        }
      } catch (err) {
        if (isTransient(err)) out.retryable.push(spec.source);
        else out.skipped.push(spec.source);
        log.warn({recipient: spec.source, err: describe(err)}, 'recipient lookup failed');
      }
    }
    return out;
  }

  private async channelOf(spec: RecipientSpec, requester: string): Promise<string | null> {
    if (spec.kind === 'channel') return this.channelByName(spec.team, spec.channel);
    let user: MattermostUser | null = null;
    if (spec.kind === 'teleport-user') {
      // A requester suggesting themselves gets no card DM: they already get the requester DM.
      if (spec.teleportUser === requester) return null;
      const id = await this.mattermostIdOf(spec.teleportUser);
      if (id) user = await this.mattermost.getUser(id);
      else if (spec.teleportUser.includes('@')) user = await this.mattermost.getUserByEmail(spec.teleportUser.toLowerCase());
      else user = await this.mattermost.getUserByUsername(spec.teleportUser.toLowerCase());
    } else if ('email' in spec) {
      user = await this.mattermost.getUserByEmail(spec.email);
    } else {
      user = await this.mattermost.getUserByUsername(spec.username);
    }
    if (!user || user.deleteAt !== 0) return null;
    return this.mattermost.directChannel(user.id);
  }
}
