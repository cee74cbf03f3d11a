/**
 * The in-repo Teleport Auth peer: a gRPC server over mTLS serving the proto subset the bridge uses,
 * seeded from the story, with identity files for every story user, expiry, and fault injection.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import {z} from 'zod';
import {loadTeleportProtos} from '../../../server-bridge/src/teleport/proto/load';
import {BRIDGE_TELEPORT_USER, STORY_CLUSTER, type StoryUserName} from '../story';
import type {TeleportFaults, TeleportPeer} from '../types';
import {startAlpnProxy, type AlpnProxy} from './alpn-proxy';
import {authServiceHandlers, usersServiceHandlers, type ServiceContext} from './auth-service';
import {monitoringRulesHandlers} from './monitoring-rules';
import {AUTH_SERVER_NAME, authAlpnProtocol, createClusterCA, issueServerCert, writeIdentityFile, writeTlsTrio, type ClusterCA, type TlsTrioPaths, type UserCert} from './certs';
import {FaultPlan} from './faults';
import {ADMIN_USER, seedStory} from './seed';
import {PeerStore} from './store';

export {AUTH_SERVER_NAME, authAlpnProtocol} from './certs';

const optionsSchema = z.object({
  clusterName: z.string().min(1, 'clusterName must be a non-empty cluster name').default(STORY_CLUSTER),
  version: z
    .string()
    .regex(/^v?\d+\.\d+\.\d+/, 'version must be a semver string such as "18.11.0"')
    .default('18.11.0'),
  traits: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  dir: z.string().optional(),
  port: z.number().int().min(0).max(65535).default(0),
  certTTLSeconds: z.number().int().positive('certTTLSeconds must be a positive number of seconds').default(3600),
  advancedAccessWorkflows: z.boolean().default(true),
  proxyPublicAddr: z.string().default('teleport.story.example.com:443'),
  /** Also start the ALPN-routing Proxy listener (proxyAddr). */
  proxy: z.boolean().default(true),
  /** Serve access monitoring rules, service and watch kind (false: a cluster before v15/v16, as 13.3.8). */
  accessMonitoringRules: z.boolean().default(true),
  /** Serve teleport.users.v1.UsersService (false: behave like a cluster before v15). */
  usersService: z.boolean().default(true),
  /** How often expired requests are swept, in ms. */
  sweepIntervalMs: z.number().int().positive().default(250),
});

export type StartTeleportPeerOptions = z.input<typeof optionsSchema>;

export type IdentityName = 'bridge' | 'admin' | StoryUserName;

export interface InRepoTeleportPeer extends TeleportPeer {
  kind: 'in-repo';
  faults: TeleportFaults;
  /** Backend state (roles, users, requests, plugin data); tests may inspect or seed it directly. */
  store: PeerStore;
  ca: ClusterCA;
  /** PEM file with the cluster CA, for clients configured with root_cas. */
  caPath: string;
  /** TLS server name to use (grpc.ssl_target_name_override). */
  serverName: string;
  /** The Teleport user name behind an identity name ('bridge' → mattermost-bridge). */
  userName(who: IdentityName): string;
  /** Rewrites `who`'s identity file with a fresh key and certificate (as tbot renewal does). */
  rotateIdentity(who: IdentityName, ttlSeconds?: number): Promise<UserCert>;
  /** Writes an identity file for any user at `file` (e.g. a user added to the store by a test). */
  writeIdentity(file: string, user: string, ttlSeconds?: number): Promise<UserCert>;
  /** Writes the `--format=tls` trio for `who` under the peer's dir and returns the paths. */
  writeTlsTrio(who: IdentityName, ttlSeconds?: number): Promise<TlsTrioPaths>;
  /** Sets the traits of a user (e.g. after the Mattermost peer created its users). */
  setTraits(user: string, traits: Record<string, string[]>): void;
  /** Adds (or replaces) a Teleport user, e.g. a second user carrying the same mapping trait. */
  addUser(user: {name: string; roles: string[]; traits?: Record<string, string[]>}): void;
}

const IDENTITIES: IdentityName[] = ['bridge', 'admin', 'alice', 'bob', 'ivan', 'carol'];

