/**
 * TeleportPort over @grpc/grpc-js: the connection
 * (connection.ts) and the request and user calls (request-calls.ts, user-calls.ts) put together,
 * plus the few calls small enough to live here (ping, watch, plugin data, capabilities).
 */
import * as grpc from '@grpc/grpc-js';
import {TeleportConnection, type ConnectionOptions} from './connection';
import {decodeCapabilities, decodePing, decodePluginData, decodePluginDataList} from './decode';
import {decodeRole} from './decode-role';
import {TeleportError, type MonitoringRulesPort, type RequestEvent, type TeleportPort, type WatchHandle} from './port';
import type {PluginDataUpdateParams} from './proto/generated/types/PluginDataUpdateParams';
import {ACCESS_REQUEST, RequestCalls, resourceIdToWire} from './request-calls';
import {RuleCalls} from './rule-calls';
import {UserCalls} from './user-calls';
import {watchRequests} from './watch';

export interface TeleportClientOptions extends ConnectionOptions {
  /** WatchEvents INIT deadline. Default 15 s. */
  watchInitTimeoutMs?: number;
}

/** A handle that is also closed with the client. */
function tracked(handle: WatchHandle, watches: Set<WatchHandle>): WatchHandle {
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
}

function watchWith(conn: TeleportConnection, opts: TeleportClientOptions, log: ConnectionOptions['logger'], watches: Set<WatchHandle>) {
  return (onEvent: (event: RequestEvent) => void): WatchHandle => {
    const handle = watchRequests({
      logger: log,
      onEvent,
      ...(opts.watchInitTimeoutMs !== undefined ? {initTimeoutMs: opts.watchInitTimeoutMs} : {}),
      open() {
        const lease = conn.acquire();
        const stream = lease.clients.auth.WatchEvents({Kinds: [{Kind: ACCESS_REQUEST}], AllowPartialSuccess: false}, new grpc.Metadata());
        return {stream, release: lease.release};
      },
    });
    return tracked(handle, watches);
  };
}

function pluginDataCalls(conn: TeleportConnection): Pick<TeleportPort, 'getPluginData' | 'listPluginData' | 'updatePluginData'> {
  return {
    async getPluginData(requestId, plugin) {
      try {
        return decodePluginData(await conn.unary('auth', 'GetPluginData', {Kind: ACCESS_REQUEST, Resource: requestId, Plugin: plugin}), plugin);
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotFound') return null;
        throw err;
      }
    },
    async listPluginData(plugin) {
      return decodePluginDataList(await conn.unary('auth', 'GetPluginData', {Kind: ACCESS_REQUEST, Resource: '', Plugin: plugin}), plugin);
    },
    async updatePluginData(requestId, plugin, set, expect) {
      const params: PluginDataUpdateParams = {Kind: ACCESS_REQUEST, Resource: requestId, Plugin: plugin, Set: set, Expect: expect};
      await conn.unary('auth', 'UpdatePluginData', params);
    },
  };
}

export function createTeleportClient(opts: TeleportClientOptions): TeleportPort & MonitoringRulesPort {
  const log = opts.logger.child({component: 'teleport'});
  const conn = new TeleportConnection({...opts, logger: log});
  const requests = new RequestCalls(conn, log);
  const users = new UserCalls(conn, log);
  const rules = new RuleCalls(conn, log, opts.watchInitTimeoutMs);
  const watches = new Set<WatchHandle>();
  return {
    ping: async () => decodePing(await conn.unary('auth', 'Ping', {})),
    watchRequests: watchWith(conn, opts, log, watches),
    listRequests: (filter) => requests.list(filter),
    getRequest: (id) => requests.get(id),
    createRequest: (input) => requests.create(input),
    submitReview: (input) => requests.submitReview(input),
    deleteRequest: (id) => requests.delete(id),
    ...pluginDataCalls(conn),
    listMonitoringRules: (plugin) => rules.list(plugin),
    watchMonitoringRules: (onEvent) => tracked(rules.watch(onEvent), watches),
    getUser: (name) => users.get(name),
    listUsers: () => users.list(),
    async getRole(name) {
      try {
        return decodeRole(await conn.unary('auth', 'GetRole', {Name: name}));
      } catch (err) {
        if (err instanceof TeleportError && err.kind === 'NotFound') return null;
        throw err;
      }
    },
    getAccessCapabilities: async (user, resources = []) =>
      decodeCapabilities(
        await conn.unary('auth', 'GetAccessCapabilities', {User: user, RequestableRoles: true, SuggestedReviewers: true, ResourceIDs: resources.map(resourceIdToWire)}),
      ),
    close() {
      for (const w of watches) w.close();
      watches.clear();
      conn.close();
    },
  };
}
