/**
 * The peer's backend: roles, users, access requests and plugin data, plus the event fan-out that
 * WatchEvents streams subscribe to. It knows nothing about gRPC or RBAC.
 */
import type {AccessMonitoringRule} from '../../../server-bridge/src/teleport/proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRule';
import type {AccessRequest, Role, User} from './model';

export type StoreEvent =
  {type: 'PUT'; request: AccessRequest} | {type: 'DELETE'; id: string} | {type: 'RULE_PUT'; rule: AccessMonitoringRule} | {type: 'RULE_DELETE'; name: string};

/** request id → plugin name → key/value data (Teleport's PluginDataV3 entries). */
type PluginDataByPlugin = Map<string, Record<string, string>>;

export class PeerStore {
  readonly roles = new Map<string, Role>();
  readonly users = new Map<string, User>();
  readonly requests = new Map<string, AccessRequest>();
  readonly pluginData = new Map<string, PluginDataByPlugin>();
  /** Access monitoring rules by name, kept in their wire shape (the peer only stores and lists them). */
  readonly monitoringRules = new Map<string, AccessMonitoringRule>();
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: StoreEvent): void {
    for (const l of [...this.listeners]) l(e);
  }

  /** Roles of a user that exist; unknown role names are ignored, as Teleport's cache would fail them. */
  rolesOf(user: User): Role[] {
    return user.roles.flatMap((n) => {
      const r = this.roles.get(n);
      return r ? [r] : [];
    });
  }

  getRequest(id: string): AccessRequest | undefined {
    const r = this.requests.get(id);
    return r ? structuredClone(r) : undefined;
  }

  listRequests(): AccessRequest[] {
    return [...this.requests.values()].map((r) => structuredClone(r));
  }

  /** Stores a new version and emits PUT (with a copy, so listeners never see later mutations). */
  putRequest(req: AccessRequest): AccessRequest {
    const stored = structuredClone(req);
    stored.revision = (this.requests.get(req.id)?.revision ?? 0) + 1;
    this.requests.set(stored.id, stored);
    this.emit({type: 'PUT', request: structuredClone(stored)});
    return structuredClone(stored);
  }

  /** Deletes the request and its plugin data (they share a lifetime in Teleport) and emits DELETE. */
  deleteRequest(id: string): boolean {
    if (!this.requests.delete(id)) return false;
    this.pluginData.delete(id);
    this.emit({type: 'DELETE', id});
    return true;
  }

  /** Requests whose resource TTL (Metadata.Expires) has passed, as the backend's TTL sweep removes them. */
  expireDue(now: Date): string[] {
    const due = [...this.requests.values()].filter((r) => r.resourceExpires.getTime() <= now.getTime()).map((r) => r.id);
    for (const id of due) this.deleteRequest(id);
    return due;
  }

  /** Stores a rule with a new revision and emits RULE_PUT. */
  putRule(rule: AccessMonitoringRule): AccessMonitoringRule {
    const name = rule.metadata?.name ?? '';
    const previous = Number(this.monitoringRules.get(name)?.metadata?.revision ?? '0');
    const stored: AccessMonitoringRule = structuredClone({
      ...rule,
      kind: 'access_monitoring_rule',
      version: 'v1',
      metadata: {...rule.metadata, name, revision: String(previous + 1)},
    });
    this.monitoringRules.set(name, stored);
    this.emit({type: 'RULE_PUT', rule: structuredClone(stored)});
    return structuredClone(stored);
  }

  deleteRule(name: string): boolean {
    if (!this.monitoringRules.delete(name)) return false;
    this.emit({type: 'RULE_DELETE', name});
    return true;
  }

  /** Closes every subscriber (used when the server stops). */
  clearListeners(): void {
    this.listeners.clear();
  }
}
