/**
 * A Teleport access monitoring rule as the bridge routes by it: validated, normalised. Only the
 * notification part matters here; automatic reviews are Teleport's own business.
 */

export interface RuleShift {
  /** English weekday name, as Teleport writes it ("Monday"). */
  weekday: string;
  /** HH:MM, inclusive. */
  start: string;
  end: string;
}

export interface RuleSchedule {
  name: string;
  /** IANA zone; empty means UTC. */
  timezone: string;
  shifts: RuleShift[];
}

export interface MonitoringRule {
  name: string;
  revision: string;
  subjects: string[];
  condition: string;
  /** Which plugin the rule notifies (its `notification.name`), and whom. */
  notification: {name: string; recipients: string[]} | null;
  schedules: RuleSchedule[];
}

export type RuleEvent = {type: 'init'} | {type: 'put'; rule: MonitoringRule} | {type: 'delete'; name: string};
