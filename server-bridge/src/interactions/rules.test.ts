import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {explain} from '../errors/explain';
import type {Decision, Surface} from '../errors/failure';
import {request as fixture, review} from '../testing/fixtures';
import {checkReason, hasReviewed, isOwnRequest, MAX_REASON_LENGTH} from './rules';

const ID = '0190a5c3-5b1e-7c2a-9d3f-2b8e1f4a6c7d';

describe('reason required: one rule for buttons, dialogs and /teleport', () => {
  const cases: {decision: Decision; reason: string; approveReasonRequired: boolean; surface: Surface; expect: RegExp | string}[] = [
    {decision: 'deny', reason: '', approveReasonRequired: false, surface: 'dialog', expect: /^A reason is required to deny\.$/},
    {decision: 'deny', reason: '   ', approveReasonRequired: false, surface: 'command', expect: /Denying needs a reason the requester will see, e\.g\. `\/teleport deny 0190a5c3/},
    {decision: 'approve', reason: '', approveReasonRequired: true, surface: 'command', expect: /Approving needs a reason/},
    {decision: 'approve', reason: '', approveReasonRequired: true, surface: 'button', expect: /^A reason is required to approve\.$/},
    {decision: 'approve', reason: '', approveReasonRequired: false, surface: 'command', expect: ''},
    {decision: 'deny', reason: '  no ticket ', approveReasonRequired: false, surface: 'dialog', expect: 'no ticket'},
    // Nothing visible is no reason: the same answer as an empty one, on every surface.
    {decision: 'deny', reason: '\u200B', approveReasonRequired: false, surface: 'dialog', expect: /^A reason is required to deny\.$/},
    {decision: 'deny', reason: '\u202E\u2028\uFEFF\r\n', approveReasonRequired: false, surface: 'command', expect: /Denying needs a reason the requester will see/},
    {decision: 'approve', reason: '\u2060\u200D', approveReasonRequired: true, surface: 'button', expect: /^A reason is required to approve\.$/},
    // What Teleport records is the line every surface shows.
    {decision: 'deny', reason: 'no\rticket \u202Eyet', approveReasonRequired: false, surface: 'dialog', expect: 'no ticket yet'},
    {decision: 'approve', reason: 'x'.repeat(MAX_REASON_LENGTH + 1), approveReasonRequired: false, surface: 'dialog', expect: /at most 3000 characters/},
  ];
  for (const c of cases) {
    it(`${c.decision} via ${c.surface}, reason ${JSON.stringify(c.reason.slice(0, 12))}, approve reason required ${c.approveReasonRequired}`, () => {
      const result = checkReason({decision: c.decision, reason: c.reason, requestId: ID, surface: c.surface}, {approveReasonRequired: c.approveReasonRequired});
      if (typeof c.expect === 'string') assert.deepEqual(result, {ok: true, value: c.expect});
      else assert.match(result.ok ? '(accepted)' : explain(result.error.failure).user, c.expect);
    });
  }
});

describe('who may still review a request', () => {
  const request = fixture({user: 'bob', reviews: [review('ivan', 'APPROVED')]});
  it('the requester is refused as such; a reviewer already counted is told so; anyone else may go on', () => {
    assert.deepEqual([isOwnRequest(request, 'bob'), hasReviewed(request, 'bob')], [true, false]);
    assert.deepEqual([isOwnRequest(request, 'ivan'), hasReviewed(request, 'ivan')], [false, true]);
    assert.deepEqual([isOwnRequest(request, 'alice'), hasReviewed(request, 'alice')], [false, false]);
  });
});
