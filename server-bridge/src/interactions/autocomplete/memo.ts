/**
 * Mattermost asks for a list on every keystroke after `approve ` or `--roles `; each ask would
 * read Teleport's pending requests. A user's list is kept for a few seconds, so typing an id costs
 * one read; a request created meanwhile shows at the latest that much later.
 */
import type {AutocompleteListItem, ListName} from './tree';

export const LIST_TTL_MS = 5_000;
/** Bounded: one entry per user and list typed into in the last few seconds. */
const MAX_ENTRIES = 1_000;

export class ListMemo {
  private readonly entries = new Map<string, {at: number; items: Promise<AutocompleteListItem[]>}>();

  constructor(private readonly now: () => number) {}

  /** The user's list, computed at most once per LIST_TTL_MS; a failed computation is not kept. */
  get(mattermostUserId: string, list: ListName, compute: () => Promise<AutocompleteListItem[]>): Promise<AutocompleteListItem[]> {
    const key = `${mattermostUserId}\u0000${list}`;
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < LIST_TTL_MS) return hit.items;
    if (this.entries.size >= MAX_ENTRIES) this.evict(now);
    const items = compute();
    this.entries.set(key, {at: now, items});
    items.catch(() => this.entries.delete(key));
    return items;
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) if (now - entry.at >= LIST_TTL_MS) this.entries.delete(key);
    // Still full: many users at once; drop the oldest half rather than grow.
    if (this.entries.size >= MAX_ENTRIES) [...this.entries.keys()].slice(0, MAX_ENTRIES / 2).forEach((k) => this.entries.delete(k));
  }
}
