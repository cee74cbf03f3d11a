/**
 * The access monitoring rules that route this plugin's cards, each parsed once when it arrives.
 * A rule the bridge cannot evaluate exactly is kept aside with its reason (logged once per
 * revision, shown in the status box) and never used: it neither routes nor blocks the fallback.
 */
import type {Logger} from 'pino';
import type {MonitoringRule} from '../domain/monitoring-rule';
import {parseCondition, type Condition, type ConditionEnv} from './condition';
import {inSchedules, type Schedule} from './schedule';
import {failure, success, type Result} from '@tma/card-contract';
import {byCodeUnits} from '../domain/order';

const SUBJECT = 'access_request';

export interface ActiveRule {
  name: string;
  recipients: string[];
  condition: Condition;
  schedules: Schedule[];
}

export interface SkippedRule {
  name: string;
  reason: string;
}

type Compiled = Result<ActiveRule, SkippedRule>;

function validateSchedules(rule: MonitoringRule): Schedule[] {
  for (const s of rule.schedules) {
    // Throws RangeError for a zone the runtime does not know, as Go's LoadLocation would fail.
    new Intl.DateTimeFormat('en-US', {timeZone: s.timezone || 'UTC'});
    for (const shift of s.shifts) {
      for (const clock of [shift.start, shift.end]) {
        if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(clock)) throw new Error(`schedule ${s.name}: ${JSON.stringify(clock)} is not HH:MM`);
      }
    }
  }
  return rule.schedules.map((s) => ({timezone: s.timezone, shifts: s.shifts}));
}

/** Null when the rule is not this plugin's to act on (another plugin, another subject). */
export function compileRule(rule: MonitoringRule, plugin: string): Compiled | null {
  if (rule.notification?.name !== plugin || !rule.subjects.includes(SUBJECT)) return null;
  try {
    const condition = parseCondition(rule.condition);
    const schedules = validateSchedules(rule);
    return success({name: rule.name, recipients: rule.notification.recipients, condition, schedules});
  } catch (err) {
    return failure({name: rule.name, reason: (err as Error).message});
  }
}

/**
 * The rules whose schedule holds the creation time and whose condition is true, by name. A rule
 * that fails to evaluate (an unreadable creation time against a schedule) is reported and left
 * out, as Teleport's plugins do.
 */
export function matchingRules(rules: readonly ActiveRule[], env: ConditionEnv, created: Date, onError: (rule: string, err: unknown) => void): ActiveRule[] {
  const matches = (r: ActiveRule): boolean => {
    try {
      return inSchedules(created, r.schedules) && r.condition.evaluate(env);
    } catch (err) {
      onError(r.name, err);
      return false;
    }
  };
  return rules.filter(matches).sort((a, b) => byCodeUnits(a.name, b.name));
}

export class RuleBook {
  private readonly rules = new Map<string, {key: string; compiled: Compiled}>();

  constructor(
    private readonly plugin: string,
    private readonly log: Logger,
  ) {}

  /** After a (re)list: exactly these rules, nothing older. */
  replace(rules: readonly MonitoringRule[]): void {
    const names = new Set(rules.map((r) => r.name));
    for (const name of [...this.rules.keys()]) if (!names.has(name)) this.remove(name);
    for (const rule of rules) this.put(rule);
  }

  put(rule: MonitoringRule): void {
    const key = JSON.stringify([rule.revision, rule.condition, rule.notification, rule.subjects, rule.schedules]);
    if (this.rules.get(rule.name)?.key === key) return;
    const compiled = compileRule(rule, this.plugin);
    if (!compiled) {
      // Renamed to another plugin or subject: it no longer applies here.
      if (this.rules.delete(rule.name)) this.log.info({rule: rule.name}, 'access monitoring rule no longer notifies this plugin');
      return;
    }
    this.rules.set(rule.name, {key, compiled});
    if (compiled.ok) this.log.info({rule: rule.name, recipients: compiled.value.recipients}, 'access monitoring rule routes cards');
    else this.log.warn({rule: rule.name, reason: compiled.error.reason, condition: rule.condition}, 'access monitoring rule skipped: the bridge cannot evaluate it exactly');
  }

  remove(name: string): void {
    if (this.rules.delete(name)) this.log.info({rule: name}, 'access monitoring rule removed');
  }

  get active(): ActiveRule[] {
    return [...this.rules.values()].flatMap((r): ActiveRule[] => (r.compiled.ok ? [r.compiled.value] : []));
  }

  get skipped(): SkippedRule[] {
    return [...this.rules.values()].flatMap((r): SkippedRule[] => (r.compiled.ok ? [] : [r.compiled.error]));
  }
}
