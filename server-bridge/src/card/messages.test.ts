import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {CardModel} from '@tma/card-contract';
import {requesterDm, resolutionReply} from './messages';

const base = {
  requestId: '01a236f5-0000-4000-8000-000000000000',
  roles: ['dbadmin'],
  resolveReason: '',
  accessExpires: '2026-12-02T21:33:12.000Z',
  webUrl: null,
} as unknown as CardModel;

describe('follow-ups after approval', () => {
  const cases: [string, Partial<CardModel>, string, string][] = [
    [
      'approved with an end',
      {state: 'APPROVED'},
      '✅ The request was approved.\n🔓 Access active until 2026-12-02 21:33 UTC.',
      '🔓 Access active until 2026-12-02 21:33 UTC.\nAssume it with `tsh login --request-id=01a236f5-0000-4000-8000-000000000000`.',
    ],
    ['approved without an end Teleport set', {state: 'APPROVED', accessExpires: null}, '✅ The request was approved.', 'Assume it with'],
    ['denied: no access line', {state: 'DENIED', resolveReason: 'not today'}, '❌ The request was denied.\n> not today', 'Reason: not today'],
  ];
  for (const [name, card, thread, dm] of cases) {
    it(name, () => {
      const c = {...base, ...card};
      assert.equal(resolutionReply(c), thread);
      assert.ok(requesterDm(c).includes(dm), requesterDm(c));
      if (c.state !== 'APPROVED' || !c.accessExpires) assert.doesNotMatch(requesterDm(c) + resolutionReply(c), /Access active/);
    });
  }
});
