/**
 * What the bridge needs from Teleport. Implemented over gRPC by teleport/client.ts;
 * everything above this line (card core, app, reviews, commands) depends only on this interface.
 */
import type {MonitoringRule, RuleEvent} from '../domain/monitoring-rule';
import type {AccessRequest, ClusterInfo, Decision, ResourceId, TeleportUser} from '../domain/request';
import type {TeleportRole} from '../domain/role';

/** Teleport's trace error kinds, recovered from gRPC status codes. */
export type TeleportErrorKind =
  'AccessDenied' | 'NotFound' | 'AlreadyExists' | 'BadParameter' | 'CompareFailed' | 'ConnectionProblem' | 'LimitExceeded' | 'NotImplemented' | 'Unknown';

export class TeleportError extends Error {
  constructor(
    readonly kind: TeleportErrorKind,
    message: string,
    readonly grpcCode?: number,
  ) {
    super(message);
    this.name = 'TeleportError';
  }
}

export type RequestEvent = {type: 'init'} | {type: 'put'; request: AccessRequest} | {type: 'delete'; requestId: string};

export interface WatchHandle {
  /** True between INIT and the next disconnect. */
  readonly ready: boolean;
  close(): void;
}

export interface CreateRequestInput {
  user: string;
  /** May be empty when `resources` are named: Teleport then picks them from the user's search_as_roles. */
  roles: string[];
  /** A resource access request (RequestedResourceIDs, field 14); absent or empty for a role request. */
  resources?: ResourceId[];
  reason: string;
  suggestedReviewers: string[];
  /** Absolute time, or null for the role's default. */
  maxDuration: Date | null;
  dryRun: boolean;
}

export interface AccessCapabilities {
  requestableRoles: string[];
  /**
   * The user's search_as_roles that may reach the resources the capabilities were asked for
   * (ApplicableRolesForResources); empty when none were named.
   */
  applicableRolesForResources: string[];
  suggestedReviewers: string[];
  requestPrompt: string;
  requireReason: boolean;
}

export interface TeleportPort {
  ping(): Promise<ClusterInfo>;
  /**
   * Watches access_request events, reconnecting with jittered backoff (20 ms–5 s).
   * Each (re)connection delivers `init` first; the caller catches up by listing pending requests.
   */
  watchRequests(onEvent: (event: RequestEvent) => void): WatchHandle;
  listRequests(filter: {state?: 'PENDING' | 'APPROVED'; user?: string}): Promise<AccessRequest[]>;
  getRequest(id: string): Promise<AccessRequest | null>;
  createRequest(input: CreateRequestInput): Promise<AccessRequest>;
  /**
   * Submits a review authored by `author` on the bridge's behalf (Teleport 18.11+). With
   * `asSelf` the caller reviews as itself (classic path; author must be the caller): tests
   * and tools acting with a user's own identity use it.
   */
  submitReview(input: {requestId: string; author: string; decision: Decision; reason: string; asSelf?: boolean}): Promise<AccessRequest>;
  deleteRequest(id: string): Promise<void>;
  getPluginData(requestId: string, plugin: string): Promise<Record<string, string> | null>;
  /** The plugin's data on every access request that has some, by request id (one call). */
  listPluginData(plugin: string): Promise<Map<string, Record<string, string>>>;
  /** Compare-and-swap: throws TeleportError('CompareFailed') when `expect` does not match. */
  updatePluginData(requestId: string, plugin: string, set: Record<string, string>, expect: Record<string, string>): Promise<void>;
  getUser(name: string): Promise<TeleportUser | null>;
  listUsers(): Promise<TeleportUser[]>;
  /** The role's review rules, or null when no such role exists (needs `role: read`). */
  getRole(name: string): Promise<TeleportRole | null>;
  /** With `resources`, Teleport also answers which search_as_roles reach them (AccessDenied when the user has none). */
  getAccessCapabilities(user: string, resources?: ResourceId[]): Promise<AccessCapabilities>;
  close(): void;
}

/**
 * Teleport's Access Monitoring Rules (v15/v16+). Clusters without the service answer
 * TeleportError('NotImplemented') to the list; the watch is only opened where the list worked.
 */
export interface MonitoringRulesPort {
  /** Every rule whose notification names `plugin` and whose subjects include access_request. */
  listMonitoringRules(plugin: string): Promise<MonitoringRule[]>;
  /** Watches access_monitoring_rule events; `init` after each (re)connection, then list again. */
  watchMonitoringRules(onEvent: (event: RuleEvent) => void): WatchHandle;
}
