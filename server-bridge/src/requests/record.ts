/**
 * The bridge's memory of a request, kept in Teleport plugin data (kind access_request, our plugin
 * name) so that restarts and several replicas share it. This module alone owns the format:
 * plugin data is a flat map of strings, and every write goes through compare-and-swap (cas.ts).
 *
 * Work on a request happens under a lease: the replica named in `lease` acts, then writes what it
 * did and releases the lease in the same write. A lease found in the record therefore means "work
 * may have happened that is not written down": whoever takes it over first looks in Mattermost for
 * what was posted since `lease.since` (chat effects are findable by their props) before acting.
 */
import type {CardState} from '../domain/request';

export interface PostRef {
  channelId: string;
  postId: string;
}

export interface Lease {
  owner: string;
  /** ms since epoch; after this the owner is presumed dead and anyone may take over. */
  until: number;
  /** When the unrecorded work began (ms): lost posts are looked for from here on. */
  since: number;
}

export interface RequestRecord {
  /** Every card posted for the request (channel and DM posts). */
  posts: PostRef[];
  /** All recipients were handled (posted, or refused for good and logged). */
  posted: boolean;
  /** Highest card generation drawn on every card; cards are only rewritten for a newer one. */
  generation: number;
  /** Reviews whose thread replies are posted (a high-water mark, like Teleport's plugins). */
  reviewsAnnounced: number;
  /** Last state announced to the requester and in threads ('' = none yet). */
  stateAnnounced: CardState | '';
  /** Who holds the work on this request right now, if anyone. */
  lease: Lease | null;
  /** The pending reminder was claimed (app/reminders.ts); sent at most once. */
  reminded?: boolean;
  /** The requester's before-expiry warning was claimed; sent at most once. */
  expiryWarned?: boolean;
  /** The requester was warned that granted access is about to end; sent at most once. */
  accessWarned?: boolean;
}

export const EMPTY_RECORD: RequestRecord = {
  posts: [],
  posted: false,
  generation: 0,
  reviewsAnnounced: 0,
  stateAnnounced: '',
  lease: null,
};

const STATES = new Set(['PENDING', 'APPROVED', 'DENIED', 'PROMOTED', 'EXPIRED']);
const ID = /^[A-Za-z0-9_-]+$/;

function int(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function decodeLease(value: string | undefined): Lease | null {
  // owner|until|since: the owner is a replica id, so it may hold anything but '|'.
  const parts = (value ?? '').split('|');
  if (parts.length !== 3 || !parts[0]) return null;
  return {owner: parts[0], until: int(parts[1]), since: int(parts[2])};
}

/** Lenient on purpose: a corrupt field must not make the bridge forget the rest. */
export function decodeRecord(data: Record<string, string> | null): RequestRecord {
  if (!data) return EMPTY_RECORD;
  const posts: PostRef[] = [];
  for (const item of (data.posts ?? '').split(',')) {
    const [channelId, postId] = item.split('/');
    if (channelId && postId && ID.test(channelId) && ID.test(postId)) posts.push({channelId, postId});
  }
  const state = data.state_announced ?? '';
  return {
    posts,
    posted: data.posted === '1',
    generation: int(data.generation),
    reviewsAnnounced: int(data.reviews_announced),
    stateAnnounced: STATES.has(state) ? (state as CardState) : '',
    lease: decodeLease(data.lease),
    ...(data.reminded === '1' ? {reminded: true} : {}),
    ...(data.expiry_warned === '1' ? {expiryWarned: true} : {}),
    ...(data.access_warned === '1' ? {accessWarned: true} : {}),
  };
}

/**
 * The full map, every key present: a key with an empty value deletes itself in Teleport, and as
 * a CAS expectation it means "absent", so an encoded record is also the exact expectation for
 * "the stored record is still this one".
 */
export function encodeRecord(record: RequestRecord): Record<string, string> {
  const lease = record.lease;
  return {
    posts: record.posts.map((p) => `${p.channelId}/${p.postId}`).join(','),
    posted: record.posted ? '1' : '',
    generation: record.generation ? String(record.generation) : '',
    reviews_announced: record.reviewsAnnounced ? String(record.reviewsAnnounced) : '',
    state_announced: record.stateAnnounced,
    lease: lease ? `${lease.owner}|${lease.until}|${lease.since}` : '',
    reminded: record.reminded ? '1' : '',
    expiry_warned: record.expiryWarned ? '1' : '',
    access_warned: record.accessWarned ? '1' : '',
  };
}

/** Whether two records would be stored alike (their encodings agree key for key). */
export function sameRecord(a: RequestRecord, b: RequestRecord): boolean {
  if (a === b) return true;
  const x = encodeRecord(a);
  const y = encodeRecord(b);
  return Object.keys(x).every((key) => x[key] === y[key]);
}

/** A compare-and-swap write of a record: what to set, and what the stored entry must be first. */
export interface RecordWrite {
  set: Record<string, string>;
  expect: Record<string, string>;
}

/**
 * The write that turns `expected` into `next`: the expectation is the whole record (every key, an
 * empty value meaning absent), the write only the keys that change. Teleport merges `Set` into the
 * stored entry once the expectation holds, so the result is `next` exactly (as it was when every
 * key was sent again). A claim changes one key of nine: a card's two writes encode 37 instead of
 * 46 µs each at the shipped tier, 331 instead of 436 bytes (issue 10).
 */
export function encodeWrite(next: RequestRecord, expected: RequestRecord): RecordWrite {
  const expect = encodeRecord(expected);
  const target = encodeRecord(next);
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(target)) if (value !== expect[key]) set[key] = value;
  return {set, expect};
}
