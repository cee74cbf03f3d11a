import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {request} from '../testing/fixtures';
import {distinctShortIds, readRequestIdInput, resolveRequestId, shortRequestId} from './request-id';

const A = '01a234ab-1111-4111-8111-111111111111';
const B = '01a234ab-2222-4222-8222-222222222222';
const C = '7f00c0de-3333-4333-8333-333333333333';
const requests = [A, B, C].map((id) => request({id}));

describe('short request ids', () => {
  it('prints the first 8 characters, as the card does', () => assert.equal(shortRequestId(C), '7f00c0de'));

  const inputs: [typed: string, expected: ReturnType<typeof readRequestIdInput>][] = [
    [C, {kind: 'full', id: C}],
    [C.toUpperCase(), {kind: 'full', id: C}],
    [`https://teleport.example.com/web/requests/${C}`, {kind: 'full', id: C}],
    ['7f00c0de', {kind: 'prefix', prefix: '7f00c0de'}],
    ['7F00C0DE-33', {kind: 'prefix', prefix: '7f00c0de-33'}],
    ['`7f00c0de`', {kind: 'prefix', prefix: '7f00c0de'}],
    ['(7f00c0de).', {kind: 'prefix', prefix: '7f00c0de'}],
    ['7f00c0d', null], // 7 characters: too short
    ['42', null],
    ['7f00c0dg', null],
    ['dbadmin', null],
  ];
  for (const [typed, expected] of inputs) {
    it(`reads ${JSON.stringify(typed)}`, () => assert.deepEqual(readRequestIdInput(typed), expected));
  }

  const resolutions: [typed: string, expected: string][] = [
    ['7f00c0de', `found ${C}`],
    ['7f00c0de-3333', `found ${C}`],
    [C, `found ${C}`],
    ['01a234ab', `ambiguous ${A},${B}`],
    ['01a234ab-2', `found ${B}`],
    ['deadbeef', 'none'],
    ['7f00c0de-4', 'none'],
    ['7f00c0de-3333-4333-8333-333333333334', 'none'],
  ];
  for (const [typed, expected] of resolutions) {
    it(`resolves ${typed} → ${expected}`, () => {
      const input = readRequestIdInput(typed);
      assert.ok(input);
      const r = resolveRequestId(input, requests);
      const got = r.kind === 'found' ? `found ${r.request.id}` : r.kind === 'ambiguous' ? `ambiguous ${r.matches.map((m) => m.id).join(',')}` : 'none';
      assert.equal(got, expected);
    });
  }

  it('lists print longer ids only where two share their first 8 characters', () => {
    const short = distinctShortIds([A, B, C]);
    assert.deepEqual([...short.values()], ['01a234ab-1', '01a234ab-2', '7f00c0de']);
    assert.equal(distinctShortIds([A, '01a234ab-1112-4111-8111-111111111111']).get(A), '01a234ab-1111');
  });

  it('resolves only among the candidates given (requests the user may see)', () => {
    const r = resolveRequestId({kind: 'prefix', prefix: '01a234ab'}, [requests[1]!]);
    assert.equal(r.kind === 'found' && r.request.id, B);
  });
});
