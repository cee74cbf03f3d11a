/**
 * Assembles a running bridge from its configuration: Teleport client, Mattermost client, settings
 * reader, card pipeline, interaction receiver, HTTP server. Wiring only, one short function per
 * part; the only module that knows every other, so each piece stays testable alone.
 */
import {describe} from './errors';
import pino, {type Logger} from 'pino';
import type {BridgeConfig} from '../config/bridge-config';
import {ConfigError, durationMs, readSecretValue} from '../config/bridge-config';
import {SettingsReader} from '../config/settings-reader';
import type {ClusterInfo} from '../domain/request';
import {startHttpServer} from '../http/server';
import {createBotClient, RestMattermost} from '../mattermost/client';
import {createIdentityMapper, type IdentityMapper} from '../reviews/mapping';
import {createReviewerDirectory} from '../reviewers/directory';
import {decodeRecord} from '../requests/record';
import {createTeleportClient} from '../teleport/client';
import {watchCredentials} from '../teleport/credential-source';
import type {IdentitySpec} from '../teleport/identity';
import type {RequestEvent, TeleportPort, WatchHandle} from '../teleport/port';
import {MattermostChat} from '../chat/mattermost-chat';
import {wireRouting} from './routing-wiring';
import {signedButtons} from '../chat/buttons';
import {cardDrawer} from '../requests/cards';
import {requestPromptSource} from '../requests/prompts';
import {ClusterLink} from './cluster-link';
import {consoleSnapshot, health, type Health, type HealthParts} from './health';
import type {LifecycleContext} from '../requests/context';
import {RequestProcessor} from '../requests/processor';
import {RecordStore} from '../requests/record-store';
import {createMetrics, timed, type Metrics} from './metrics';
import {listenForConfigChanges} from '../config/websocket';
import {ReminderScheduler} from './reminders';
import {StatusPublisher, statusStoreOverRest} from './status-publisher';
import {startMemoryRelease} from './memory-release';
import {startYoungGeneration} from './young-generation';
import {batchedStdout} from './log-destination';
import type {BridgeIdentity, RuntimeContext} from '../interactions/context';
import {createInteractions} from '../interactions';
import {ACTION_PATH} from '../interactions/receiver';
import {keepCommandRegistered, type CommandRegistration} from '../interactions/registration';
import type {InboxCalls} from '../inbox/publisher';
import {requestAgainButton, startInboxOf} from './inbox';
import type {BridgeOverrides, CardPipeline, Core, MattermostSide, TeleportSide} from './wiring';

export type {BridgeOverrides} from './wiring';

export interface Bridge {
  /** Base URL the HTTP server listens on. */
  url: string;
  logger: Logger;
  metrics: Metrics;
  teleport: TeleportPort;
  settings: SettingsReader;
  processor: RequestProcessor;
  cluster(): ClusterInfo;
  /** Mattermost calls made for reviewer inboxes (membership reads, preference reads and writes, bytes written). */
  inboxCalls(): InboxCalls;
  status(): {ready: boolean; details: Record<string, unknown>};
  /** Resolves once Teleport answered Ping and the first watch reached INIT. */
  whenReady(timeoutMs?: number): Promise<void>;
  /** Drains work in flight, then closes everything. */
  stop(): Promise<void>;
}

function identitySpec(config: BridgeConfig): IdentitySpec {
  const t = config.teleport;
  if (t.identity) return {identityFile: t.identity};
  return {keyFile: t.client_key!, certFile: t.client_crt!, caFile: t.root_cas!};
}

function core(config: BridgeConfig, overrides: BridgeOverrides): Core & {token: string} {
  const logger = overrides.logger ?? pino({level: config.log.level, base: {service: 'teleport-mattermost-bridge', replica: config.bridge.replica_id}}, batchedStdout());
  const secret = Buffer.from(readSecretValue(config.http.secret, 'http.secret'), 'utf8');
  if (secret.length < 32) throw new ConfigError('http.secret: expected at least 32 characters (shared by every replica; e.g. `openssl rand -hex 32`)');
  const token = readSecretValue(config.mattermost.token, 'mattermost.token');
  return {config, overrides, logger, metrics: createMetrics(), secret, publicUrl: config.http.public_url.replace(/\/+$/, ''), token};
}

