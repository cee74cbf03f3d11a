/**
 * Threshold maths, table-driven: which reviews resolve a request, per Teleport's
 * calculateReviewBasedResolution.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {emptyConditions, type ProposedState, type Review, type Role, type Threshold} from './model';
import {collectThresholds, resolveByReviews, reviewThresholdIndexes} from './thresholds';

function requesterRole(name: string, roles: string[], thresholds: Threshold[]): Role {
  const allow = emptyConditions();
  allow.request.roles = roles;
  allow.request.thresholds = thresholds;
  return {name, maxSessionTTLMs: 3600_000, requestAccess: '', requestPrompt: '', allow, deny: emptyConditions()};
}
const t = (name: string, approve: number, deny: number): Threshold => ({name, filter: '', approve, deny});

function decide(roles: Role[], requested: string[], votes: ProposedState[]): string {
  const {thresholds, roleThresholdMapping} = collectThresholds(roles, requested);
  const reviews: Review[] = [];
  for (const [i, v] of votes.entries()) {
    reviews.push({
      author: `r${i}`,
      roles: [],
      proposedState: v,
      reason: `reason ${i}`,
      created: new Date(),
      thresholdIndexes: reviewThresholdIndexes(thresholds),
      submittedBy: '',
      onBehalfOfAuthor: false,
    });
    const res = resolveByReviews({thresholds, roleThresholdMapping, reviews});
    if (res) return `${res.state} after ${i + 1} (${res.reason})`;
  }
  return 'PENDING';
}

describe('thresholds', () => {
  const dual = requesterRole('devops', ['dbadmin'], [t('dual', 2, 1)]);
  const plain = requesterRole('plain', ['dbadmin'], []);

  const table: {name: string; roles: Role[]; requested: string[]; votes: ProposedState[]; expect: string}[] = [
    {name: 'default threshold: one approval', roles: [plain], requested: ['dbadmin'], votes: ['APPROVED'], expect: 'APPROVED after 1 (reason 0)'},
    {name: 'default threshold: one denial', roles: [plain], requested: ['dbadmin'], votes: ['DENIED'], expect: 'DENIED after 1 (reason 0)'},
    {name: 'dual: one approval is not enough', roles: [dual], requested: ['dbadmin'], votes: ['APPROVED'], expect: 'PENDING'},
    {name: 'dual: two approvals', roles: [dual], requested: ['dbadmin'], votes: ['APPROVED', 'APPROVED'], expect: 'APPROVED after 2 (reason 1)'},
    {name: 'dual: a denial wins at once', roles: [dual], requested: ['dbadmin'], votes: ['APPROVED', 'DENIED'], expect: 'DENIED after 2 (reason 1)'},
    {
      name: 'deny 2: one denial keeps it pending, approvals still count',
      roles: [requesterRole('x', ['dbadmin'], [t('strict', 2, 2)])],
      requested: ['dbadmin'],
      votes: ['DENIED', 'APPROVED', 'APPROVED'],
      expect: 'APPROVED after 3 (reason 2)',
    },
    {
      // Two requester roles both grant dbadmin: two index sets, each must be satisfied.
      name: 'every index set of a role must be satisfied',
      roles: [dual, requesterRole('oncall', ['dbadmin'], [t('three', 3, 1)])],
      requested: ['dbadmin'],
      votes: ['APPROVED', 'APPROVED'],
      expect: 'PENDING',
    },
    {
      name: 'every index set of a role must be satisfied (third approval)',
      roles: [dual, requesterRole('oncall', ['dbadmin'], [t('three', 3, 1)])],
      requested: ['dbadmin'],
      votes: ['APPROVED', 'APPROVED', 'APPROVED'],
      expect: 'APPROVED after 3 (reason 2)',
    },
    {
      name: 'every requested role must be approved',
      roles: [dual, requesterRole('web', ['webadmin'], [])],
      requested: ['dbadmin', 'webadmin'],
      votes: ['APPROVED'],
      expect: 'PENDING',
    },
  ];
  for (const row of table) {
    it(row.name, () => assert.equal(decide(row.roles, row.requested, row.votes), row.expect));
  }

  it('de-duplicates equal thresholds and maps each requested role to its index sets', () => {
    const again = requesterRole('devops2', ['dbadmin', 'webadmin'], [t('dual', 2, 1)]);
    const {thresholds, roleThresholdMapping} = collectThresholds([dual, again, requesterRole('web', ['webadmin'], [])], ['dbadmin', 'webadmin']);
    assert.deepEqual(
      thresholds.map((x) => x.name),
      ['dual', 'default'],
    );
    assert.deepEqual(roleThresholdMapping, {dbadmin: [[0], [0]], webadmin: [[0], [1]]});
  });
});
