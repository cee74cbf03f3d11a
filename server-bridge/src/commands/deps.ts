/** What the /teleport command needs from the rest of the bridge (wired by the lead in start-up). */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {AccessRequest, ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import type {MattermostPort} from '../mattermost/port';
import type {IdentityMapper} from '../reviews/mapping';
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
  /**
   * Whether `teleportUser` may review `request`, for `list`. Without it, `list` shows the pending
   * requests that name the user as a suggested reviewer (the bridge cannot evaluate Teleport RBAC).
   */
  mayReview?(teleportUser: string, request: AccessRequest): Promise<boolean>;
  now?(): Date;
}

/** Where the request form posts its submission (the lead's HTTP server routes it to `dialog`). */
export const COMMAND_DIALOG_PATH = '/mattermost/command-dialog';
