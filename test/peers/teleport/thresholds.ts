/**
 * Review thresholds, following Teleport's lib/services/access_request.go: the request carries the
 * de-duplicated thresholds of every requester role that grants a requested role, and a
 * role → index-sets mapping. A role is approved when every one of its sets holds a threshold whose
 * approval count is reached; the request is denied as soon as any deny threshold is reached.
 */
import {matchesName} from './rbac';
import type {AccessRequest, ProposedState, Review, Role, Threshold} from './model';

const DEFAULT_THRESHOLD: Threshold = {name: 'default', filter: '', approve: 1, deny: 1};

const sameThreshold = (a: Threshold, b: Threshold) => a.name === b.name && a.filter === b.filter && a.approve === b.approve && a.deny === b.deny;

export function collectThresholds(requesterRoles: Role[], requested: string[]): {thresholds: Threshold[]; roleThresholdMapping: Record<string, number[][]>} {
  const thresholds: Threshold[] = [];
  const push = (ts: Threshold[]): number[] => {
    // An empty threshold list means the implicit default (approve 1 / deny 1).
    const list = ts.length === 0 ? [DEFAULT_THRESHOLD] : ts;
    return list.map((t) => {
      const i = thresholds.findIndex((x) => sameThreshold(x, t));
      if (i >= 0) return i;
      thresholds.push({...t});
      return thresholds.length - 1;
    });
  };
  const roleThresholdMapping: Record<string, number[][]> = {};
  for (const role of requested) {
    const sets: number[][] = [];
    for (const r of requesterRoles) {
      if (r.allow.request.roles.some((p) => matchesName(p, role))) sets.push(push(r.allow.request.thresholds));
    }
    roleThresholdMapping[role] = sets;
  }
  return {thresholds, roleThresholdMapping};
}

/** Thresholds a review counts towards. Only empty filters are supported; they match every review. */
export function reviewThresholdIndexes(thresholds: Threshold[]): number[] {
  return thresholds.flatMap((t, i) => (t.filter === '' ? [i] : []));
}

export interface Resolution {
  state: ProposedState;
  reason: string;
}

/** calculateReviewBasedResolution: null while no threshold decides. */
export function resolveByReviews(req: Pick<AccessRequest, 'thresholds' | 'roleThresholdMapping'> & {reviews: Review[]}): Resolution | null {
  const {thresholds, reviews} = req;
  if (thresholds.length === 0 || reviews.length === 0) return null;
  const counts = thresholds.map(() => ({approval: 0, denial: 0}));
  const approved = new Set<string>();
  const roles = Object.keys(req.roleThresholdMapping);
  let denied = false;
  let last: Review | undefined;

  for (const rev of reviews) {
    last = rev;
    for (const i of rev.thresholdIndexes) {
      const c = counts[i];
      if (!c) throw new Error(`threshold index ${i} out of range (this is a bug)`);
      if (rev.proposedState === 'APPROVED') c.approval++;
      else c.denial++;
    }
    if (thresholds.some((t, i) => t.deny !== 0 && (counts[i]?.denial ?? 0) >= t.deny)) {
      denied = true;
      break;
    }
    let allApproved = true;
    for (const role of roles) {
      if (approved.has(role)) continue;
      const sets = req.roleThresholdMapping[role] ?? [];
      const ok = sets.every((set) =>
        set.some((i) => {
          const t = thresholds[i];
          return t !== undefined && t.approve !== 0 && (counts[i]?.approval ?? 0) >= t.approve;
        }),
      );
      if (!ok) {
        allApproved = false;
        break;
      }
      approved.add(role);
    }
    if (allApproved) break;
  }

  if (!last) return null;
  if (last.proposedState === 'APPROVED' && approved.size !== roles.length) return null;
  if (last.proposedState === 'DENIED' && !denied) return null;
  return {state: last.proposedState, reason: last.reason};
}
