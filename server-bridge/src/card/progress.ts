/**
 * Progress toward a request's thresholds, as Teleport counts it (its calculateReviewBasedResolution):
 * each review is tagged with the indexes of the thresholds whose filter matched it; a role is
 * approved when every one of its index sets holds a threshold whose approvals are reached.
 */
import type {AccessRequest, Review, Threshold} from '../domain/request';
import type {CardModel, CardProgress} from '@tma/card-contract';

const DEFAULT_THRESHOLD: Threshold = {name: 'default', filter: '', approve: 1, deny: 1};

type Counted = Pick<AccessRequest, 'thresholds' | 'reviews'>;

const effectiveThresholds = (request: Counted): Threshold[] => (request.thresholds.length > 0 ? request.thresholds : [DEFAULT_THRESHOLD]);
const thresholdName = (t: Threshold, index: number) => t.name || `threshold ${index + 1}`;
// A review without indexes (older servers, or a request with no thresholds) counts for all.
const countsFor = (review: Review, index: number) => review.thresholdIndexes.length === 0 || review.thresholdIndexes.includes(index);

export function thresholdProgress(request: Counted): CardProgress[] {
  return effectiveThresholds(request).map((threshold, index) => {
    const counted = request.reviews.filter((r) => countsFor(r, index));
    return {
      name: thresholdName(threshold, index),
      approvals: counted.filter((r) => r.decision === 'APPROVED').length,
      approvalsNeeded: threshold.approve,
      denials: counted.filter((r) => r.decision === 'DENIED').length,
      denialsNeeded: threshold.deny,
    };
  });
}

/** Names of the thresholds a review counts towards; empty when there is only one (nothing to tell apart). */
export function reviewThresholds(request: Counted, review: Review): string[] {
  const thresholds = effectiveThresholds(request);
  if (thresholds.length < 2) return [];
  return thresholds.flatMap((t, i) => (countsFor(review, i) ? [thresholdName(t, i)] : []));
}

const more = (n: number) => `${n} more ${n === 1 ? 'approval' : 'approvals'}`;

/**
 * What approval still lacks, one line per unsatisfied index set of any requested role (the sets
 * of all roles must pass; within a set any one threshold will do). Identical lines are merged.
 * Without a role mapping (not sent, or dropped from a compact snapshot), each threshold that
 * can approve counts as its own requirement.
 */
export function stillNeeded(request: Counted & Pick<AccessRequest, 'roleThresholdMapping'>): string[] {
  const thresholds = effectiveThresholds(request);
  const progress = thresholdProgress(request);
  const missing = (i: number): number | null => {
    const t = thresholds[i];
    const p = progress[i];
    if (!t || !p || t.approve === 0) return null;
    return Math.max(0, t.approve - p.approvals);
  };
  const mapped = Object.values(request.roleThresholdMapping).flat();
  const sets = mapped.length > 0 ? mapped : thresholds.map((_, i) => [i]);
  const lines = new Set<string>();
  for (const set of sets) {
    const options = set.flatMap((i) => {
      const m = missing(i);
      return m === null ? [] : [{i, m}];
    });
    if (options.length === 0 || options.some((o) => o.m === 0)) continue;
    const named = thresholds.length > 1;
    lines.add(options.map((o) => (named ? `${more(o.m)} for ${thresholdName(thresholds[o.i]!, o.i)}` : more(o.m))).join(' or '));
  }
  return [...lines];
}

/** One line for the fallback: the threshold furthest from approval, and the one closest to denial. */
export function summarize(progress: CardProgress[]): CardModel['summary'] {
  const approving = progress.filter((p) => p.approvalsNeeded > 0);
  const denying = progress.filter((p) => p.denialsNeeded > 0);
  const furthest = approving.reduce<CardProgress | undefined>(
    (worst, p) => (!worst || p.approvalsNeeded - p.approvals > worst.approvalsNeeded - worst.approvals ? p : worst),
    undefined,
  );
  const closest = denying.reduce<CardProgress | undefined>((best, p) => (!best || p.denialsNeeded - p.denials < best.denialsNeeded - best.denials ? p : best), undefined);
  return {
    approvals: furthest?.approvals ?? 0,
    approvalsNeeded: furthest?.approvalsNeeded ?? 0,
    denials: closest?.denials ?? 0,
    denialsNeeded: closest?.denialsNeeded ?? 0,
  };
}
