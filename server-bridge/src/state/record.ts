/**
 * The bridge's memory of a request, kept in Teleport plugin data (kind access_request, our plugin
 * name) so that restarts and several replicas share it. This module alone owns the format:
 * plugin data is a flat map of strings, and every write goes through compare-and-swap.
 */
import type {CardState} from '../domain/request';

export interface PostRef {
  channelId: string;
  postId: string;
}

export interface RequestRecord {
  /** Every card posted for the request (channel and DM posts). */
  posts: PostRef[];
  /** Replica that claimed the initial posting, and when (ms since epoch). */
  owner: string;
  claimedAt: number;
  /** All recipients were handled (posted or permanently skipped). */
  posted: boolean;
  /** Reviews already announced in threads (a high-water mark, like Teleport's plugins). */
  reviewsAnnounced: number;
  /** Last state announced to the requester and in threads ('' = none yet). */
  stateAnnounced: CardState | '';
  /** Highest render generation claimed; cards are only rewritten for a newer one. */
  generation: number;
  /** The pending reminder was claimed (app/reminders.ts); absent until then. Sent at most once. */
  reminded?: boolean;
  /** The requester's before-expiry warning was claimed; absent until then. Sent at most once. */
  expiryWarned?: boolean;
}

export const EMPTY_RECORD: RequestRecord = {
  posts: [],
  owner: '',
  claimedAt: 0,
  posted: false,
  reviewsAnnounced: 0,
  stateAnnounced: '',
  generation: 0,
};

const STATES = new Set(['PENDING', 'APPROVED', 'DENIED', 'PROMOTED', 'EXPIRED']);
const ID = /^[A-Za-z0-9_-]+$/;

function int(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 0;
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
    owner: data.owner ?? '',
    claimedAt: int(data.claimed_at),
    posted: data.posted === '1',
    reviewsAnnounced: int(data.reviews_announced),
    stateAnnounced: STATES.has(state) ? (state as CardState) : '',
    generation: int(data.generation),
    ...(data.reminded === '1' ? {reminded: true} : {}),
    ...(data.expiry_warned === '1' ? {expiryWarned: true} : {}),
  };
}

/** Full map: keys with empty values delete themselves (Teleport plugin-data semantics). */
export function encodeRecord(record: RequestRecord): Record<string, string> {
  return {
    posts: record.posts.map((p) => `${p.channelId}/${p.postId}`).join(','),
    owner: record.owner,
    claimed_at: record.claimedAt ? String(record.claimedAt) : '',
    posted: record.posted ? '1' : '',
    reviews_announced: record.reviewsAnnounced ? String(record.reviewsAnnounced) : '',
    state_announced: record.stateAnnounced,
    generation: record.generation ? String(record.generation) : '',
    reminded: record.reminded ? '1' : '',
    expiry_warned: record.expiryWarned ? '1' : '',
  };
}

/**
 * The CAS expectation for "the record is still what I read": the stored map itself.
 * Empty values are dropped because Teleport stores no empty keys; with nothing stored,
 * an all-empty expectation is what matches (reference teleport.md §7.9).
 */
export function expectationFor(record: RequestRecord): Record<string, string> {
  const encoded = encodeRecord(record);
  const expect: Record<string, string> = {};
  for (const [k, v] of Object.entries(encoded)) expect[k] = v;
  return expect;
}
