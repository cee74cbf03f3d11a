/**
 * What every interaction handler may use, passed explicitly: live settings, what the cluster
 * supports, the bridge's own identity, the ports to Teleport and Mattermost, and the secret that
 * signs what Mattermost relays back. Built once by app/bridge.ts; tests build their own.
 */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import type {MattermostPort} from '../mattermost/port';
import type {IdentityMapper} from '../reviews/mapping';
import type {CardLinkDeps} from '../reviewers/card-link';
import type {ReviewerDirectory} from '../reviewers/directory';
import type {TeleportPort} from '../teleport/port';

/** The bridge's own Teleport identity; read when asked, since its file may appear after start-up. Function properties: passed on detached. */
export interface BridgeIdentity {
  /** The bridge's Teleport user ('' until a credentials file was usable): its reviews were made in chat. */
  user: () => string;
  /** When the bridge's certificate expires: Teleport caps requests created from chat by it. */
  certExpiry: () => Date | null;
}

export interface RuntimeContext {
  settings: SettingsSource;
  /** What Teleport's Ping said, and whether the on-behalf review self-check passed. */
  cluster(): ClusterInfo;
  capability(): ReviewCapability;
  identity: BridgeIdentity;
  teleport: TeleportPort;
  mattermost: MattermostPort;
  mapper: IdentityMapper;
  /** Review permissions as Teleport evaluates them (cached), for `/teleport list`, `show` and reviews by id. */
  reviewers: ReviewerDirectory;
  /** Where `/teleport list` finds card posts to link; null: no links. */
  cardLinks: CardLinkDeps | null;
  /** HMAC secret for button contexts and dialog states (shared by every replica). */
  secret: Buffer;
  /** The bridge's base URL as Mattermost reaches it, without a trailing slash. */
  publicUrl: string;
  logger: Logger;
  now(): number;
  /** How long a click may take before it is answered and finished in the background. */
  answerWithinMs: number;
  /** Called once per review decision with its outcome (metrics). */
  onReviewOutcome(decision: 'approve' | 'deny', outcome: string): void;
}
