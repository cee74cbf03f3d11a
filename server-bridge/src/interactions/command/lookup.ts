/**
 * Own-property lookup for tables keyed by user input: a plain `table[word]` would answer
 * "__proto__" or "constructor" with Object.prototype members.
 */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