function connectTeleport({config, logger, metrics}: Core): TeleportSide {
  const credentials = watchCredentials(identitySpec(config), {
    logger: logger.child({component: 'identity'}),
    pollIntervalMs: durationMs(config.teleport.refresh_identity_interval),
  });
  // Known once a credentials file was usable; the bridge also starts without one (see /readyz).
  const current = () => {
    try {
      return credentials.current();
    } catch {
      return null;
    }
  };
  const identity: BridgeIdentity = {user: () => current()?.user ?? '', certExpiry: () => current()?.notAfter ?? null};
  const client = createTeleportClient({addr: config.teleport.addr, mode: config.teleport.mode, credentials, logger, pluginName: config.bridge.plugin_name});
  const teleport = timed(client, metrics.teleportLatency, () => metrics.errors.inc({component: 'teleport'}));
  return {credentials, identity, teleport, link: new ClusterLink(teleport, credentials, logger)};
}

function connectMattermost({config, overrides, logger, metrics}: Core, token: string): MattermostSide {
  const botClient = createBotClient(config.mattermost.url, token);
  const mattermost = timed(new RestMattermost(botClient), metrics.mattermostLatency, () => metrics.errors.inc({component: 'mattermost'}));
  const log = logger.child({component: 'settings'});
  const settings = new SettingsReader(async () => {
    const cfg = (await botClient.getConfig()) as unknown as {PluginSettings?: {Plugins?: Record<string, unknown>}};
    return cfg.PluginSettings?.Plugins?.[config.mattermost.plugin_id] ?? {};
  }, log);
  // Not awaited here: the settings read, the HTTP listener and the first Teleport Ping do not
  // depend on each other, so they run together; only the watch waits for the settings.
  const settingsRead = settings.refresh();
  settings.start(durationMs(config.mattermost.settings_poll_interval));
  // Faster than polling where Mattermost sends config_changed to the bot; polling stays the fallback.
  const configListener =
    overrides.configWebsocket === false ? null : listenForConfigChanges({mattermostUrl: config.mattermost.url, token, logger: log, onConfigChanged: () => void settings.refresh()});
  return {botClient, mattermost, settings, settingsRead, configListener};
}

function startCardPipeline(c: Core, t: TeleportSide, m: MattermostSide, mapper: IdentityMapper): CardPipeline {
  const {config, overrides, logger, metrics} = c;
  const store = new RecordStore(t.teleport, config.bridge.plugin_name);
  const chat = new MattermostChat({mattermost: m.mattermost, buttonsFor: signedButtons(c.secret, c.publicUrl + ACTION_PATH)});
  const {routing, recipients} = wireRouting(c, t, m, mapper);
  const cluster = () => t.link.cluster;
  const lifecycle: LifecycleContext = {
    chat,
    store,
    settings: m.settings,
    cardFor: cardDrawer({
      settings: m.settings,
      cluster,
      capability: () => t.link.capability,
      mattermostIdOf: (u) => mapper.toMattermost(u),
      bridgeUser: t.identity.user,
      requestPromptOf: requestPromptSource(t.teleport),
    }),
    recipients,
    mattermostIdOf: (u) => mapper.toMattermost(u),
    replicaId: config.bridge.replica_id,
    get bridgeUser() {
      return t.identity.user();
    },
    logger: logger.child({component: 'cards'}),
    now: () => Date.now(),
    leaseTtlMs: overrides.leaseTtlMs ?? 30_000,
    onCardPosted: (requestId, via, rule) => {
      metrics.cardsPosted.inc();
      if (via) routing.countCard(requestId, via, rule);
    },
  };
  metrics.trackCallsPerCard(() => ({teleport: store.calls.reads + store.calls.writes, mattermost: chat.calls.reads + chat.calls.writes}));
  const processor = new RequestProcessor(t.teleport, lifecycle, logger.child({component: 'processor'}), {
    concurrency: config.bridge.concurrency,
    retryMinMs: 500,
    retryMaxMs: 60_000,
  });
  const reminders = new ReminderScheduler({
    pending: () => processor.pendingRequests(),
    granted: () => processor.grantedRequests(),
    requestAgainButton: requestAgainButton(c.secret, c.publicUrl + ACTION_PATH),
    lifecycle,
    settings: m.settings,
    cluster,
    logger: logger.child({component: 'reminders'}),
    minuteMs: overrides.reminderMinuteMs ?? 60_000,
    scanIntervalMs: overrides.reminderScanMs ?? 15_000,
    onSent: (kind) => metrics.reminders.inc({kind}),
  });
  reminders.start();
  return {processor, reminders, routing, store, chat};
}

