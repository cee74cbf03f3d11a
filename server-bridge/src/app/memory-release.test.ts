import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import {startMemoryRelease} from './memory-release';

function rig(slackMiB = 64) {
  let work = 0;
  let inFlight = false;
  let collections = 0;
  const release = startMemoryRelease({
    logger: pino({level: 'silent'}),
    workReceived: () => work,
    working: () => inFlight,
    intervalMs: 3_600_000,
    collect: () => collections++,
    heap: () => ({total: (100 + slackMiB) * 1048576, used: 100 * 1048576}),
  });
  return {
    release,
    receive: (n = 1) => (work += n),
    setInFlight: (v: boolean) => (inFlight = v),
    get collections() {
      return collections;
    },
  };
}

describe('memory release', () => {
  it('collects once after start-up settles, and not again while nothing happens', () => {
    const r = rig();
    r.release.look();
    assert.equal(r.collections, 0, 'one quiet look is not enough: V8 shrinks only after a quiet spell');
    r.release.look();
    assert.equal(r.collections, 1);
    for (let i = 0; i < 5; i++) r.release.look();
    assert.equal(r.collections, 1);
    r.release.stop();
  });

  it('waits until a burst is over, including the work still in flight, then collects once', () => {
    const r = rig();
    r.release.look();
    r.release.look();
    r.receive(500);
    r.release.look();
    r.setInFlight(true);
    r.release.look();
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 1, 'nothing while cards are still being posted');
    r.setInFlight(false);
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 2);
    r.release.look();
    assert.equal(r.collections, 2);
    r.release.stop();
  });

  it('does not collect when the heap holds little more than it uses', () => {
    const r = rig(1);
    r.receive();
    for (let i = 0; i < 4; i++) r.release.look();
    assert.equal(r.collections, 0);
    r.release.stop();
  });
});
