/**
 * proto.AuthService and teleport.users.v1.UsersService handlers: authentication from the verified
 * client certificate, RBAC gates as in auth_with_roles.go, and encoding through wire.ts.
 */
import * as grpc from '@grpc/grpc-js';
import type {AuthServiceHandlers} from '../../../server-bridge/src/teleport/proto/generated/proto/AuthService';
import type {UsersServiceHandlers} from '../../../server-bridge/src/teleport/proto/generated/teleport/users/v1/UsersService';
import type {Event} from '../../../server-bridge/src/teleport/proto/generated/proto/Event';
import type {WatchKind, WatchKind__Output} from '../../../server-bridge/src/teleport/proto/generated/types/WatchKind';
import type {PluginDataV3} from '../../../server-bridge/src/teleport/proto/generated/types/PluginDataV3';
import type {AccessRequestFilter__Output} from '../../../server-bridge/src/teleport/proto/generated/types/AccessRequestFilter';
import {createAccessRequest, NEW_SPEC_FIELDS_MIN_VERSION, ON_BEHALF_MIN_VERSION, submitAccessReview, versionAtLeast, visibleRequests, type Caller} from './access-requests';
import {accessDenied, actionDenied, badParameter, compareFailed, notFound, PeerError, unauthenticated} from './errors';
import type {FaultPlan} from './faults';
import type {AccessRequest} from './model';
import {allowsAction, allowsActions, canReviewRequest, requestableRoles, requestPrompt, requiresReason, suggestedReviewers, usableSearchAsRoles} from './rbac';
import type {PeerStore, StoreEvent} from './store';
import {fromTimestamp, requestToWire, resourcesFromWire, roleToWire, userToWire, zeroTimestamp} from './wire';

export interface ServiceContext {
  store: PeerStore;
  faults: FaultPlan;
  clusterName: string;
  getVersion(): string;
  advancedAccessWorkflows: boolean;
  proxyPublicAddr: string;
  /** Serves access monitoring rules (the service and the watch kind); false: a cluster before v15/v16. */
  accessMonitoringRules: boolean;
  /** Open WatchEvents streams, so faults and restarts can end them. */
  streams: Set<grpc.ServerWritableStream<unknown, unknown>>;
}

const MAX_PAGE = 1000;
const RULE_KIND = 'access_monitoring_rule';

function toStatus(e: unknown): Partial<grpc.StatusObject> {
  if (e instanceof PeerError) return {code: e.code, details: e.message};
  return {code: grpc.status.UNKNOWN, details: e instanceof Error ? e.message : String(e)};
}

/** The caller is the Teleport user named by the CN of the client certificate the TLS layer verified. */
function authenticate(ctx: ServiceContext, call: Pick<grpc.ServerUnaryCall<unknown, unknown>, 'getAuthContext'>): Caller {
  const cert = call.getAuthContext?.()?.sslPeerCertificate;
  if (!cert) throw unauthenticated('a client certificate signed by the cluster CA is required');
  const cn = Array.isArray(cert.subject?.CN) ? cert.subject.CN[0] : cert.subject?.CN;
  if (!cn) throw unauthenticated('client certificate has no subject common name (the Teleport user name)');
  const user = ctx.store.users.get(cn);
  if (!user) throw unauthenticated(`user "${cn}" is not known to cluster "${ctx.clusterName}"`);
  return {user, roles: ctx.store.rolesOf(user), certExpires: new Date(cert.valid_to)};
}

export function unary<Req, Res>(ctx: ServiceContext, method: string, fn: (req: Req, caller: Caller, call: grpc.ServerUnaryCall<Req, Res>) => Res): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    void (async () => {
      try {
        await ctx.faults.before(method);
        callback(null, fn(call.request, authenticate(ctx, call), call));
      } catch (e) {
        callback(toStatus(e));
      }
    })();
  };
}

function serverStream<Req, Res>(
  ctx: ServiceContext,
  method: string,
  fn: (req: Req, caller: Caller, call: grpc.ServerWritableStream<Req, Res>) => void,
): grpc.handleServerStreamingCall<Req, Res> {
  return (call) => {
    void (async () => {
      try {
        await ctx.faults.before(method);
        fn(call.request, authenticate(ctx, call), call);
      } catch (e) {
        call.emit('error', toStatus(e));
      }
    })();
  };
}

const STATES = ['PENDING', 'APPROVED', 'DENIED', 'PROMOTED'] as const;

