/**
 * Progress toward a request's thresholds, as Teleport counts it (its calculateReviewBasedResolution):
 * each review is tagged with the indexes of the thresholds whose filter matched it.
 */
import type {AccessRequest, Threshold} from '../domain/request';
import type {CardModel, CardProgress} from '@tma/card-contract';

const DEFAULT_THRESHOLD: Threshold = {name: 'default', filter: '', approve: 1, deny: 1};

export function thresholdProgress(request: Pick<AccessRequest, 'thresholds' | 'reviews'>): CardProgress[] {
  const thresholds = request.thresholds.length > 0 ? request.thresholds : [DEFAULT_THRESHOLD];
  return thresholds.map((threshold, index) => {
    // A review without indexes (older servers, or a request with no thresholds) counts for all.
    const counted = request.reviews.filter((r) => r.thresholdIndexes.length === 0 || r.thresholdIndexes.includes(index));
    return {
      name: threshold.name || `threshold ${index + 1}`,
      approvals: counted.filter((r) => r.decision === 'APPROVED').length,
      approvalsNeeded: threshold.approve,
      denials: counted.filter((r) => r.decision === 'DENIED').length,
      denialsNeeded: threshold.deny,
    };
  });
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
