/**
 * Assembles a running bridge from its configuration: Teleport client, Mattermost client,
 * settings reader, request processor, review and command handlers, HTTP server. The only module
 * that knows every other; each piece stays testable alone.
 */
import pino, {type Logger} from 'pino';
import type {BridgeConfig} from '../config/bridge-config';
import {ConfigError, durationMs, readSecretValue} from '../config/bridge-config';
import {SettingsReader} from '../config/settings-reader';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import {startHttpServer, type HttpHandlers} from '../http/server';
import {createBotClient, RestMattermost} from '../mattermost/client';
import {createReviewHandlers, ACTION_PATH} from '../reviews/handlers';
import {createIdentityMapper} from '../reviews/mapping';
import {createTeleportClient} from '../teleport/client';
import {watchCredentials, type CredentialSource} from '../teleport/credential-source';
import type {IdentitySpec} from '../teleport/identity';
import type {TeleportPort, WatchHandle} from '../teleport/port';
import {MattermostChat} from '../chat/mattermost-chat';
import {RecipientResolver} from '../chat/recipient-resolver';
import {routeRequest} from '../routing/route';
import {RuleRouting} from './rule-routing';
import {signedButtons} from '../chat/buttons';
import {cardDrawer} from '../requests/cards';
import {requestPromptSource} from '../requests/prompts';
import {ClusterLink} from './cluster-link';
import {consoleSnapshot, health, type Health, type HealthParts} from './health';
import type {LifecycleContext} from '../requests/context';
import {RequestProcessor} from '../requests/processor';
import {RecordStore} from '../requests/record-store';
import {createMetrics, timed, type Metrics} from './metrics';
import {createCommandSurface, type CommandSurface} from './commands';
import {listenForConfigChanges} from '../config/websocket';
import {ReminderScheduler} from './reminders';
import {StatusPublisher, statusStoreOverRest} from './status-publisher';
import {startMemoryRelease} from './memory-release';

export interface Bridge {
  /** Base URL the HTTP server listens on. */
  url: string;
  logger: Logger;
  metrics: Metrics;
  teleport: TeleportPort;
  settings: SettingsReader;
  processor: RequestProcessor;
  cluster(): ClusterInfo;
  status(): {ready: boolean; details: Record<string, unknown>};
  /** Resolves once Teleport answered Ping and the first watch reached INIT. */
  whenReady(timeoutMs?: number): Promise<void>;
  /** Drains work in flight, then closes everything. */
  stop(): Promise<void>;
}

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
  /** Bridge version shown in the System Console status. */
  version?: string;
  /** false: no websocket listener for config_changed (settings still poll). */
  configWebsocket?: boolean;
}

function identitySpec(config: BridgeConfig): IdentitySpec {
  const t = config.teleport;
  if (t.identity) return {identityFile: t.identity};
  return {keyFile: t.client_key!, certFile: t.client_crt!, caFile: t.root_cas!};
}

