/**
 * TeleportPort over @grpc/grpc-js.
 *
 * Credentials reloads build a new channel for new calls; calls and the watch already running on
 * the old channel finish there, and the old channel is closed once nothing uses it.
 */
import {randomUUID} from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {AccessRequest, TeleportUser} from '../domain/request';
import type {CredentialSource} from './credential-source';
import {decodeAccessRequest, decodeCapabilities, decodePing, decodePluginData, decodePluginDataList, decodeUser, toTimestamp} from './decode';
import {decodeRole} from './decode-role';
import {toTeleportError} from './errors';
import type {TeleportCredentials} from './identity';
import {TeleportError, type AccessCapabilities, type CreateRequestInput, type MonitoringRulesPort, type RequestEvent, type TeleportPort, type WatchHandle} from './port';
import {loadTeleportProtos} from './proto/load';
import type {AuthServiceClient} from './proto/generated/proto/AuthService';
import type {UsersServiceClient} from './proto/generated/teleport/users/v1/UsersService';
import type {AccessRequestV3} from './proto/generated/types/AccessRequestV3';
import type {AccessRequestFilter} from './proto/generated/types/AccessRequestFilter';
import type {AccessReviewSubmission} from './proto/generated/types/AccessReviewSubmission';
import type {ListAccessRequestsResponse__Output} from './proto/generated/proto/ListAccessRequestsResponse';
import type {ListUsersResponse__Output} from './proto/generated/teleport/users/v1/ListUsersResponse';
import type {GetUserResponse__Output} from './proto/generated/teleport/users/v1/GetUserResponse';
import type {PluginDataUpdateParams} from './proto/generated/types/PluginDataUpdateParams';
import {directChannel, explainConnectionFailure, shimChannel, startAlpnShim, type AlpnShim, type TransportChannel, type TransportMode} from './transport';
import {watchEvents, watchRequests, type WatchStream} from './watch';
import {decodeMonitoringRule} from './decode-rule';
import {ACCESS_MONITORING_RULE, RULES} from './rule-watch';
import type {MonitoringRule, RuleEvent} from '../domain/monitoring-rule';
import type {AccessMonitoringRulesServiceClient} from './proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRulesService';
import type {ListAccessMonitoringRulesResponse__Output} from './proto/generated/teleport/accessmonitoringrules/v1/ListAccessMonitoringRulesResponse';

export interface TeleportClientOptions {
  /** host:port of the Auth Service (mode 'auth') or the Proxy with TLS routing (mode 'proxy'). */
  addr: string;
  mode: TransportMode;
  credentials: CredentialSource;
  logger: Logger;
  /** Sent as the gRPC user agent; plugin data is keyed by the name each call passes. */
  pluginName: string;
  /** Per-call deadline. Default 10 s. */
  callTimeoutMs?: number;
  /** WatchEvents INIT deadline. Default 15 s. */
  watchInitTimeoutMs?: number;
}

const LIST_PAGE_SIZE = 200;
const ACCESS_REQUEST = 'access_request';

interface Generation {
  auth: AuthServiceClient;
  users: UsersServiceClient;
  rules: AccessMonitoringRulesServiceClient;
  channel: TransportChannel;
  inUse: number;
  retired: boolean;
}

type Callback = (err: grpc.ServiceError | null, response?: unknown) => void;
type UnaryMethod = (request: unknown, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback) => grpc.ClientUnaryCall;