function matchesFilter(r: AccessRequest, f: {id: string; user: string; state: string}): boolean {
  if (f.id && r.id !== f.id) return false;
  if (f.user && r.user !== f.user) return false;
  if (f.state && f.state !== 'NONE' && r.state !== f.state) return false;
  return true;
}

/** WatchKind.Filter for access_request: keys id/user/state (types.AccessRequestFilter.FromMap). */
function parseWatchFilter(filter: Record<string, string>): {id: string; user: string; state: string} {
  const out = {id: '', user: '', state: ''};
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'id') out.id = value;
    else if (key === 'user') out.user = value;
    else if (key === 'state') {
      const s = value.toUpperCase();
      if (s !== '' && s !== 'NONE' && !(STATES as readonly string[]).includes(s)) {
        throw badParameter(`unknown request state: "${value}" (expected one of PENDING, APPROVED, DENIED, PROMOTED)`);
      }
      out.state = s;
    } else throw badParameter(`unknown filter key ${key}`);
  }
  return out;
}

function applyListFilter(ctx: ServiceContext, caller: Caller, reqs: AccessRequest[], f: AccessRequestFilter__Output | null): AccessRequest[] {
  if (!f) return reqs;
  const me = caller.user.name;
  return reqs.filter((r) => {
    if (!matchesFilter(r, {id: f.ID, user: f.User, state: f.State})) return false;
    if (f.SearchKeywords.length > 0) {
      const hay = [r.id, r.user, ...r.roles, r.requestReason, r.state].join(' ').toLowerCase();
      if (!f.SearchKeywords.every((k) => hay.includes(k.toLowerCase()))) return false;
    }
    switch (f.Scope) {
      case 'MY_REQUESTS':
        return r.user === me;
      case 'NEEDS_REVIEW':
        return r.state === 'PENDING' && !r.reviews.some((v) => v.author === me) && canReviewRequest(caller.roles, me, r);
      case 'REVIEWED':
        return r.reviews.some((v) => v.author === me);
      default:
        return true;
    }
  });
}

function sortKey(r: AccessRequest, sort: string): string {
  switch (sort) {
    case 'CREATED':
      return r.created.toISOString();
    case 'STATE':
      return r.state;
    case 'USER':
      return r.user;
    default:
      return r.id;
  }
}

function pluginDataToWire(requestId: string, entries: Map<string, Record<string, string>>, plugin: string): PluginDataV3 {
  const selected = [...entries].filter(([name]) => !plugin || name === plugin);
  return {
    Kind: 'plugin_data',
    SubKind: 'access_request',
    Version: 'v3',
    Metadata: {Name: requestId, Namespace: 'default', Labels: {}},
    Spec: {Entries: Object.fromEntries(selected.map(([name, data]) => [name, {Data: {...data}}]))},
  };
}

