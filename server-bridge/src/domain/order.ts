/**
 * The order of ids, resource names and ISO-8601 UTC timestamps: by UTF-16 code unit, which for
 * these ASCII strings is also their natural order (and, for timestamps of one format, time order).
 * Not localeCompare: it pages in ICU's collation data (~2 MiB resident) and costs a collator call
 * per comparison, for strings no person reads as words. Pure.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
