/**
 * Access monitoring rule calls of the Teleport client (MonitoringRulesPort): the filtered list
 * Teleport's plugins use, falling back to the plain list on a cluster that has the service but
 * not the filter, and the access_monitoring_rule watch on the shared watch loop.
 */
import * as grpc from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {MonitoringRule, RuleEvent} from '../domain/monitoring-rule';
import type {TeleportConnection} from './connection';
import {decodeMonitoringRule} from './decode-rule';
import {TeleportError, type WatchHandle} from './port';
import type {ListAccessMonitoringRulesResponse__Output} from './proto/generated/teleport/accessmonitoringrules/v1/ListAccessMonitoringRulesResponse';
import {ACCESS_REQUEST} from './request-calls';
import {ACCESS_MONITORING_RULE, RULES} from './rule-watch';
import {watchEvents} from './watch';
import {describe} from '../app/errors';

/** The page size Teleport's plugins ask for; the server may answer fewer. */
const PAGE_SIZE = 1000;

export class RuleCalls {
  constructor(
    private readonly conn: TeleportConnection,
    private readonly log: Logger,
    private readonly watchInitTimeoutMs?: number,
  ) {}

  async list(plugin: string): Promise<MonitoringRule[]> {
    try {
      return await this.listPages(plugin, true);
    } catch (err) {
      if (err instanceof TeleportError && err.kind === 'NotImplemented' && /WithFilter/.test(err.message)) return this.listPages(plugin, false);
      throw err;
    }
  }

  private async listPages(plugin: string, filtered: boolean): Promise<MonitoringRule[]> {
    const rules: MonitoringRule[] = [];
    let token = '';
    do {
      const request = filtered ? {page_size: PAGE_SIZE, page_token: token, subjects: [ACCESS_REQUEST], notification_name: plugin} : {page_size: PAGE_SIZE, page_token: token};
      const method = filtered ? 'ListAccessMonitoringRulesWithFilter' : 'ListAccessMonitoringRules';
      const page = await this.conn.unary<ListAccessMonitoringRulesResponse__Output>('rules', method, request);
      for (const raw of page.rules) {
        try {
          rules.push(decodeMonitoringRule(raw));
        } catch (err) {
          this.log.error({err: describe(err), rule: raw.metadata?.name}, 'skipping malformed access monitoring rule');
        }
      }
      token = page.next_page_token;
    } while (token !== '');
    // The filter is a server-side convenience; the rule book applies the same test again.
    return rules.filter((r) => r.notification?.name === plugin && r.subjects.includes(ACCESS_REQUEST));
  }

  watch(onEvent: (event: RuleEvent) => void): WatchHandle {
    return watchEvents(
      {
        logger: this.log,
        onEvent,
        ...(this.watchInitTimeoutMs !== undefined ? {initTimeoutMs: this.watchInitTimeoutMs} : {}),
        open: () => {
          const lease = this.conn.acquire();
          const stream = lease.clients.auth.WatchEvents({Kinds: [{Kind: ACCESS_MONITORING_RULE}], AllowPartialSuccess: false}, new grpc.Metadata());
          return {stream, release: lease.release};
        },
      },
      RULES,
    );
  }
}