export function createTeleportClient(opts: TeleportClientOptions): TeleportPort & MonitoringRulesPort {
  const log = opts.logger.child({component: 'teleport'});
  const protos = loadTeleportProtos();
  const timeoutMs = opts.callTimeoutMs ?? 10_000;
  const userAgent = `teleport-mattermost-bridge/${opts.pluginName}`;
  let shim: AlpnShim | null = null;
  if (opts.mode === 'proxy') shim = startAlpnShim(opts.addr, () => opts.credentials.current(), log);

  const build = (creds: TeleportCredentials): Generation => {
    const channel = shim ? shimChannel(shim, userAgent) : directChannel(opts.addr, creds, userAgent);
    const auth = new protos.AuthService(channel.target, channel.credentials, channel.options) as unknown as AuthServiceClient;
    // Second client on the same channel: both services travel over one HTTP/2 connection.
    const users = new protos.UsersService(channel.target, channel.credentials, {
      ...channel.options,
      channelOverride: auth.getChannel(),
    }) as unknown as UsersServiceClient;
    const rules = new protos.AccessMonitoringRulesService(channel.target, channel.credentials, {
      ...channel.options,
      channelOverride: auth.getChannel(),
    }) as unknown as AccessMonitoringRulesServiceClient;
    return {auth, users, rules, channel, inUse: 0, retired: false};
  };
  const dispose = (g: Generation): void => {
    g.auth.close();
    g.channel.close();
  };

  // Built on first use when the credentials are unusable at start (the source reports why).
  let current: Generation | null = null;
  try {
    current = build(opts.credentials.current());
  } catch {
    current = null;
  }
  let closed = false;
  const watches = new Set<WatchHandle>();
  const unsubscribe = opts.credentials.onReload((creds) => {
    if (closed) return;
    const old = current;
    current = build(creds);
    if (old) {
      old.retired = true;
      if (old.inUse === 0) dispose(old);
    }
    log.info({user: creds.user, notAfter: creds.notAfter.toISOString()}, 'new Teleport calls use the reloaded credentials');
  });

  const acquire = (): {gen: Generation; release: () => void} => {
    if (closed) throw new TeleportError('ConnectionProblem', 'Teleport client is closed');
    if (!current) {
      try {
        current = build(opts.credentials.current());
      } catch (err) {
        throw new TeleportError('ConnectionProblem', (err as Error).message);
      }
    }
    const gen = current;
    gen.inUse++;
    let released = false;
    return {
      gen,
      release() {
        if (released) return;
        released = true;
        gen.inUse--;
        if (gen.retired && gen.inUse === 0) dispose(gen);
      },
    };
  };

  const deadline = (): grpc.CallOptions => ({deadline: Date.now() + timeoutMs});

  /** A connection failure caused by the credentials or the Proxy's routing, said so. */
  const explained = (err: unknown, method: string): TeleportError => {
    const e = toTeleportError(err, method);
    if (e.kind !== 'ConnectionProblem') return e;
    // Through the shim grpc-js only sees the local socket close; the shim kept the TLS error.
    const fromShim = shim?.lastFailure() ?? null;
    if (fromShim) return new TeleportError('ConnectionProblem', fromShim, e.grpcCode);
    let why: string | null = null;
    try {
      why = explainConnectionFailure(e.message, opts.credentials.current(), opts.addr, opts.mode);
    } catch {
      // No credentials at all: the credential source has reported that already.
    }
    return why ? new TeleportError('ConnectionProblem', why, e.grpcCode) : e;
  };

  function unary<T>(service: 'auth' | 'users' | 'rules', method: string, request: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // acquire() throws when the client is closed; inside an executor that rejects the promise.
      const lease = acquire();
      const client = lease.gen[service] as unknown as Record<string, UnaryMethod>;
      const fn = client[method];
      if (!fn) {
        lease.release();
        reject(new TeleportError('NotImplemented', `${method} is not in the bridge's Teleport proto`));
        return;
      }
      fn.call(client, request, new grpc.Metadata(), deadline(), (err, response) => {
        lease.release();
        if (err) reject(explained(err, method));
        else resolve(response as T);
      });
    });
  }

  function serverStream<T>(method: string, request: object): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      // acquire() throws when the client is closed; inside an executor that rejects the promise.
      const lease = acquire();
      const client = lease.gen.auth as unknown as Record<string, (req: unknown, md: grpc.Metadata, o: grpc.CallOptions) => grpc.ClientReadableStream<T>>;
      const stream = client[method]!.call(client, request, new grpc.Metadata(), deadline());
      const items: T[] = [];
      stream.on('data', (item: T) => items.push(item));
      stream.on('error', (err) => {
        lease.release();
        reject(explained(err, method));
      });
      stream.on('end', () => {
        lease.release();
        resolve(items);
      });
    });
  }

  /** Decodes each request, skipping (and logging) malformed ones so one bad object cannot hide the rest. */
  const decodeAll = (raw: unknown[]): AccessRequest[] => {
    const out: AccessRequest[] = [];
    for (const r of raw) {
      try {
        out.push(decodeAccessRequest(r));
      } catch (err) {
        log.error({err: (err as Error).message}, 'skipping malformed access request');
      }
    }
    return out;
  };

  async function listRaw(filter: AccessRequestFilter): Promise<unknown[]> {
    const all: unknown[] = [];
    let startKey = '';
    try {
      do {
        const page = await unary<ListAccessRequestsResponse__Output>('auth', 'ListAccessRequests', {
          Filter: filter,
          Sort: 'DEFAULT',
          Descending: false,
          Limit: LIST_PAGE_SIZE,
          StartKey: startKey,
        });
        all.push(...page.AccessRequests);
        startKey = page.NextKey;
      } while (startKey !== '');
      return all;
    } catch (err) {
      // ListAccessRequests reached v15 only in a later patch release.
      if (err instanceof TeleportError && err.kind === 'NotImplemented' && startKey === '') {
        log.debug('ListAccessRequests is not implemented; falling back to GetAccessRequestsV2');
        return serverStream<unknown>('GetAccessRequestsV2', filter);
      }
      throw err;
    }
  }

  /** Set once the cluster answered UNIMPLEMENTED for UsersService (Teleport before v15). */
  let legacyUsers = false;

  /** One watch on the current channel, closed with the client. */
  const watchKind = (kind: string, start: (open: () => WatchStream) => WatchHandle): WatchHandle => {
    const handle = start(() => {
      const lease = acquire();
      const stream = lease.gen.auth.WatchEvents({Kinds: [{Kind: kind}], AllowPartialSuccess: false}, new grpc.Metadata());
      return {stream, release: lease.release};
    });
    watches.add(handle);
    return {
      get ready() {
        return handle.ready;
      },
      close() {
        watches.delete(handle);
        handle.close();
      },
    };
  };
  const watchInit = opts.watchInitTimeoutMs !== undefined ? {initTimeoutMs: opts.watchInitTimeoutMs} : {};

  async function listRules(plugin: string, filtered: boolean): Promise<MonitoringRule[]> {
    const rules: MonitoringRule[] = [];
    let token = '';
    do {
      // The page size Teleport's plugins use; the server may answer fewer.
      const request = filtered ? {page_size: 1000, page_token: token, subjects: [ACCESS_REQUEST], notification_name: plugin} : {page_size: 1000, page_token: token};
      const page = await unary<ListAccessMonitoringRulesResponse__Output>('rules', filtered ? 'ListAccessMonitoringRulesWithFilter' : 'ListAccessMonitoringRules', request);
      for (const raw of page.rules) {
        try {
          rules.push(decodeMonitoringRule(raw));
        } catch (err) {
          log.error({err: (err as Error).message, rule: raw.metadata?.name}, 'skipping malformed access monitoring rule');
        }
      }
      token = page.next_page_token;
    } while (token !== '');
    // The filter is a server-side convenience; the rule book applies the same test again.
    return rules.filter((r) => r.notification?.name === plugin && r.subjects.includes(ACCESS_REQUEST));
  }

  const port: TeleportPort & MonitoringRulesPort = {
    async ping() {
      return decodePing(await unary('auth', 'Ping', {}));
    },

    watchRequests(onEvent: (event: RequestEvent) => void): WatchHandle {
      return watchKind(ACCESS_REQUEST, (open) => watchRequests({logger: log, onEvent, open, ...watchInit}));
    },

    async listMonitoringRules(plugin) {
      try {
        return await listRules(plugin, true);
      } catch (err) {
        // A cluster with the service but without the filtered list: list all and filter here.
        if (err instanceof TeleportError && err.kind === 'NotImplemented' && /WithFilter/.test(err.message)) return listRules(plugin, false);
        throw err;
      }
    },

    watchMonitoringRules(onEvent: (event: RuleEvent) => void): WatchHandle {
      return watchKind(ACCESS_MONITORING_RULE, (open) => watchEvents({logger: log, onEvent, open, ...watchInit}, RULES));
    },

    async listRequests(filter) {
      return decodeAll(await listRaw({State: filter.state ?? 'NONE', User: filter.user ?? ''}));
    },

    async getRequest(id) {
      if (id === '') return null;
      const raw = await listRaw({ID: id});
      const match = decodeAll(raw).find((r) => r.id === id);
      return match ?? null;
    },

    async createRequest(input: CreateRequestInput) {
      // Built fresh, shaped like Go's types.NewAccessRequest: gogoproto always serialises the
      // non-nullable timestamps (Created, Expires, MaxDuration, SessionTTL), as zero time when
      // unset; nullable ones (Metadata.Expires, AssumeStartTime, ResourceExpiry) are left out.
      // The server replaces Metadata.Name with its own ID.
      const request: AccessRequestV3 = {
        Kind: ACCESS_REQUEST,
        Version: 'v3',
        Metadata: {Name: randomUUID(), Namespace: 'default'},
        Spec: {
          User: input.user,
          Roles: input.roles,
          State: 'PENDING',
          Created: toTimestamp(null),
          Expires: toTimestamp(null),
          RequestReason: input.reason,
          SuggestedReviewers: input.suggestedReviewers,
          DryRun: input.dryRun,
          MaxDuration: toTimestamp(input.maxDuration),
          SessionTTL: toTimestamp(null),
        },
      };
      return decodeAccessRequest(await unary('auth', 'CreateAccessRequestV2', request));
    },

    async submitReview(input) {
      // Author is the human, submitted_on_behalf_of_author selects the plugin path,
      // SubmittedBy is left for the server to record; Roles empty means "all requested roles".
      const submission: AccessReviewSubmission = {
        RequestID: input.requestId,
        Review: {
          Author: input.author,
          Roles: [],
          ProposedState: input.decision,
          Reason: input.reason,
          Created: toTimestamp(new Date()),
          SubmittedBy: '',
          submitted_on_behalf_of_author: !input.asSelf,
        },
      };
      return decodeAccessRequest(await unary('auth', 'SubmitAccessReview', submission));
    },

    async deleteRequest(id) {
      await unary('auth', 'DeleteAccessRequest', {ID: id});
    },

    async getPluginData(requestId, plugin) {
      try {
        return decodePluginData(await unary('auth', 'GetPluginData', {Kind: ACCESS_REQUEST, Resource: requestId, Plugin: plugin}), plugin);
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotFound') return null;
        throw err;
      }
    },

    async listPluginData(plugin) {
      return decodePluginDataList(await unary('auth', 'GetPluginData', {Kind: ACCESS_REQUEST, Resource: '', Plugin: plugin}), plugin);
    },

    async updatePluginData(requestId, plugin, set, expect) {
      const params: PluginDataUpdateParams = {Kind: ACCESS_REQUEST, Resource: requestId, Plugin: plugin, Set: set, Expect: expect};
      await unary('auth', 'UpdatePluginData', params);
    },

    async getUser(name): Promise<TeleportUser | null> {
      try {
        if (legacyUsers) return decodeUser(await unary('auth', 'GetUser', {Name: name, WithSecrets: false}));
        const res = await unary<GetUserResponse__Output>('users', 'GetUser', {name, current_user: false, with_secrets: false});
        if (!res.user) return null;
        return decodeUser(res.user);
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotFound') return null;
        if (err instanceof TeleportError && err.kind === 'NotImplemented' && !legacyUsers) {
          legacyUsers = true;
          return port.getUser(name);
        }
        throw err;
      }
    },

    async listUsers() {
      const users: TeleportUser[] = [];
      const add = (raw: unknown[]) => {
        for (const u of raw) {
          try {
            users.push(decodeUser(u));
          } catch (err) {
            log.error({err: (err as Error).message}, 'skipping malformed user');
          }
        }
      };
      if (legacyUsers) {
        add(await serverStream<unknown>('GetUsers', {WithSecrets: false}));
        return users;
      }
      let token = '';
      try {
        do {
          const page = await unary<ListUsersResponse__Output>('users', 'ListUsers', {page_size: LIST_PAGE_SIZE, page_token: token, with_secrets: false});
          add(page.users);
          token = page.next_page_token;
        } while (token !== '');
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotImplemented' && token === '') {
          log.info('teleport.users.v1.UsersService is not implemented (Teleport before v15); using the legacy AuthService.GetUsers');
          legacyUsers = true;
          return port.listUsers();
        }
        throw err;
      }
      return users;
    },

    async getRole(name) {
      try {
        return decodeRole(await unary('auth', 'GetRole', {Name: name}));
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotFound') return null;
        throw err;
      }
    },

    async getAccessCapabilities(user): Promise<AccessCapabilities> {
      return decodeCapabilities(await unary('auth', 'GetAccessCapabilities', {User: user, RequestableRoles: true, SuggestedReviewers: true}));
    },

    close() {
      if (closed) return;
      closed = true;
      for (const w of watches) w.close();
      watches.clear();
      unsubscribe();
      if (current) dispose(current);
      shim?.close();
    },
  };
  return port;
}
