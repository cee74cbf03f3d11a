/**
 * The daily digest DM: when it is due for a user, and what it says. Pure.
 *
 * Due on the configured weekdays once the user's local clock (their Mattermost time zone) has
 * passed the configured time, and only if that local day has not had one yet. A bridge that was
 * down at 09:00 sends it when it comes back that day; never a second one the same day.
 */
import type {AccessRequest} from '../domain/request';
import {code} from '../card/sanitize';
import {utcTime} from '../card/time';
import {distinctShortIds} from '../reviewers/request-id';
import {failure, success, type InboxEntry, type Result} from '@tma/card-contract';

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DigestSchedule {
  /** Minutes after local midnight. */
  atMinute: number;
  weekdays: ReadonlySet<Weekday>;
}

/** "09:00" and "Mon,Tue" → a schedule, or the reason a field cannot be read (for the log). */
export function readSchedule(time: string, weekdays: string): Result<DigestSchedule, string> {
  const m = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(time);
  if (!m) return failure(`digest time: expected HH:MM (24 h), got "${time}"`);
  const days = new Set<Weekday>();
  for (const word of weekdays.split(/[,\s]+/).filter(Boolean)) {
    const day = WEEKDAYS.find((d) => d.toLowerCase() === word.slice(0, 3).toLowerCase());
    if (!day) return failure(`digest weekdays: "${word}" is not a weekday (Mon … Sun)`);
    days.add(day);
  }
  return success({atMinute: Number(m[1]) * 60 + Number(m[2]), weekdays: days});
}

/** The user's zone from their Mattermost profile; UTC when unset or unknown to this runtime. */
export function zoneOf(timezone: {useAutomaticTimezone?: string | boolean; automaticTimezone?: string; manualTimezone?: string} | undefined): string {
  const automatic = timezone?.useAutomaticTimezone === true || timezone?.useAutomaticTimezone === 'true';
  const zone = (automatic ? timezone?.automaticTimezone : timezone?.manualTimezone) || timezone?.automaticTimezone || timezone?.manualTimezone || 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: zone});
    return zone;
  } catch {
    return 'UTC';
  }
}

interface LocalTime {
  day: string;
  weekday: Weekday;
  minute: number;
}

export function localTime(nowMs: number, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
      .formatToParts(new Date(nowMs))
      .map((p) => [p.type, p.value]),
  );
  return {day: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday as Weekday, minute: Number(parts.hour) * 60 + Number(parts.minute)};
}

/** The local day the digest is due for now, or null. `lastDay` is the local day of the last one sent. */
export function digestDueDay(nowMs: number, timeZone: string, schedule: DigestSchedule, lastDay: string | null): string | null {
  const local = localTime(nowMs, timeZone);
  if (!schedule.weekdays.has(local.weekday) || local.minute < schedule.atMinute || lastDay === local.day) return null;
  return local.day;
}

/** The DM: one line per request awaiting the user, with a link to a card they can open. */
export function digestMessage(entries: readonly InboxEntry[], requests: ReadonlyMap<string, AccessRequest>, siteUrl: string, more: number): string {
  const ids = distinctShortIds(entries.map((e) => e.id));
  const lines = entries.map((e) => {
    const short = ids.get(e.id) ?? e.id;
    const r = requests.get(e.id);
    const what = r ? `${r.roles.map(code).join(', ')} for ${code(r.user)}` : 'a request';
    const link = e.post ? ` · [open the card](${siteUrl.replace(/\/+$/, '')}/_redirect/pl/${e.post})` : ` · \`/teleport show ${short}\``;
    const until = e.exp ? ` · expires ${utcTime(new Date(e.exp * 1000))}` : '';
    return `- ${code(short)} ${what}${until}${link}`;
  });
  const count = entries.length + more;
  return [
    `☀️ **${count} access request${count === 1 ? '' : 's'} await${count === 1 ? 's' : ''} your review**`,
    ...lines,
    ...(more > 0 ? [`…and ${more} more: \`/teleport list\`.`] : []),
  ].join('\n');
}
