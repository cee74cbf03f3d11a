/**
 * The one way the bridge writes a moment for people in markdown (cards' fallback, replies, DMs,
 * reminders, /teleport answers) and in the credential problems /readyz and the status box show:
 * "2026-12-02 03:51 UTC". Markdown is read by people in many time zones and locales, so it is
 * neither local nor locale-formatted; minutes are precise enough for access that lasts hours, and
 * seconds only make lines longer. (The webapp shows the viewer's own time zone instead.) Pure.
 */
export function utcTime(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return typeof at === 'string' ? at : 'an unknown time';
  return `${isoUtc(date).slice(0, 16).replace('T', ' ')} UTC`;
}

const twoDigits = (n: number) => (n < 10 ? '0' : '') + String(n);
const clock = (d: Date) => `${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}:${twoDigits(d.getUTCSeconds())}`;

/**
 * What `Date.prototype.toISOString` returns (and throws), without calling it: V8's C++ date
 * builtins set up a time zone cache on first use, which pages in ~0.6 MiB of ICU's time zone data
 * that the bridge never reads (every moment it writes is UTC). The getUTC* accessors do not
 * (issue 10: idle RSS). Years outside 0-9999 are signed and six digits, as toISOString writes them.
 */
export function isoUtc(at: Date | number): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid time value');
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${year}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}T${clock(d)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}Z`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An HTTP Date header (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), as `toUTCString` writes it
 * for years 1000-9999. The bridge's HTTP server sets it itself: Node's own comes from
 * toUTCString, which pages in ICU's time zone data as toISOString does (see isoUtc).
 */
export function httpDate(at: Date | number): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${WEEKDAYS[d.getUTCDay()]!}, ${twoDigits(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]!} ${d.getUTCFullYear()} ${clock(d)} GMT`;
}
