/** What the /teleport command needs from the rest of the bridge (wired by the lead in start-up). */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import type {MattermostPort} from '../mattermost/port';
import type {IdentityMapper} from '../reviews/mapping';
import type {CardLinkDeps} from '../reviewers/card-link';
import type {ReviewerDirectory} from '../reviewers/directory';
import type {TeleportPort} from '../teleport/port';

export interface ReviewInput {
  mattermostUserId: string;
  requestId: string;
  decision: 'approve' | 'deny';
  reason: string;
  channelId: string;
  postId: null;
}

export interface ReviewOutcome {
  ok: boolean;
  message: string;
  code: string;
}

/** The review path the card buttons use (reviews/handlers.ts): same guardrails for commands. */
export interface ReviewPort {
  review(input: ReviewInput): Promise<ReviewOutcome>;
}

export interface CommandDeps {
  teleport: TeleportPort;
  mattermost: MattermostPort;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  mapper: IdentityMapper;
  reviews: ReviewPort;
  /** HMAC secret for the request form's dialog state (the same one reviews/token.ts uses). */
  secret: Buffer;
  /** The bridge's base URL as Mattermost reaches it (no trailing slash needed). */
  publicUrl: string;
  logger: Logger;
  /** team id → the /teleport command token Mattermost sends for that team. */
  commandTokens(): Map<string, string>;
  /** When the bridge's Teleport certificate expires: Teleport caps created requests by it. */
  bridgeCertExpiry(): Date | null;
  /** Result of the on-behalf review self-check (reviews/selfcheck.ts); unknown when absent. */
  capability?(): ReviewCapability;
  /** The bridge's own Teleport user, so `show` can mark reviews made via Mattermost. */
  bridgeUser?: string;
  /** Review permissions as Teleport evaluates them (cached); built from `teleport` when absent. */
  reviewers?: ReviewerDirectory;
  /** Where `list` finds card posts to link; without it, `list` shows no links. */
  cardLinks?: CardLinkDeps;
  now?(): Date;
}

/** Where the request form posts its submission (the lead's HTTP server routes it to `dialog`). */
export const COMMAND_DIALOG_PATH = '/mattermost/command-dialog';
