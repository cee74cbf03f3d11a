/**
 * teleport.accessmonitoringrules.v1.AccessMonitoringRulesService as Teleport 16+ serves it, reduced
 * to what plugins and an administrator use: CRUD with the access_monitoring_rule RBAC verbs, and
 * paginated lists (the filtered one by subject and notification name). Validation follows
 * api/types/accessmonitoringrule: a name, at least one subject, a condition, and for access
 * request subjects a notification or an automatic review.
 */
import type {AccessMonitoringRule} from '../../../server-bridge/src/teleport/proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRule';
import type {AccessMonitoringRulesServiceHandlers} from '../../../server-bridge/src/teleport/proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRulesService';
import {unary, type ServiceContext} from './auth-service';
import {actionDenied, alreadyExists, badParameter, notFound} from './errors';
import type {Caller} from './access-requests';
import {allowsAction} from './rbac';

const KIND = 'access_monitoring_rule';
const MAX_PAGE = 1000;

function check(caller: Caller, ...verbs: string[]): void {
  for (const verb of verbs) if (!allowsAction(caller.roles, KIND, verb)) throw actionDenied(verb, KIND);
}

function validate(rule: AccessMonitoringRule | null | undefined): AccessMonitoringRule {
  if (!rule) throw badParameter('access monitoring rule is missing');
  if (!rule.metadata?.name) throw badParameter('access monitoring rule name is missing');
  const spec = rule.spec;
  if (!spec?.subjects?.length) throw badParameter('access monitoring rule subject is missing');
  if (!spec.condition) throw badParameter('access monitoring rule condition is missing');
  if (spec.subjects.includes('access_request') && !spec.notification?.name && !spec.automatic_review?.integration) {
    throw badParameter('one of notification or automatic_review must be set');
  }
  return rule;
}

function page(rules: AccessMonitoringRule[], size: number, token: string) {
  const sorted = [...rules].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const start = token ? sorted.findIndex((r) => (r.metadata?.name ?? '') >= token) : 0;
  const from = start < 0 ? sorted.length : start;
  const limit = Math.min(size > 0 ? size : MAX_PAGE, MAX_PAGE);
  const items = sorted.slice(from, from + limit);
  const next = sorted[from + limit]?.metadata?.name ?? '';
  return {rules: items, next_page_token: next};
}

export function monitoringRulesHandlers(ctx: ServiceContext): AccessMonitoringRulesServiceHandlers {
  const {store} = ctx;
  const all = () => [...store.monitoringRules.values()];
  return {
    CreateAccessMonitoringRule: unary(ctx, 'CreateAccessMonitoringRule', (req, caller) => {
      check(caller, 'create');
      const rule = validate(req.rule);
      if (store.monitoringRules.has(rule.metadata!.name!)) throw alreadyExists(`access_monitoring_rule "${rule.metadata!.name}" already exists`);
      return store.putRule(rule);
    }),
    UpdateAccessMonitoringRule: unary(ctx, 'UpdateAccessMonitoringRule', (req, caller) => {
      check(caller, 'update');
      const rule = validate(req.rule);
      if (!store.monitoringRules.has(rule.metadata!.name!)) throw notFound(`access_monitoring_rule "${rule.metadata!.name}" doesn't exist`);
      return store.putRule(rule);
    }),
    UpsertAccessMonitoringRule: unary(ctx, 'UpsertAccessMonitoringRule', (req, caller) => {
      check(caller, 'create', 'update');
      return store.putRule(validate(req.rule));
    }),
    GetAccessMonitoringRule: unary(ctx, 'GetAccessMonitoringRule', (req, caller) => {
      check(caller, 'read');
      const rule = store.monitoringRules.get(req.name);
      if (!rule) throw notFound(`access_monitoring_rule "${req.name}" doesn't exist`);
      return structuredClone(rule);
    }),
    DeleteAccessMonitoringRule: unary(ctx, 'DeleteAccessMonitoringRule', (req, caller) => {
      check(caller, 'delete');
      if (!store.deleteRule(req.name)) throw notFound(`access_monitoring_rule "${req.name}" doesn't exist`);
      return {};
    }),
    ListAccessMonitoringRules: unary(ctx, 'ListAccessMonitoringRules', (req, caller) => {
      check(caller, 'list', 'read');
      return page(all(), Number(req.page_size), req.page_token);
    }),
    ListAccessMonitoringRulesWithFilter: unary(ctx, 'ListAccessMonitoringRulesWithFilter', (req, caller) => {
      check(caller, 'list', 'read');
      const matches = all().filter(
        (r) =>
          (req.subjects.length === 0 || req.subjects.some((s) => r.spec?.subjects?.includes(s))) &&
          (!req.notification_name || r.spec?.notification?.name === req.notification_name) &&
          (!req.automatic_review_name || r.spec?.automatic_review?.integration === req.automatic_review_name),
      );
      return page(matches, Number(req.page_size), req.page_token);
    }),
  };
}
