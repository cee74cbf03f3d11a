/**
 * The parts of a running bridge as bridge.ts hands them to the files that wire one side each
 * (inbox.ts, routing-wiring.ts): what each later step may use. Types only.
 */
import type {Logger} from 'pino';
import type {BridgeConfig} from '../config/bridge-config';
import type {SettingsReader} from '../config/settings-reader';
import type {MattermostChat} from '../chat/mattermost-chat';
import type {BridgeIdentity} from '../interactions/context';
import type {BotClient} from '../mattermost/client';
import type {MattermostPort} from '../mattermost/port';
import type {RequestProcessor} from '../requests/processor';
import type {RecordStore} from '../requests/record-store';
import type {CredentialSource} from '../teleport/credential-source';
import type {MonitoringRulesPort, TeleportPort} from '../teleport/port';
import type {ClusterLink} from './cluster-link';
import type {Metrics} from './metrics';
import type {ReminderScheduler} from './reminders';
import type {RuleRouting} from './rule-routing';

export interface BridgeOverrides {
  logger?: Logger;
  /** Tests: answer budget for clicks before finishing in the background. */
  answerWithinMs?: number;
  /** Tests: a shorter lease lets a second replica take over a dead one's work quickly (default 30 s). */
  leaseTtlMs?: number;
  /** Tests: length of a "minute" in the reminder settings, and how often reminders are checked. */
  reminderMinuteMs?: number;
  reminderScanMs?: number;
  /** Tests: System Console status report cadence (default tick 30 s, heartbeat 5 min). */
  statusTickMs?: number;
  statusHeartbeatMs?: number;
  /** Tests: how often reviewer inboxes are recomputed (default 3 s) and digests considered (default 60 s). */
  inboxTickMs?: number;
  digestTickMs?: number;
  /** Bridge version shown in the System Console status. */
  version?: string;
  /** false: no websocket listener for config_changed (settings still poll). */
  configWebsocket?: boolean;
}

/** The parts every later step may use. */
export interface Core {
  config: BridgeConfig;
  overrides: BridgeOverrides;
  logger: Logger;
  metrics: Metrics;
  secret: Buffer;
  publicUrl: string;
}

export interface TeleportSide {
  credentials: CredentialSource;
  identity: BridgeIdentity;
  teleport: TeleportPort & MonitoringRulesPort;
  link: ClusterLink;
}

export interface MattermostSide {
  botClient: BotClient;
  mattermost: MattermostPort;
  settings: SettingsReader;
  /** The first settings read; nothing is routed before it. */
  settingsRead: Promise<unknown>;
  configListener: {connected: boolean; close(): void} | null;
}

export interface CardPipeline {
  processor: RequestProcessor;
  reminders: ReminderScheduler;
  store: RecordStore;
  chat: MattermostChat;
  /** Teleport's access monitoring rules: read before the watch starts, then followed. */
  routing: RuleRouting;
}
