import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {TeleportError, type TeleportErrorKind} from '../teleport/port';
import {checkOnBehalfReviews, SELF_CHECK_AUTHOR} from './selfcheck';
import {captureLogger, fakeTeleport} from './testing';

describe('on-behalf review self-check', () => {
  it('passes when Teleport gets as far as looking the (non-existent) request up, and writes nothing', async () => {
    const teleport = fakeTeleport();
    const result = await checkOnBehalfReviews(teleport, captureLogger().logger);
    assert.deepEqual({passed: result.passed, conclusive: result.conclusive}, {passed: true, conclusive: true});
    assert.equal(teleport.calls.submitReview.length, 1);
    assert.equal(teleport.calls.submitReview[0]?.author, SELF_CHECK_AUTHOR);
    assert.equal(teleport.requests.size, 0);
  });

  it('fails when the identity may not submit for others (or the server is too old)', async () => {
    const teleport = fakeTeleport();
    teleport.onBehalf = false;
    const result = await checkOnBehalfReviews(teleport, captureLogger().logger);
    assert.equal(result.passed, false);
    assert.equal(result.conclusive, true);
    assert.match(result.detail, /submit_for_users/);
  });

  const table: {kind: TeleportErrorKind; message: string; passed: boolean; conclusive: boolean; detail: RegExp}[] = [
    {kind: 'AccessDenied', message: 'admin-level API request requires MFA verification', passed: false, conclusive: true, detail: /MFA/},
    {kind: 'ConnectionProblem', message: 'connection refused', passed: false, conclusive: false, detail: /retry/},
    {kind: 'BadParameter', message: 'bad request id', passed: false, conclusive: true, detail: /unexpected/},
  ];
  for (const row of table) {
    it(`${row.kind} "${row.message}" → passed=${row.passed}, conclusive=${row.conclusive}`, async () => {
      const teleport = fakeTeleport();
      teleport.failNext.set('submitReview', [new TeleportError(row.kind, row.message)]);
      const result = await checkOnBehalfReviews(teleport, captureLogger().logger);
      assert.deepEqual({passed: result.passed, conclusive: result.conclusive}, {passed: row.passed, conclusive: row.conclusive});
      assert.match(result.detail, row.detail);
    });
  }
});