function runtimeContext(c: Core, t: TeleportSide, m: MattermostSide, mapper: IdentityMapper): RuntimeContext {
  return {
    settings: m.settings,
    cluster: () => t.link.cluster,
    capability: () => t.link.capability,
    identity: t.identity,
    teleport: t.teleport,
    mattermost: m.mattermost,
    mapper,
    reviewers: createReviewerDirectory({teleport: t.teleport}),
    cardLinks: {
      mattermost: m.mattermost,
      siteUrl: c.config.mattermost.url,
      cardPosts: async (requestId) => decodeRecord(await t.teleport.getPluginData(requestId, c.config.bridge.plugin_name)).posts,
    },
    secret: c.secret,
    publicUrl: c.publicUrl,
    logger: c.logger,
    now: () => Date.now(),
    answerWithinMs: c.overrides.answerWithinMs ?? 2500,
    onReviewOutcome: (decision, outcome) => c.metrics.reviews.inc({decision, outcome}),
  };
}

function startStatusPublisher(c: Core, m: MattermostSide, healthParts: HealthParts): StatusPublisher {
  const publisher = new StatusPublisher({
    store: statusStoreOverRest(m.botClient, () => m.mattermost.botUserId()),
    snapshot: () => consoleSnapshot(healthParts),
    replicaId: c.config.bridge.replica_id,
    version: c.overrides.version ?? 'unknown',
    logger: c.logger.child({component: 'status'}),
    now: () => Date.now(),
    ...(c.overrides.statusTickMs !== undefined ? {tickMs: c.overrides.statusTickMs} : {}),
    ...(c.overrides.statusHeartbeatMs !== undefined ? {heartbeatMs: c.overrides.statusHeartbeatMs} : {}),
  });
  publisher.start();
  return publisher;
}

/** What /readyz, the metrics and the System Console status report read. */
function healthOf(c: Core, t: TeleportSide, m: MattermostSide, cards: CardPipeline, watcher: Watcher): {healthParts: HealthParts; status: () => Health} {
  const healthParts: HealthParts = {
    link: t.link,
    credentials: t.credentials,
    settings: m.settings,
    watch: () => watcher.watching,
    requests: () => ({tracked: cards.processor.tracked, in_flight: cards.processor.inFlight}),
    liveReload: () => m.configListener?.connected ?? false,
    routing: () => cards.routing.status(),
  };
  const status = (): Health => {
    c.metrics.connected.set(watcher.watching?.ready ? 1 : 0);
    c.metrics.tracked.set(cards.processor.tracked);
    return health(healthParts);
  };
  return {healthParts, status};
}

/**
 * The request watch. It opens as soon as Teleport answered, beside the reads of the settings and
 * the rules, and what it delivers waits, in order, until both are in: routing and card content
 * come from them, so the first cards (the catch-up after INIT) already follow them. Opening it only
 * after them cost a start 15-40 ms on the real peers, where Mattermost's GET /config is slow. The
 * bridge is ready (readiness, /readyz) when the watch is and the rules were read.
 */
class Watcher {
  handle: WatchHandle | null = null;
  stopped = false;
  eventsReceived = 0;
  /**
   * Milliseconds since the process started (performance.now()) at each start-up step, logged once
   * the bridge is ready: where a slow start went, without a profiler.
   */
  readonly startup: Record<string, number> = {};
  /** /teleport registration, which in-process callers (tests, sandbox) wait for with readiness. */
  registered: Promise<void> = Promise.resolve();
  private readonly readyWaiters: (() => void)[] = [];
  private routed = false;
  private initSeen = false;

  /** The watch once requests are handled: until the rules are read it is not ready, whatever it says. */
  get watching(): WatchHandle | null {
    return this.routed ? this.handle : null;
  }

