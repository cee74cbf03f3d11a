/**
 * Keeps the rule book in step with Teleport's access monitoring rules and answers, per request,
 * which rules match. Feature-detected: on clusters without the service (before v15/v16, e.g.
 * 13.3.8) or without the permission, it says so once in the log and in the status box, and
 * routing stays the System Console's.
 */
import type {Logger} from 'pino';
import type {AccessRequest} from '../domain/request';
import type {RuleEvent} from '../domain/monitoring-rule';
import {matchingRules, RuleBook, type SkippedRule} from '../routing/rule-book';
import type {RouteSource} from '../routing/route';
import {TeleportError, type MonitoringRulesPort, type TeleportPort, type WatchHandle} from '../teleport/port';
import {describe} from './errors';
import {shortRequestId} from '@tma/card-contract';

export type RulesState = 'starting' | 'active' | 'unavailable' | 'denied' | 'failing';

export interface RoutingStatus {
  rules: {state: RulesState; active: number; skipped: SkippedRule[]; note: string | null};
  /** Cards this replica posted since it started, by the source that routed them. */
  cards_by_source: Record<RouteSource, number>;
  /** The last cards this replica posted, newest first: which request, and what routed it. */
  recent_cards: RoutedCard[];
}

export interface RoutedCard {
  /** The request's short id, as cards print it. */
  request: string;
  via: RouteSource;
  rule?: string;
}

/** Enough to see where the last few cards came from; the log has every one. */
const RECENT_CARDS = 5;

export interface RuleRoutingDeps {
  teleport: Pick<TeleportPort, 'getUser'> & MonitoringRulesPort;
  plugin: string;
  logger: Logger;
  /** How often to look again after "unavailable", "denied" or a failure. Default 5 min. */
  retryMs?: number;
}

const NOTES: Record<RulesState, string | null> = {
  starting: 'reading access monitoring rules',
  active: null,
  unavailable: 'this Teleport cluster has no access monitoring rules (Teleport 15/16 and later); routing follows the System Console',
  denied: "the bridge's Teleport role cannot read access monitoring rules (access_monitoring_rule: list, read); routing follows the System Console",
  failing: 'access monitoring rules could not be read; routing follows the System Console until they can',
};

export class RuleRouting {
  private readonly book: RuleBook;
  private readonly log: Logger;
  private state: RulesState = 'starting';
  private detail: string | null = null;
  private watch: WatchHandle | null = null;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly counts: Record<RouteSource, number> = {rule: 0, console: 0, suggested: 0};
  private readonly recent: RoutedCard[] = [];

  constructor(private readonly deps: RuleRoutingDeps) {
    this.log = deps.logger;
    this.book = new RuleBook(deps.plugin, deps.logger);
  }

  /** Reads the rules once (so the first cards already follow them), then watches. Never throws. */
  async start(): Promise<void> {
    if (!(await this.load())) return;
    this.watch = this.deps.teleport.watchMonitoringRules((event) => this.onEvent(event));
  }

  private async load(): Promise<boolean> {
    try {
      this.book.replace(await this.deps.teleport.listMonitoringRules(this.deps.plugin));
      this.enter('active', null);
      return true;
    } catch (err) {
      const kind = err instanceof TeleportError ? err.kind : 'Unknown';
      this.enter(kind === 'NotImplemented' ? 'unavailable' : kind === 'AccessDenied' ? 'denied' : 'failing', describe(err));
      if (!this.stopped) this.retry = setTimeout(() => void (this.watch ? this.load() : this.start()), this.deps.retryMs ?? 300_000);
      return false;
    }
  }

  private onEvent(event: RuleEvent): void {
    // INIT after each (re)connection: rules changed while disconnected are not replayed.
    if (event.type === 'init') void this.load();
    else if (event.type === 'put') this.book.put(event.rule);
    else this.book.remove(event.name);
  }

  /** Logs a state change once; the same state again stays quiet. */
  private enter(state: RulesState, detail: string | null): void {
    if (state === this.state && detail === this.detail) return;
    const first = this.state === 'starting';
    this.state = state;
    this.detail = detail;
    if (state === 'active') {
      this.log.info({rules: this.book.active.length, skipped: this.book.skipped.length}, 'access monitoring rules read; cards follow them where they match');
    } else if (first || state !== 'failing') {
      // A cluster without the feature is not a fault: said once, at info. Denied or failing is one.
      this.log[state === 'unavailable' ? 'info' : 'warn']({err: detail}, NOTES[state]!);
    }
  }

  /** The matching rules' names and recipients for one request (none when rules are not in use). */
  async match(request: AccessRequest, log: Logger): Promise<{name: string; recipients: string[]}[]> {
    const rules = this.book.active;
    if (rules.length === 0) return [];
    let traits: Record<string, string[]> = {};
    if (rules.some((r) => r.condition.usesTraits)) {
      try {
        traits = (await this.deps.teleport.getUser(request.user))?.traits ?? {};
      } catch (err) {
        // As Teleport's plugins do: without the user, conditions see no traits.
        log.warn({err: describe(err), user: request.user}, 'requester traits not readable for access monitoring rules; evaluating without them');
      }
    }
    const env = {user: request.user, roles: request.roles, suggestedReviewers: request.suggestedReviewers, reason: request.reason, traits};
    const matched = matchingRules(rules, env, new Date(request.created), (rule, err) =>
      log.warn({rule, err: describe(err)}, 'access monitoring rule could not be evaluated for this request; skipped'),
    );
    if (matched.length > 0) log.info({rules: matched.map((r) => r.name)}, 'access monitoring rules match this request');
    return matched.map((r) => ({name: r.name, recipients: r.recipients}));
  }

  countCard(requestId: string, via: RouteSource, rule?: string): void {
    this.counts[via]++;
    // Rule names are cut so five of them keep the status report inside a preference value.
    this.recent.unshift({request: shortRequestId(requestId), via, ...(rule !== undefined ? {rule: rule.slice(0, 64)} : {})});
    this.recent.length = Math.min(this.recent.length, RECENT_CARDS);
  }

  status(): RoutingStatus {
    return {
      rules: {state: this.state, active: this.book.active.length, skipped: this.book.skipped, note: NOTES[this.state]},
      cards_by_source: {...this.counts},
      recent_cards: this.recent.map((c) => ({...c})),
    };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.watch?.close();
  }
}