export async function startBridge(config: BridgeConfig, overrides: BridgeOverrides = {}): Promise<Bridge> {
  const logger = overrides.logger ?? pino({level: config.log.level, base: {service: 'teleport-mattermost-bridge', replica: config.bridge.replica_id}});
  const metrics = createMetrics();

  const secret = Buffer.from(readSecretValue(config.http.secret, 'http.secret'), 'utf8');
  if (secret.length < 32) throw new ConfigError('http.secret: expected at least 32 characters (shared by every replica; e.g. `openssl rand -hex 32`)');
  const token = readSecretValue(config.mattermost.token, 'mattermost.token');
  const publicUrl = config.http.public_url.replace(/\/+$/, '');

  // Teleport
  const credentials: CredentialSource = watchCredentials(identitySpec(config), {
    logger: logger.child({component: 'identity'}),
    pollIntervalMs: durationMs(config.teleport.refresh_identity_interval),
  });
  // Known once a credentials file was usable; the bridge also starts without one (see /readyz).
  const bridgeUser = (): string => {
    try {
      return credentials.current().user;
    } catch {
      return '';
    }
  };
  const teleport = timed(
    createTeleportClient({addr: config.teleport.addr, mode: config.teleport.mode, credentials, logger, pluginName: config.bridge.plugin_name}),
    metrics.teleportLatency,
    () => metrics.errors.inc({component: 'teleport'}),
  );

  // Mattermost
  const botClient = createBotClient(config.mattermost.url, token);
  const mattermost = timed(new RestMattermost(botClient), metrics.mattermostLatency, () => metrics.errors.inc({component: 'mattermost'}));
  const settings = new SettingsReader(
    async () => {
      const cfg = (await botClient.getConfig()) as unknown as {PluginSettings?: {Plugins?: Record<string, unknown>}};
      return cfg.PluginSettings?.Plugins?.[config.mattermost.plugin_id] ?? {};
    },
    logger.child({component: 'settings'}),
  );
  // Not awaited here: the settings read, the HTTP listener and the first Teleport Ping do not
  // depend on each other, so they run together; only the watch waits for the settings below.
  const settingsRead = settings.refresh();
  settings.start(durationMs(config.mattermost.settings_poll_interval));
  // Faster than polling where Mattermost sends config_changed to the bot; polling stays the fallback.
  const configListener =
    overrides.configWebsocket === false
      ? null
      : listenForConfigChanges({mattermostUrl: config.mattermost.url, token, logger: logger.child({component: 'settings'}), onConfigChanged: () => void settings.refresh()});

  const link = new ClusterLink(teleport, credentials, logger);
  const cluster = (): ClusterInfo => link.cluster;
  const capability = (): ReviewCapability => link.capability;
  const mapper = createIdentityMapper({teleport, mattermost, settings, logger: logger.child({component: 'mapping'})});
  settings.onChange(() => mapper.invalidate());

  const store = new RecordStore(teleport, config.bridge.plugin_name);
  const chat = new MattermostChat({mattermost, buttonsFor: signedButtons(secret, publicUrl + ACTION_PATH)});
  const recipients = new RecipientResolver(mattermost, (u) => mapper.toMattermost(u));
  const ruleRouting = new RuleRouting({teleport, plugin: config.bridge.plugin_name, logger: logger.child({component: 'routing'})});
  const lifecycle: LifecycleContext = {
    chat,
    store,
    settings,
    cardFor: cardDrawer({settings, cluster, capability, mattermostIdOf: (u) => mapper.toMattermost(u), bridgeUser, requestPromptOf: requestPromptSource(teleport)}),
    recipients: async (request, log) => {
      const route = routeRequest(request, await ruleRouting.match(request, log), settings.current().roleToRecipients);
      for (const bad of route.invalid) log.warn(bad, 'access monitoring rule recipient is neither an e-mail, a username nor team/channel; skipped');
      return recipients.resolve(request, route.recipients, log);
    },
    mattermostIdOf: (u) => mapper.toMattermost(u),
    replicaId: config.bridge.replica_id,
    get bridgeUser() {
      return bridgeUser();
    },
    logger: logger.child({component: 'cards'}),
    now: () => Date.now(),
    leaseTtlMs: overrides.leaseTtlMs ?? 30_000,
    onCardPosted: (via) => {
      metrics.cardsPosted.inc();
      if (via) ruleRouting.countCard(via);
    },
  };
  metrics.trackCallsPerCard(() => ({teleport: store.calls.reads + store.calls.writes, mattermost: chat.calls.reads + chat.calls.writes}));
  const processor = new RequestProcessor(teleport, lifecycle, logger.child({component: 'processor'}), {
    concurrency: config.bridge.concurrency,
    retryMinMs: 500,
    retryMaxMs: 60_000,
  });
  const reminders = new ReminderScheduler({
    pending: () => processor.pendingRequests(),
    lifecycle,
    settings,
    cluster,
    logger: logger.child({component: 'reminders'}),
    minuteMs: overrides.reminderMinuteMs ?? 60_000,
    scanIntervalMs: overrides.reminderScanMs ?? 15_000,
    onSent: (kind) => metrics.reminders.inc({kind}),
  });
  reminders.start();

  const reviews = createReviewHandlers({
    teleport,
    mattermost,
    settings,
    cluster,
    capability,
    secret,
    publicUrl,
    logger,
    mapper,
    onOutcome: (decision, outcome) => metrics.reviews.inc({decision, outcome}),
    ...(overrides.answerWithinMs !== undefined ? {answerWithinMs: overrides.answerWithinMs} : {}),
  });
  const commands: CommandSurface = createCommandSurface({
    teleport,
    mattermost,
    botClient,
    settings,
    cluster,
    capability,
    mapper,
    reviews,
    secret,
    publicUrl,
    logger,
    credentials,
    pluginName: config.bridge.plugin_name,
    siteUrl: config.mattermost.url,
  });

  let watch: WatchHandle | null = null;
  let stopped = false;
  const readyWaiters: (() => void)[] = [];
  const healthParts: HealthParts = {
    link,
    credentials,
    settings,
    watch: () => watch,
    requests: () => ({tracked: processor.tracked, in_flight: processor.inFlight}),
    liveReload: () => configListener?.connected ?? false,
    routing: () => ruleRouting.status(),
  };
  const status = (): Health => {
    metrics.connected.set(watch?.ready ? 1 : 0);
    metrics.tracked.set(processor.tracked);
    return health(healthParts);
  };

  const handlers: HttpHandlers = {
    action: (body) => reviews.action(body),
    dialog: (body) => reviews.dialog(body),
    command: (body, auth) => commands.command(body, auth),
    commandDialog: (body) => commands.dialog(body),
    status,
  };
  const statusPublisher = new StatusPublisher({
    store: statusStoreOverRest(botClient, () => mattermost.botUserId()),
    snapshot: () => consoleSnapshot(healthParts),
    replicaId: config.bridge.replica_id,
    version: overrides.version ?? 'unknown',
    logger: logger.child({component: 'status'}),
    now: () => Date.now(),
    ...(overrides.statusTickMs !== undefined ? {tickMs: overrides.statusTickMs} : {}),
    ...(overrides.statusHeartbeatMs !== undefined ? {heartbeatMs: overrides.statusHeartbeatMs} : {}),
  });
  statusPublisher.start();
  let eventsReceived = 0;
  const memoryRelease = startMemoryRelease({logger: logger.child({component: 'memory'}), workReceived: () => eventsReceived, working: () => processor.inFlight > 0});

  let registered: Promise<void> = Promise.resolve();
  void (async () => {
    await link.connect();
    // Routing and card content come from the settings: no request is handled before they are read.
    await settingsRead;
    // The first cards (the catch-up after INIT) already follow Teleport's rules.
    await ruleRouting.start();
    if (stopped) return;
    // Beside the watch, not before it: registering /teleport takes several Mattermost calls.
    registered = commands.register().catch((err: unknown) => logger.error({err: (err as Error).message}, '/teleport registration failed'));
    watch = teleport.watchRequests((event) => {
      eventsReceived++;
      metrics.events.inc({type: event.type});
      if (event.type === 'init') {
        for (const w of readyWaiters.splice(0)) w();
      }
      processor.handle(event);
    });
  })();

  const http = await startHttpServer({listen: config.http.listen, handlers, registry: metrics.registry, logger}).catch((err: unknown) => {
    // The Ping loop above already runs: a bridge that cannot listen must not keep watching.
    stopped = true;
    link.stop();
    watch?.close();
    throw err;
  });

  return {
    url: http.url,
    logger,
    metrics,
    teleport,
    settings,
    processor,
    cluster,
    status,
    whenReady: (timeoutMs = 20_000) =>
      new Promise<void>((resolve, reject) => {
        if (status().ready) return resolve();
        const timer = setTimeout(() => reject(new Error(`bridge not ready after ${timeoutMs} ms: ${JSON.stringify(status().details)}`)), timeoutMs);
        readyWaiters.push(() => {
          clearTimeout(timer);
          // In-process callers (tests, sandbox) may use /teleport at once: include its registration.
          void registered.then(() => resolve());
        });
      }),
    stop: async () => {
      stopped = true;
      link.stop();
      memoryRelease.stop();
      settings.stop();
      configListener?.close();
      statusPublisher.stop();
      reminders.stop();
      ruleRouting.stop();
      await reminders.idle();
      watch?.close();
      await processor.drain();
      await http.close();
      commands.close();
      teleport.close();
      credentials.close();
    },
  };
}
