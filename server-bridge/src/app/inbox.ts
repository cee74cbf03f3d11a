/**
 * Wiring of the reviewer inbox (a preference per user), the daily digest DM and the "Request
 * again" button, from the card pipeline's state. Kept apart from bridge.ts, which wires the rest.
 */
import type {Logger} from 'pino';
import type {DmButton} from '../chat/port';
import type {MattermostChat} from '../chat/mattermost-chat';
import type {SettingsSource} from '../config/settings';
import type {AccessRequest, TeleportUser} from '../domain/request';
import {DIGEST_PREFERENCE, DigestSender} from '../inbox/digest-sender';
import {userPreferenceOverRest} from '../inbox/preference-store';
import {createMappedUsers} from '../inbox/mapped-users';
import {InboxPublisher} from '../inbox/publisher';
import {INBOX_NAME} from '@tma/card-contract';
import type {BotClient} from '../mattermost/client';
import type {MattermostPort} from '../mattermost/port';
import type {RecordStore} from '../requests/record-store';
import type {RequestProcessor} from '../requests/processor';
import {createReviewerDirectory} from '../reviewers/directory';
import {REQUEST_AGAIN_ACTION_ID, signAgainContext} from '../reviews/again-token';
import type {IdentityMapper} from '../reviews/mapping';
import type {TeleportPort} from '../teleport/port';
import type {CardPipeline, Core, MattermostSide, TeleportSide} from './wiring';

/** The signed "Request again" button under the end-of-access warning (interactions/command/listeners.ts opens the form). */
export function requestAgainButton(secret: Buffer, actionUrl: string): (request: AccessRequest, channelId: string, userId: string) => DmButton {
  return (request, channelId, userId) => ({
    id: REQUEST_AGAIN_ACTION_ID,
    name: 'Request again',
    url: actionUrl,
    context: signAgainContext(secret, {
      requestId: request.id,
      channelId,
      userId,
      roles: request.roles,
      // Ids only: constraints (e.g. an SSH login) cannot be asked for from Mattermost.
      resources: request.resources.map(({cluster, kind, name, subResource}) => ({cluster, kind, name, subResource})),
      reason: request.reason,
      // A day past the end of access: long enough to come back to, short enough to age out.
      expiresAt: Math.floor(Date.parse(request.accessExpires ?? request.created) / 1000) + 86_400,
    }),
  });
}

export interface InboxSide {
  inbox: InboxPublisher;
  digests: DigestSender;
}

export interface InboxWiring {
  teleport: TeleportPort;
  /** Whose Teleport user listing the inbox's mapped users come from. */
  mapper: Pick<IdentityMapper, 'teleportUsers'>;
  mm: {mattermost: MattermostPort; botClient: BotClient; settings: SettingsSource};
  cards: {processor: RequestProcessor; store: RecordStore; chat: MattermostChat};
  /** Mattermost's URL, for card links in the digest. */
  siteUrl: string;
  replicaId: string;
  /** Teleport answers with usable credentials. */
  active(): boolean;
  logger: Logger;
  overrides: {inboxTickMs?: number; digestTickMs?: number};
}

/** Reviewer inboxes and digests read the card pipeline's state; they pause while Teleport is unusable. */
export function startInboxOf(c: Core, t: TeleportSide, m: MattermostSide, cards: CardPipeline, mapper: IdentityMapper): InboxSide {
  const [siteUrl, replicaId, active] = [c.config.mattermost.url, c.config.bridge.replica_id, () => t.link.known && t.link.problem === null];
  return startInbox({teleport: t.teleport, mapper, mm: m, cards, siteUrl, replicaId, active, logger: c.logger, overrides: c.overrides});
}

function startInbox(w: InboxWiring): InboxSide {
  const {mattermost, botClient, settings} = w.mm;
  const {processor, store, chat} = w.cards;
  // The mappings' own listing of Teleport users, not a second one.
  const users = createMappedUsers({teleport: {listUsers: w.mapper.teleportUsers}, mattermost, settings: () => settings.current(), logger: w.logger});
  const directory = createReviewerDirectory({teleport: w.teleport});
  const inbox = new InboxPublisher({
    pending: () => processor.pendingRequests(),
    cards: (id) => store.lastKnown(id)?.posts ?? [],
    users,
    permissions: (user: TeleportUser) => directory.forListedUser(user),
    isMember: (channelId, userId) => mattermost.isChannelMember(channelId, userId),
    store: userPreferenceOverRest(botClient, INBOX_NAME),
    active: () => w.active(),
    logger: w.logger.child({component: 'inbox'}),
    now: () => Date.now(),
    revision: () => processor.revision + store.revision,
    busy: () => processor.inFlight > 0,
    ...(w.overrides.inboxTickMs !== undefined ? {tickMs: w.overrides.inboxTickMs} : {}),
  });
  const digests = new DigestSender({
    settings: () => settings.current(),
    users,
    entriesOf: (id) => inbox.entriesOf(id),
    pending: () => processor.pendingRequests(),
    getUser: (id) => mattermost.getUser(id),
    chat,
    store: userPreferenceOverRest(botClient, DIGEST_PREFERENCE),
    siteUrl: w.siteUrl,
    replicaId: w.replicaId,
    logger: w.logger.child({component: 'digest'}),
    now: () => Date.now(),
    ...(w.overrides.digestTickMs !== undefined ? {tickMs: w.overrides.digestTickMs} : {}),
  });
  inbox.start();
  digests.start();
  return {inbox, digests};
}
