/**
 * Access monitoring rule schedules (Teleport 18.2.8+): a rule with schedules only applies to
 * requests created inside one of its shifts, in the schedule's time zone (default UTC). Mirrors
 * lib/accessmonitoring/schedule.go: weekday by English name, HH:MM bounds inclusive. Pure.
 */

export interface Shift {
  weekday: string;
  start: string;
  end: string;
}
export interface Schedule {
  timezone: string;
  shifts: Shift[];
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutes(clock: string, what: string): number {
  const m = CLOCK.exec(clock);
  if (!m) throw new Error(`invalid ${what} time ${JSON.stringify(clock)} (HH:MM)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Weekday name and minute of the day of `at` in `timezone`; throws on an unknown zone. */
function localTime(at: Date, timezone: string): {weekday: string; minute: number; second: number} {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone || 'UTC',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return {weekday: get('weekday'), minute: Number(get('hour')) * 60 + Number(get('minute')), second: Number(get('second'))};
}

function inSchedule(at: Date, schedule: Schedule): boolean {
  if (schedule.shifts.length === 0) return false;
  const local = localTime(at, schedule.timezone);
  return schedule.shifts.some((shift) => {
    if (shift.weekday !== local.weekday) return false;
    const start = minutes(shift.start, 'start');
    const end = minutes(shift.end, 'end');
    // Go compares full timestamps: 12:30:59 is after an end of 12:30.
    const after = local.minute > end || (local.minute === end && local.second > 0);
    return local.minute >= start && !after;
  });
}

/** True when there are no schedules, or `at` falls in one of them. Throws on a malformed schedule. */
export function inSchedules(at: Date, schedules: readonly Schedule[]): boolean {
  if (schedules.length === 0) return true;
  return schedules.some((s) => inSchedule(at, s));
}
