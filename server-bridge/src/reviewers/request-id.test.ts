import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {uuidv7} from '../../../test/peers/teleport/access-requests';
import {request} from '../testing/fixtures';
import {distinctShortIds, readRequestIdInput, resolveRequestId, shortRequestId, type Resolution} from './request-id';

// Real UUIDv7 ids minted 1 ms apart at 2026-12-02T02:53:07Z: the first 8 characters (32 of the 48
// timestamp bits) are the same for every request of that ~65 s, which is what two inbox cards
// both showing "01a234ab" looked like. The last 8 are random.
const A = '01a234ab-8a38-7501-bd91-ef66860664fe';
const B = '01a234ab-8a39-7a08-bc6b-c2130545ebf9';
const C = '01a234ab-8a3a-7a90-a8dc-b48cc83ad3de';
// An older cluster's UUIDv4.
const D = '7f00c0de-3333-4333-8333-333333333333';
const requests = [A, B, C, D].map((id) => request({id}));

const describeResolution = (r: Resolution) =>
  r.kind === 'found' ? `found ${r.request.id}` : r.kind === 'ambiguous' ? `ambiguous ${r.matches.map((m) => m.id).join(',')}` : 'none';

describe('short request ids', () => {
  const printed: [id: string, short: string][] = [
    [A, '860664fe'],
    [B, '0545ebf9'],
    [C, 'c83ad3de'],
    [D, '33333333'],
  ];
  for (const [id, short] of printed) {
    it(`prints the random tail of ${id}: ${short}`, () => assert.equal(shortRequestId(id), short));
  }

  it('prints different ids for requests minted in the same minute, where the first 8 characters are one', () => {
    assert.equal(new Set([A, B, C].map((id) => id.slice(0, 8))).size, 1);
    assert.equal(new Set([A, B, C].map(shortRequestId)).size, 3);
  });

  const inputs: [typed: string, expected: ReturnType<typeof readRequestIdInput>][] = [
    [D, {kind: 'full', id: D}],
    [D.toUpperCase(), {kind: 'full', id: D}],
    [`https://teleport.example.com/web/requests/${A}`, {kind: 'full', id: A}],
    ['860664fe', {kind: 'fragment', fragment: '860664fe'}],
    ['`860664FE`', {kind: 'fragment', fragment: '860664fe'}],
    ['(860664fe).', {kind: 'fragment', fragment: '860664fe'}],
    ['bd91-ef66860664fe', {kind: 'fragment', fragment: 'bd91-ef66860664fe'}],
    ['7F00C0DE-33', {kind: 'fragment', fragment: '7f00c0de-33'}],
    ['01a234ab-8a38', {kind: 'fragment', fragment: '01a234ab-8a38'}],
    ['860664f', null], // 7 characters: too short
    ['0664-fe', null], // 6 digits and a dash
    ['42', null],
    ['860664fg', null],
    ['dbadmin', null],
  ];
  for (const [typed, expected] of inputs) {
    it(`reads ${JSON.stringify(typed)}`, () => assert.deepEqual(readRequestIdInput(typed), expected));
  }

  const resolutions: [typed: string, expected: string][] = [
    // What cards, DMs, the digest and the inbox print.
    ['860664fe', `found ${A}`],
    ['0545ebf9', `found ${B}`],
    ['c83ad3de', `found ${C}`],
    // More of the tail, the 13-character head (the whole millisecond), the whole id.
    ['b48cc83ad3de', `found ${C}`],
    ['a8dc-b48cc83ad3de', `found ${C}`],
    ['01a234ab-8a39', `found ${B}`],
    [A, `found ${A}`],
    // The head cards printed before: shared by the whole minute, so the answer lists them.
    ['01a234ab', `ambiguous ${A},${B},${C}`],
    ['01a234ab-8a3', `ambiguous ${A},${B},${C}`],
    ['7f00c0de', `found ${D}`],
    ['33333333', `found ${D}`],
    // Neither end, or no such request.
    ['deadbeef', 'none'],
    ['8a38-7501', 'none'],
    ['7f00c0de-4', 'none'],
    ['01a234ab-8a38-7501-bd91-ef66860664ff', 'none'],
  ];
  for (const [typed, expected] of resolutions) {
    it(`resolves ${typed} → ${expected}`, () => {
      const input = readRequestIdInput(typed);
      assert.ok(input);
      assert.equal(describeResolution(resolveRequestId(input, requests)), expected);
    });
  }

  it('a fragment that is one request’s head and another’s tail is ambiguous', () => {
    const tail = request({id: '00000000-0000-4000-8000-0000a1b2c3d4'});
    const head = request({id: 'a1b2c3d4-0000-4000-8000-000000000001'});
    assert.equal(describeResolution(resolveRequestId({kind: 'fragment', fragment: 'a1b2c3d4'}, [tail, head])), `ambiguous ${tail.id},${head.id}`);
  });

  it('every request minted milliseconds apart resolves by the short id it is printed with', () => {
    const start = Date.UTC(2026, 11, 2, 2, 53, 7);
    const minted = Array.from({length: 200}, (_, i) => request({id: uuidv7(start + i)}));
    for (const r of minted) {
      const input = readRequestIdInput(shortRequestId(r.id));
      assert.ok(input);
      assert.equal(describeResolution(resolveRequestId(input, minted)), `found ${r.id}`);
    }
  });

  it('lists print more of the tail only where two listed ids share the last 8 characters', () => {
    const twin = '01a234ab-8a3c-7000-8000-0000860664fe';
    const short = distinctShortIds([A, twin, C]);
    assert.deepEqual([...short.values()], ['6860664fe', '0860664fe', 'c83ad3de']);
    // Never starting on a dash.
    const sibling = '01a234ab-8a3d-7000-8000-ef66860664fe';
    assert.equal(distinctShortIds([A, sibling]).get(A), '1-ef66860664fe');
    // Nor on a tail that is another listed id's head.
    const head = '860664fe-0000-4000-8000-000000000001';
    assert.equal(distinctShortIds([A, head]).get(A), '6860664fe');
  });

  it('resolves only among the candidates given (requests the user may see)', () => {
    const r = resolveRequestId({kind: 'fragment', fragment: '01a234ab'}, [requests[1]!]);
    assert.equal(r.kind === 'found' && r.request.id, B);
  });
});
