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
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
