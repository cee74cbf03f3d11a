/**
 * The reviewer inbox as stored in Mattermost: one preference per user (category
 * INBOX_CATEGORY, name INBOX_NAME) holding only ids, never request content. The bridge writes it;
 * the webapp reads it from its own preferences (core pushes `preferences_changed` over the
 * websocket) and fetches the card posts itself, so Mattermost decides what the user may read.
 *
 * Part of the contract: the bridge writes it, the webapp reads it; it depends on nothing but zod/mini.
 */
import * as z from 'zod/mini';
import {formatIssues} from './issues';

/** Mattermost accepts [A-Za-z0-9_] categories up to 32 characters on its GET routes. */
export const INBOX_CATEGORY = 'teleport_access_inbox';
export const INBOX_NAME = 'list';
/** How core's preferences reducer keys a preference (mattermost-redux getPreferenceKey). */
export const INBOX_PREFERENCE_KEY = `${INBOX_CATEGORY}--${INBOX_NAME}`;

/**
 * Servers since 2023 take 20,000 characters per value, older ones 2,000 (status-publisher.ts).
 * 2,000 fits everywhere: about 25 entries; the rest is counted in `more`.
 */
export const INBOX_VALUE_MAX_CHARS = 2000;

/**
 * How the user relates to a pending request:
 * r = may review (Teleport's rules), t = Teleport decides on click, s = suggested reviewer,
 * m = the user's own request, v = visible only (a card they can read; nothing for them to do,
 * including requests they already reviewed).
 */
export type InboxRelation = 'r' | 't' | 's' | 'm' | 'v';
export const REVIEWABLE: ReadonlySet<InboxRelation> = new Set(['r', 't', 's']);

export interface InboxEntry {
  /** Teleport request id. */
  id: string;
  /** A card post of the request the user can read, or '' when there is none. */
  post: string;
  rel: InboxRelation;
  /** When the request stops waiting (pending expiry), seconds since epoch; 0 = none known. */
  exp: number;
}

export interface Inbox {
  items: InboxEntry[];
  /** Entries left out to fit the value; the sidebar says "N more". */
  more: number;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const entrySchema = z.object({
  id: z.string().check(z.regex(ID)),
  post: z.string().check(z.regex(/^[A-Za-z0-9]{0,64}$/)),
  rel: z.enum(['r', 't', 's', 'm', 'v']),
  exp: z.number().check(z.nonnegative()),
});
const inboxSchema = z.object({v: z.literal(1), items: z.array(z.unknown()), more: z.optional(z.number())});

export type InboxRead =
  | {kind: 'none'}
  | {kind: 'ok'; inbox: Inbox}
  /** Some entries (or the whole value) could not be read; what was readable is kept. */
  | {kind: 'partial'; inbox: Inbox; problem: string};

/** Lenient: a malformed entry is skipped and reported, never fatal. */
export function decodeInbox(value: string | null | undefined): InboxRead {
  if (value === null || value === undefined || value === '') return {kind: 'none'};
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return {kind: 'partial', inbox: {items: [], more: 0}, problem: 'the stored list is not JSON'};
  }
  const outer = inboxSchema.safeParse(raw);
  if (!outer.success)
    return {
      kind: 'partial',
      inbox: {items: [], more: 0},
      problem: `the stored list has an unknown shape (${formatIssues(outer.error.issues, {firstOnly: true, whole: 'top level'})})`,
    };
  const items: InboxEntry[] = [];
  let bad = 0;
  for (const item of outer.data.items) {
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else bad++;
  }
  const inbox = {items, more: Math.max(0, Math.floor(outer.data.more ?? 0))};
  if (bad > 0) return {kind: 'partial', inbox, problem: `${bad} stored entr${bad === 1 ? 'y' : 'ies'} could not be read`};
  return {kind: 'ok', inbox};
}

/**
 * The stored value. Entries are kept in the given order (most urgent first) until the value would
 * pass `maxChars`; what does not fit is counted in `more`. Deterministic: the same list gives the
 * same string, so the bridge can skip writes that change nothing.
 */
export function encodeInbox(entries: readonly InboxEntry[], maxChars = INBOX_VALUE_MAX_CHARS): string {
  const kept: InboxEntry[] = [];
  const render = (more: number) => JSON.stringify({v: 1, items: kept.map((e) => ({id: e.id, post: e.post, rel: e.rel, exp: e.exp})), more});
  for (let i = 0; i < entries.length; i++) {
    kept.push(entries[i]!);
    // Room for the largest `more` this list could need.
    if (render(entries.length).length > maxChars) {
      kept.pop();
      return render(entries.length - i);
    }
  }
  return render(0);
}

/** The badge: requests waiting for this user's review ("25+" when the list overflowed). */
export function badgeText(inbox: Inbox): string {
  const count = inbox.items.filter((e) => REVIEWABLE.has(e.rel)).length;
  if (inbox.more > 0 && count > 0 && REVIEWABLE.has(inbox.items[inbox.items.length - 1]!.rel)) return `${count}+`;
  return count === 0 ? '' : String(count);
}
