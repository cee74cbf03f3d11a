/**
 * How long something lasts, in the one form every surface uses (card, webapp countdowns,
 * replies, DMs, reminders, /teleport answers): "45m", "4h", "4h 05m", "2d", "2d 6h". Whole
 * minutes, the two largest units, zero parts left out. Both sides import it so the card's
 * "up to 4h" and the webapp's live "ends in 3h 55m" read alike.
 */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${h}h`;
  return `${m}m`;
}
