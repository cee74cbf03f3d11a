/**
 * Reads access_monitoring_rule watch events (Event field 54 on PUT, a ResourceHeader on DELETE)
 * for the shared watch loop in watch.ts.
 */
import type {RuleEvent} from '../domain/monitoring-rule';
import {decodeMonitoringRule} from './decode-rule';
import type {EventReader} from './watch';
import {describe} from '../app/errors';

export const ACCESS_MONITORING_RULE = 'access_monitoring_rule';

export const RULES: EventReader<Exclude<RuleEvent, {type: 'init'}>> = {
  what: 'access monitoring rule',
  permissions: 'access_monitoring_rule: list, read',
  read(ev, log) {
    if (ev.Type === 'PUT') {
      if (ev.Resource !== 'AccessMonitoringRule' || !ev.AccessMonitoringRule) return null;
      try {
        return {type: 'put', rule: decodeMonitoringRule(ev.AccessMonitoringRule)};
      } catch (err) {
        log.error({err: describe(err), rule: ev.AccessMonitoringRule.metadata?.name}, 'skipping malformed access monitoring rule from the watch');
        return null;
      }
    }
    if (ev.Type === 'DELETE') {
      const header = ev.ResourceHeader;
      const name = header?.Metadata?.Name ?? ev.AccessMonitoringRule?.metadata?.name ?? '';
      if (header?.Kind === ACCESS_MONITORING_RULE && name !== '') return {type: 'delete', name};
    }
    return null;
  },
};
