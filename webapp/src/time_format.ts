// Time as the webapp shows it, in one voice everywhere: how long ago or how long from now, then
// the absolute time in the viewer's time zone, e.g. "5m ago · 14:03 CET" or "in 2h 05m · Dec 3,
// 16:08 CET". (Markdown written by the bridge uses one UTC form instead: its readers are in many
// zones.) Durations use the contract's one form, shared with the bridge.
import {durationText} from '@tma/card-contract';

/** How to show absolute times to this viewer; empty fields mean the browser's own. */
export interface TimeStyle {
  /** IANA zone from the viewer's Mattermost profile, when they chose one. */
  timeZone?: string;
  /** Mattermost's "24-hour clock" display setting, when known. */
  hour12?: boolean;
  /** Tests pin the locale; the webapp uses the browser's. */
  locale?: string;
}

/** A live countdown: the one duration form ("2d 3h", "2h 05m"), with seconds in the last hour ("4m 09s", "12s"); never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  if (total >= 3600) return durationText(total * 1000 - ((total * 1000) % 60_000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return `${seconds}s`;
}

/** "just now", "5m ago", "2h 05m ago", "3d 4h ago": the past at the precision people need. */
export function formatAgo(ms: number): string {
  if (ms < 60_000) return 'just now';
  // Seconds would tick on every render and say nothing useful about the past.
  return `${durationText(ms - (ms % 60_000))} ago`;
}

function parts(at: Date, style: TimeStyle, withDate: boolean): string {
  const options: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', timeZoneName: 'short'};
  if (withDate) Object.assign(options, {month: 'short', day: 'numeric'});
  // hourCycle rather than hour12: some locales write midnight as "24:05" with hour12 false.
  if (style.hour12 !== undefined) options.hourCycle = style.hour12 ? 'h12' : 'h23';
  try {
    return at.toLocaleString(style.locale, {...options, timeZone: style.timeZone});
  } catch {
    // An unknown zone name in a profile: the browser's own zone is the next best truth.
    return at.toLocaleString(style.locale, options);
  }
}

function dayIn(at: Date, timeZone: string | undefined): string {
  try {
    return at.toLocaleDateString('en-CA', {timeZone});
  } catch {
    return at.toLocaleDateString('en-CA');
  }
}

/** Time of day with its zone, and the date when it is not today (in that zone). Invalid input is shown as given. */
export function formatAbsolute(iso: string, now: number, style: TimeStyle = {}): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return parts(at, style, dayIn(at, style.timeZone) !== dayIn(new Date(now), style.timeZone));
}

/** The one form for a moment: relative, then absolute in the viewer's zone. */
export function formatWhen(iso: string, now: number, style: TimeStyle = {}): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const relative = at > now ? `in ${formatRemaining(at - now)}` : formatAgo(now - at);
  return `${relative} · ${formatAbsolute(iso, now, style)}`;
}

export function parseTime(iso: string | null): number | null {
  if (iso === null) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}