export function authServiceHandlers(ctx: ServiceContext): AuthServiceHandlers {
  const {store} = ctx;
  const reviewFields = () => versionAtLeast(ctx.getVersion(), ON_BEHALF_MIN_VERSION);
  const newSpecFields = () => versionAtLeast(ctx.getVersion(), NEW_SPEC_FIELDS_MIN_VERSION);
  const wire = (r: AccessRequest) => requestToWire(r, {reviewFields: reviewFields(), newSpecFields: newSpecFields()});

  return {
    Ping: unary(ctx, 'Ping', (_req, _caller, call) => ({
      ClusterName: ctx.clusterName,
      ServerVersion: ctx.getVersion(),
      ServerFeatures: {
        AccessControls: true,
        AdvancedAccessWorkflows: ctx.advancedAccessWorkflows,
        Cloud: false,
        Plugins: true,
        IsUsageBased: false,
        AccessRequests: {monthly_request_limit: 0},
        IdentityGovernance: ctx.advancedAccessWorkflows,
        entitlements: {},
      },
      ProxyPublicAddr: ctx.proxyPublicAddr,
      IsBoring: false,
      RemoteAddr: call.getPeer(),
      LoadAllCAs: false,
      LicenseExpiry: zeroTimestamp(),
    })),

    WatchEvents: serverStream(ctx, 'WatchEvents', (req, caller, call) => {
      const accepted: WatchKind__Output[] = [];
      const filters: {id: string; user: string; state: string}[] = [];
      let rules = false;
      if (req.Kinds.length === 0) throw badParameter('missing parameter Kinds');
      for (const k of req.Kinds) {
        if (k.Kind === RULE_KIND && ctx.accessMonitoringRules) {
          if (!allowsActions(caller.roles, RULE_KIND, 'list', 'read')) {
            if (req.AllowPartialSuccess) continue;
            throw actionDenied(allowsAction(caller.roles, RULE_KIND, 'list') ? 'read' : 'list', RULE_KIND);
          }
          rules = true;
          accepted.push(k);
          continue;
        }
        if (k.Kind !== 'access_request') {
          if (req.AllowPartialSuccess) continue;
          throw badParameter(`watching kind "${k.Kind}" is not supported by this peer`);
        }
        if (!allowsActions(caller.roles, 'access_request', 'list', 'read')) {
          if (req.AllowPartialSuccess) continue;
          throw actionDenied(allowsAction(caller.roles, 'access_request', 'list') ? 'read' : 'list', 'access_request');
        }
        filters.push(parseWatchFilter(k.Filter));
        accepted.push(k);
      }
      if (accepted.length === 0 && !req.AllowPartialSuccess) throw badParameter('none of the requested kinds can be watched');

      const stream = call as unknown as grpc.ServerWritableStream<unknown, unknown>;
      ctx.streams.add(stream);
      const send = (e: Event) => {
        if (!call.writableEnded && !call.destroyed) call.write(e);
      };
      const statusKinds: WatchKind[] = accepted.map((k) => ({Kind: k.Kind, LoadSecrets: k.LoadSecrets, Name: k.Name, Filter: k.Filter, SubKind: k.SubKind, Version: k.Version}));
      send({
        Type: 'INIT',
        WatchStatus: {Kind: 'watch_status', SubKind: '', Version: 'v1', Metadata: {Name: 'watch_status', Namespace: 'default'}, Spec: {Kinds: statusKinds}},
      });
      const unsubscribe = store.subscribe((e: StoreEvent) => {
        if (e.type === 'RULE_PUT' || e.type === 'RULE_DELETE') {
          if (!rules) return;
          if (e.type === 'RULE_PUT') send({Type: 'PUT', AccessMonitoringRule: e.rule});
          else send({Type: 'DELETE', ResourceHeader: {Kind: RULE_KIND, SubKind: '', Version: 'v1', Metadata: {Name: e.name, Namespace: 'default'}}});
        } else if (e.type === 'PUT') {
          if (filters.some((f) => matchesFilter(e.request, f))) send({Type: 'PUT', AccessRequest: wire(e.request)});
        } else if (filters.some((f) => !f.id || f.id === e.id)) {
          // A deleted object is announced by its header only (kind + name).
          send({Type: 'DELETE', ResourceHeader: {Kind: 'access_request', SubKind: '', Version: 'v3', Metadata: {Name: e.id, Namespace: 'default'}}});
        }
      });
      const done = () => {
        unsubscribe();
        ctx.streams.delete(stream);
      };
      call.on('cancelled', done);
      call.on('close', done);
      call.on('finish', done);
      call.on('error', done);
    }),

    ListAccessRequests: unary(ctx, 'ListAccessRequests', (req, caller) => {
      const sort = req.Sort;
      const items = applyListFilter(ctx, caller, visibleRequests(store, caller), req.Filter)
        .map((r) => ({r, key: `${sortKey(r, sort)}\u001f${r.id}`}))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      if (req.Descending) items.reverse();
      const limit = req.Limit > 0 ? Math.min(req.Limit, MAX_PAGE) : MAX_PAGE;
      // StartKey is an opaque position (sort key + id): stable even if that item was deleted meanwhile.
      let start = 0;
      if (req.StartKey) {
        start = items.findIndex((i) => (req.Descending ? i.key <= req.StartKey : i.key >= req.StartKey));
        if (start < 0) start = items.length;
      }
      const page = items.slice(start, start + limit);
      const next = items[start + limit];
      return {AccessRequests: page.map((i) => wire(i.r)), NextKey: next ? next.key : ''};
    }),

    GetAccessRequestsV2: serverStream(ctx, 'GetAccessRequestsV2', (req, caller, call) => {
      const items = applyListFilter(ctx, caller, visibleRequests(store, caller), req).sort((a, b) => a.created.getTime() - b.created.getTime() || (a.id < b.id ? -1 : 1));
      for (const r of items) call.write(wire(r));
      call.end();
    }),

    CreateAccessRequestV2: unary(ctx, 'CreateAccessRequestV2', (req, caller) => {
      const spec = req.Spec;
      if (!spec) throw badParameter('missing parameter Spec: an access request needs Spec.User and Spec.Roles');
      const created = createAccessRequest(
        store,
        caller,
        {
          user: spec.User,
          roles: spec.Roles,
          reason: spec.RequestReason,
          suggestedReviewers: spec.SuggestedReviewers,
          maxDuration: fromTimestamp(spec.MaxDuration),
          dryRun: spec.DryRun,
          state: spec.State,
          // An older server's decoder drops the fields it does not know.
          resources: resourcesFromWire(spec.RequestedResourceIDs, newSpecFields() ? spec.RequestedResourceAccessIDs : []),
          assumeStartTime: newSpecFields() ? fromTimestamp(spec.AssumeStartTime) : null,
        },
        new Date(),
      );
      return wire(created);
    }),

    DeleteAccessRequest: unary(ctx, 'DeleteAccessRequest', (req, caller) => {
      if (!allowsAction(caller.roles, 'access_request', 'delete')) throw actionDenied('delete', 'access_request');
      if (!store.deleteRequest(req.ID)) throw notFound(`access request "${req.ID}" is not found`);
      return {};
    }),

    SubmitAccessReview: unary(ctx, 'SubmitAccessReview', (req, caller) => {
      const review = req.Review;
      if (!review) throw badParameter('missing parameter Review');
      const annotations = review.Annotations?.Values ?? {};
      const updated = submitAccessReview(
        store,
        caller,
        {
          requestId: req.RequestID,
          author: review.Author,
          roles: review.Roles,
          proposedState: review.ProposedState,
          reason: review.Reason,
          created: fromTimestamp(review.Created),
          hasAnnotations: Object.keys(annotations).length > 0,
          submittedBy: review.SubmittedBy,
          onBehalfOfAuthor: review.submitted_on_behalf_of_author,
        },
        {serverKnowsOnBehalf: reviewFields(), now: new Date()},
      );
      return wire(updated);
    }),

    GetAccessCapabilities: unary(ctx, 'GetAccessCapabilities', (req, caller) => {
      const name = req.User || caller.user.name;
      if (name !== caller.user.name) {
        if (!allowsAction(caller.roles, 'user', 'read')) throw actionDenied('read', 'user');
        if (!allowsActions(caller.roles, 'role', 'list', 'read')) throw actionDenied('list', 'role');
      }
      const user = store.users.get(name);
      if (!user) throw notFound(`user "${name}" is not found`);
      const roles = store.rolesOf(user);
      const requestable = requestableRoles(roles, user.roles, [...store.roles.keys()]);
      // With resources: the usable search_as_roles (Teleport prunes them further by the resources' labels; no inventory here).
      let applicable: string[] = [];
      if (req.ResourceIDs.length > 0) {
        applicable = usableSearchAsRoles(roles);
        if (applicable.length === 0) throw accessDenied(`Resource Access Requests require usable "search_as_roles", none found for user "${user.name}"`);
      }
      return {
        RequestableRoles: req.RequestableRoles ? requestable : [],
        SuggestedReviewers: req.SuggestedReviewers ? suggestedReviewers(roles, requestable) : [],
        ApplicableRolesForResources: applicable,
        RequestPrompt: requestPrompt(roles),
        RequireReason: requiresReason(roles, requestable),
        AutoRequest: false,
      };
    }),

    GetPluginData: unary(ctx, 'GetPluginData', (req, caller) => {
      if (req.Kind !== 'access_request') throw badParameter(`unsupported resource kind "${req.Kind}"`);
      for (const verb of ['list', 'read']) {
        if (!allowsAction(caller.roles, 'access_request', verb) && !allowsAction(caller.roles, 'access_plugin_data', verb)) {
          throw actionDenied(verb, 'access_plugin_data');
        }
      }
      const ids = req.Resource ? [req.Resource] : [...store.pluginData.keys()];
      const out: PluginDataV3[] = [];
      for (const id of ids) {
        const entries = store.pluginData.get(id);
        if (!entries || (req.Plugin && !entries.has(req.Plugin))) continue;
        out.push(pluginDataToWire(id, entries, req.Plugin));
      }
      return {PluginData: out};
    }),

    UpdatePluginData: unary(ctx, 'UpdatePluginData', (req, caller) => {
      if (req.Kind !== 'access_request') throw badParameter(`unsupported resource kind "${req.Kind}"`);
      if (!allowsAction(caller.roles, 'access_request', 'update') && !allowsAction(caller.roles, 'access_plugin_data', 'update')) {
        throw actionDenied('update', 'access_plugin_data');
      }
      if (!req.Resource) throw badParameter('missing parameter Resource');
      if (!req.Plugin) throw badParameter('missing parameter Plugin');
      if (!store.requests.has(req.Resource)) throw notFound(`access request "${req.Resource}" is not found`);
      const entries = store.pluginData.get(req.Resource) ?? new Map<string, Record<string, string>>();
      const current = entries.get(req.Plugin);
      // Compare-and-swap (api/types/plugin_data.go): a missing entry only matches all-empty expectations.
      for (const [key, expected] of Object.entries(req.Expect)) {
        if ((current?.[key] ?? '') !== expected) throw compareFailed(`expectations not met for field "${key}"`);
      }
      const next: Record<string, string> = {...current};
      for (const [key, value] of Object.entries(req.Set)) {
        if (value === '') delete next[key];
        else next[key] = value;
      }
      if (Object.keys(next).length === 0) entries.delete(req.Plugin);
      else entries.set(req.Plugin, next);
      if (entries.size === 0) store.pluginData.delete(req.Resource);
      else store.pluginData.set(req.Resource, entries);
      return {};
    }),

    GetRole: unary(ctx, 'GetRole', (req, caller) => {
      // Everyone may read the roles they hold.
      if (!caller.user.roles.includes(req.Name) && !allowsAction(caller.roles, 'role', 'read')) throw actionDenied('read', 'role');
      const role = store.roles.get(req.Name);
      if (!role) throw notFound(`role ${req.Name} is not found`);
      return roleToWire(role, {reviewFields: reviewFields()});
    }),

    // Legacy user RPCs (deprecated in Teleport, still served), same rules as UsersService.
    GetUser: unary(ctx, 'GetUser', (req, caller) => {
      if (!req.Name) throw badParameter('missing parameter name');
      if (req.WithSecrets) throw actionDenied('read_with_secrets', 'user');
      if (req.Name !== caller.user.name && !allowsAction(caller.roles, 'user', 'read')) throw actionDenied('read', 'user');
      const user = store.users.get(req.Name);
      if (!user) throw notFound(`user "${req.Name}" not found`);
      return userToWire(user);
    }),

    GetUsers: serverStream(ctx, 'GetUsers', (req, caller, call) => {
      if (!allowsActions(caller.roles, 'user', 'list', 'read')) throw actionDenied(allowsAction(caller.roles, 'user', 'list') ? 'read' : 'list', 'user');
      if (req.WithSecrets) throw actionDenied('read_with_secrets', 'user');
      for (const u of [...store.users.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) call.write(userToWire(u));
      call.end();
    }),
  };
}

export function usersServiceHandlers(ctx: ServiceContext): UsersServiceHandlers {
  const {store} = ctx;
  return {
    GetUser: unary(ctx, 'GetUser', (req, caller) => {
      const name = req.current_user ? caller.user.name : req.name;
      if (!name) throw badParameter('missing parameter name');
      if (req.with_secrets) throw actionDenied('read_with_secrets', 'user');
      if (name !== caller.user.name && !allowsAction(caller.roles, 'user', 'read')) throw actionDenied('read', 'user');
      const user = store.users.get(name);
      if (!user) throw notFound(`user "${name}" not found`);
      return {user: userToWire(user)};
    }),

    ListUsers: unary(ctx, 'ListUsers', (req, caller) => {
      if (!allowsActions(caller.roles, 'user', 'list', 'read')) {
        throw actionDenied(allowsAction(caller.roles, 'user', 'list') ? 'read' : 'list', 'user');
      }
      if (req.with_secrets) throw actionDenied('read_with_secrets', 'user');
      const keywords = req.filter?.SearchKeywords ?? [];
      const users = [...store.users.values()]
        .filter((u) => keywords.every((k) => u.name.toLowerCase().includes(k.toLowerCase())))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const size = req.page_size > 0 ? Math.min(req.page_size, MAX_PAGE) : MAX_PAGE;
      // page_token is the name of the first user of the page.
      const start = req.page_token ? users.findIndex((u) => u.name >= req.page_token) : 0;
      const from = start < 0 ? users.length : start;
      const page = users.slice(from, from + size);
      const next = users[from + size];
      return {users: page.map(userToWire), next_page_token: next ? next.name : ''};
    }),
  };
}