export async function startTeleportPeer(input: StartTeleportPeerOptions = {}): Promise<InRepoTeleportPeer> {
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ');
    throw new Error(`startTeleportPeer: invalid options: ${issues}`);
  }
  const opts = parsed.data;
  const ownsDir = !opts.dir;
  const dir = opts.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'teleport-peer-')));

  const ca = await createClusterCA(opts.clusterName);
  const serverCert = await issueServerCert(ca);
  const caPath = path.join(dir, 'cluster-ca.pem');
  await writeFile(caPath, ca.certPem, {mode: 0o644});

  const store = new PeerStore();
  seedStory(store, opts.traits);
  const faults = new FaultPlan();
  let version = opts.version;
  const ctx: ServiceContext = {
    store,
    faults,
    clusterName: opts.clusterName,
    getVersion: () => version,
    advancedAccessWorkflows: opts.advancedAccessWorkflows,
    proxyPublicAddr: opts.proxyPublicAddr,
    accessMonitoringRules: opts.accessMonitoringRules,
    streams: new Set(),
  };

  const userName = (who: IdentityName) => (who === 'bridge' ? BRIDGE_TELEPORT_USER : who === 'admin' ? ADMIN_USER : who);
  const identityPath = (who: IdentityName) => path.join(dir, `${who}.identity`);
  const writeIdentity = (file: string, user: string, ttl = opts.certTTLSeconds) => writeIdentityFile(file, ca, user, ttl, store.users.get(user)?.roles ?? []);
  for (const who of IDENTITIES) await writeIdentity(identityPath(who), userName(who));

  const {AuthService, UsersService, AccessMonitoringRulesService} = loadTeleportProtos();
  const credentials = grpc.ServerCredentials.createSsl(Buffer.from(ca.certPem), [{cert_chain: Buffer.from(serverCert.certPem), private_key: Buffer.from(serverCert.keyPem)}], true);

  const listen = async (port: number): Promise<{server: grpc.Server; port: number}> => {
    const server = new grpc.Server();
    server.addService(AuthService.service, authServiceHandlers(ctx));
    if (opts.usersService) server.addService(UsersService.service, usersServiceHandlers(ctx));
    if (opts.accessMonitoringRules) server.addService(AccessMonitoringRulesService.service, monitoringRulesHandlers(ctx));
    const bound = await new Promise<number>((resolve, reject) => server.bindAsync(`127.0.0.1:${port}`, credentials, (err, p) => (err ? reject(err) : resolve(p))));
    return {server, port: bound};
  };

  let current = await listen(opts.port);
  const port = current.port;
  const authAddr = `127.0.0.1:${port}`;

  const endStreams = (code: grpc.status, details: string) => {
    for (const s of [...ctx.streams]) {
      ctx.streams.delete(s);
      s.emit('error', {code, details});
    }
  };

  const sweep = setInterval(() => store.expireDue(new Date()), opts.sweepIntervalMs);
  sweep.unref();

  let proxy: AlpnProxy | null = null;
  if (opts.proxy) {
    proxy = await startAlpnProxy({requiredAlpn: authAlpnProtocol(opts.clusterName), target: () => ({host: '127.0.0.1', port})});
  }

  const faultApi: TeleportFaults = {
    dropStreams: () => endStreams(grpc.status.UNAVAILABLE, 'watcher closed (injected fault)'),
    setDelay: (ms: number) => {
      if (!(ms >= 0)) throw new Error(`setDelay: ms must be >= 0, got ${ms}`);
      faults.delayMs = ms;
    },
    failNext: (method, code, count) => faults.failNext(method, code, count),
    restart: async () => {
      endStreams(grpc.status.UNAVAILABLE, 'server is shutting down');
      current.server.forceShutdown();
      // The port was just released; retry briefly in case the OS has not let go of it yet.
      for (let attempt = 0; ; attempt++) {
        try {
          current = await listen(port);
          return;
        } catch (e) {
          if (attempt >= 20) throw e;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    },
    expire: (requestId: string) => {
      if (!store.deleteRequest(requestId)) throw new Error(`expire: no access request "${requestId}" in the peer`);
    },
    setVersion: (v: string) => {
      if (!/^v?\d+\.\d+\.\d+/.test(v)) throw new Error(`setVersion: expected a semver string such as "18.10.2", got "${v}"`);
      version = v;
    },
  };

  let stopped = false;
  return {
    kind: 'in-repo',
    authAddr,
    clusterName: opts.clusterName,
    get version() {
      return version;
    },
    identityFile: (who: IdentityName) => {
      if (!IDENTITIES.includes(who)) throw new Error(`identityFile: unknown identity "${who}" (expected one of ${IDENTITIES.join(', ')})`);
      return identityPath(who);
    },
    proxyAddr: proxy?.addr ?? null,
    faults: faultApi,
    store,
    ca,
    caPath,
    serverName: AUTH_SERVER_NAME,
    userName,
    rotateIdentity: (who, ttl) => writeIdentity(identityPath(who), userName(who), ttl),
    writeIdentity,
    writeTlsTrio: async (who, ttl = opts.certTTLSeconds) => {
      const user = userName(who);
      const {crt, key, cas} = await writeTlsTrio(path.join(dir, who), ca, user, ttl, store.users.get(user)?.roles ?? []);
      return {crt, key, cas};
    },
    setTraits: (user, traits) => {
      const u = store.users.get(user);
      if (!u) throw new Error(`setTraits: no Teleport user "${user}" in the peer`);
      u.traits = structuredClone(traits);
    },
    addUser: ({name, roles, traits = {}}) => {
      if (!name) throw new Error('addUser: name must be a non-empty Teleport user name');
      const unknown = roles.filter((r) => !store.roles.has(r));
      if (unknown.length > 0) throw new Error(`addUser: unknown role(s) ${unknown.join(', ')} for user "${name}"`);
      store.users.set(name, {name, roles: [...roles], traits: structuredClone(traits), createdAt: new Date(), createdBy: ADMIN_USER});
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(sweep);
      endStreams(grpc.status.UNAVAILABLE, 'server is shutting down');
      store.clearListeners();
      current.server.forceShutdown();
      await proxy?.close();
      if (ownsDir) await rm(dir, {recursive: true, force: true});
    },
  };
}
