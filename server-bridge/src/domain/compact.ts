/**
 * The part of a pending request worth keeping in memory between its events (issue 10: 10,000
 * pending requests must fit in 150 MiB). The processor keeps the last snapshot of every pending
 * request for two readers only: the EXPIRED card, drawn after Teleport deleted the request, and
 * the reminder scan. compactForExpiry keeps what those read, drops what they never read, and
 * shares what repeats across requests (user and role names, threshold definitions), which every
 * decoded gRPC message otherwise carries as its own copies.
 */
import type {AccessRequest, ResourceRef, Review, Threshold} from './request';

/** Bounded string and list sharing; names in one organisation are few, so the bound is rarely met. */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly unknown[]>();

  constructor(private readonly limit = 20_000) {}

  string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size < this.limit) this.strings.set(s, s);
    return s;
  }

  /** One frozen array per distinct content (key: how to tell contents apart). */
  list<T>(key: string, make: () => T[]): T[] {
    const known = this.lists.get(key);
    if (known) return known as T[];
    const made = Object.freeze(make()) as T[];
    if (this.lists.size < this.limit) this.lists.set(key, made);
    return made;
  }
}

const shared = new SharedValues();
const NO_MAPPING: Record<string, number[][]> = Object.freeze({});

function names(values: readonly string[], pool: SharedValues): string[] {
  if (values.length === 0) return pool.list('', () => []);
  return pool.list(`s:${values.join('\u0000')}`, () => values.map((v) => pool.string(v)));
}

/**
 * A copy of a PENDING request for the processor's snapshot map: the same type (so the card model
 * and reminders read it unchanged), without the fields no reader of a pending snapshot uses
 * (role→threshold mapping, login hint, promoted access list, resolve reason: empty while
 * pending), and with repeated values shared. Reviews are kept: the EXPIRED card shows them.
 */
export function compactForExpiry(request: AccessRequest, pool: SharedValues = shared): AccessRequest {
  const thresholds =
    request.thresholds.length === 0
      ? pool.list<Threshold>('', () => [])
      : pool.list<Threshold>(`t:${request.thresholds.map((t) => `${t.name}\u0000${t.filter}\u0000${t.approve}\u0000${t.deny}`).join('\u0001')}`, () =>
          request.thresholds.map((t) => ({name: pool.string(t.name), filter: pool.string(t.filter), approve: t.approve, deny: t.deny})),
        );
  const reviews: Review[] =
    request.reviews.length === 0
      ? pool.list<Review>('', () => [])
      : request.reviews.map((r) => ({
          ...r,
          author: pool.string(r.author),
          submittedBy: pool.string(r.submittedBy),
          thresholdIndexes: pool.list(`i:${r.thresholdIndexes.join(',')}`, () => [...r.thresholdIndexes]),
        }));
  const resources: ResourceRef[] =
    request.resources.length === 0
      ? pool.list<ResourceRef>('', () => [])
      : request.resources.map((r) => ({cluster: pool.string(r.cluster), kind: pool.string(r.kind), name: r.name, subResource: r.subResource, constraints: r.constraints}));
  return {
    id: request.id,
    user: pool.string(request.user),
    roles: names(request.roles, pool),
    state: request.state,
    created: request.created,
    accessExpires: request.accessExpires,
    pendingExpires: request.pendingExpires,
    maxDuration: request.maxDuration,
    sessionTTL: request.sessionTTL,
    assumeStartTime: request.assumeStartTime,
    reason: request.reason,
    resolveReason: '',
    thresholds,
    roleThresholdMapping: NO_MAPPING,
    reviews,
    suggestedReviewers: names(request.suggestedReviewers, pool),
    resources,
    requestKind: request.requestKind,
    promotedAccessList: null,
    loginHint: '',
  };
}