  start(c: Core, t: TeleportSide, m: MattermostSide, cards: CardPipeline, registration: CommandRegistration): void {
    const startup = this.startup;
    startup['wiring_done'] = Math.round(performance.now());
    void (async () => {
      // The watch needs Teleport's answer (credentials, cluster).
      await t.link.connect();
      startup['teleport_answered'] = Math.round(performance.now());
      if (this.stopped) return;
      // The settings (Mattermost) and the rules (Teleport) do not depend on each other.
      const routed = Promise.all([
        m.settingsRead.then(() => {
          startup['settings_read'] = Math.round(performance.now());
        }),
        cards.routing.start().then(() => {
          startup['rules_read'] = Math.round(performance.now());
        }),
      ]);
      // After the settings read, not beside it: registering /teleport takes several Mattermost
      // calls, which would compete with GET /config, the slowest call of a start (35-50 ms of
      // server work on a warm real 11.4; GET /users/me takes 2).
      this.registered = routed
        .then(() => (this.stopped ? undefined : registration.register()))
        .catch((err: unknown) => {
          c.logger.error({err: describe(err)}, '/teleport registration failed');
        });
      const waiting: RequestEvent[] = [];
      this.handle = t.teleport.watchRequests((event) => {
        this.eventsReceived++;
        c.metrics.events.inc({type: event.type});
        if (event.type === 'init') {
          startup['watching'] ??= Math.round(performance.now());
          this.initSeen = true;
        }
        if (this.routed) cards.processor.handle(event);
        else waiting.push(event);
        this.settle(c);
      });
      await routed;
      if (this.stopped) return;
      this.routed = true;
      for (const event of waiting.splice(0)) cards.processor.handle(event);
      this.settle(c);
    })();
  }

  /** Once both the watch's INIT and the rules are in: the start-up line, and readiness. */
  private settle(c: Core): void {
    if (!this.routed || !this.initSeen) return;
    if (this.startup['ready'] === undefined) {
      this.startup['ready'] = Math.round(performance.now());
      c.logger.info({startup_ms: this.startup}, 'watching access requests');
    }
    for (const w of this.readyWaiters.splice(0)) w();
  }

  whenReady(ready: () => Health, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (ready().ready) return resolve();
      const timer = setTimeout(() => reject(new Error(`bridge not ready after ${timeoutMs} ms: ${JSON.stringify(ready().details)}`)), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        void this.registered.then(() => resolve());
      });
    });
  }
}

export async function startBridge(config: BridgeConfig, overrides: BridgeOverrides = {}): Promise<Bridge> {
  const modulesLoaded = Math.round(performance.now());
  const {token, ...c} = core(config, overrides);
  const t = connectTeleport(c);
  const m = connectMattermost(c, token);
  const mapper = createIdentityMapper({teleport: t.teleport, mattermost: m.mattermost, settings: m.settings, logger: c.logger.child({component: 'mapping'})});
  m.settings.onChange(() => mapper.invalidate());
  const cards = startCardPipeline(c, t, m, mapper);
  const inboxSide = startInboxOf(c, t, m, cards, mapper);
  const registration = keepCommandRegistered({botClient: m.botClient, settings: m.settings, publicUrl: c.publicUrl, logger: c.logger});
  const interactions = createInteractions(runtimeContext(c, t, m, mapper), registration.tokens);

  const watcher = new Watcher();
  watcher.startup['modules_loaded'] = modulesLoaded;
  const {healthParts, status} = healthOf(c, t, m, cards, watcher);
  const statusPublisher = startStatusPublisher(c, m, healthParts);
  const working = (): boolean => cards.processor.inFlight > 0;
  const memoryRelease = startMemoryRelease({logger: c.logger.child({component: 'memory'}), workReceived: () => watcher.eventsReceived, working});
  const youngGeneration = startYoungGeneration({busy: working});
  watcher.start(c, t, m, cards, registration);

  const http = await startHttpServer({listen: config.http.listen, handlers: {interactions, status}, registry: c.metrics.registry, logger: c.logger}).catch((err: unknown) => {
    // The Ping loop already runs: a bridge that cannot listen must not keep watching.
    watcher.stopped = true;
    t.link.stop();
    watcher.handle?.close();
    throw err;
  });

  const stop = async (): Promise<void> => {
    watcher.stopped = true;
    t.link.stop();
    for (const part of [memoryRelease, youngGeneration, m.settings, statusPublisher, cards.reminders, inboxSide.inbox, inboxSide.digests, cards.routing]) part.stop();
    m.configListener?.close();
    await cards.reminders.idle();
    watcher.handle?.close();
    await cards.processor.drain();
    await http.close();
    registration.close();
    t.teleport.close();
    t.credentials.close();
  };
  const cluster = () => t.link.cluster;
  const inboxCalls = () => ({...inboxSide.inbox.calls});
  const whenReady = (timeoutMs = 20_000) => watcher.whenReady(status, timeoutMs);
  return {
    url: http.url,
    logger: c.logger,
    metrics: c.metrics,
    teleport: t.teleport,
    settings: m.settings,
    processor: cards.processor,
    cluster,
    inboxCalls,
    status,
    whenReady,
    stop,
  };
}
