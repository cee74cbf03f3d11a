import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import {execFileSync} from 'node:child_process';
import vm from 'node:vm';
import {fullCollection, startMemoryRelease} from './memory-release';

function rig(slackMiB = 64, youngMiB: () => number = () => 1) {
  let work = 0;
  let inFlight = false;
  let collections = 0;
  const release = startMemoryRelease({
    logger: pino({level: 'silent'}),
    workReceived: () => work,
    working: () => inFlight,
    intervalMs: 3_600_000,
    collect: () => collections++,
    heap: () => ({total: (100 + slackMiB) * 1048576, used: 100 * 1048576, young: youngMiB() * 1048576}),
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

  it('tries again at the next quiet spell when V8 kept the young generation large, up to three times per busy period', () => {
    let young = 8;
    const r = rig(64, () => young);
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 1);
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 2, 'the young generation was still 8 MiB: released again after two more quiet looks');
    for (let i = 0; i < 6; i++) r.release.look();
    assert.equal(r.collections, 3, 'three tries, then a quiet bridge stops collecting');
    r.receive();
    r.release.look();
    young = 1;
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 4, 'a new busy period gets its release');
    for (let i = 0; i < 6; i++) r.release.look();
    assert.equal(r.collections, 4, 'shrunk: no second try');
    r.release.stop();
  });

  it('collects after a busy period even when V8 counts the whole heap as used (its garbage is, until collected)', () => {
    const r = rig(0);
    r.release.look();
    r.release.look();
    assert.equal(r.collections, 1);
    r.receive();
    for (let i = 0; i < 4; i++) r.release.look();
    assert.equal(r.collections, 2);
    r.release.stop();
  });
});

describe('memory release timing', () => {
  it('releases start-up garbage within seconds of start, then looks every interval', (t) => {
    t.mock.timers.enable({apis: ['setTimeout']});
    let collections = 0;
    let work = 0;
    const release = startMemoryRelease({
      logger: pino({level: 'silent'}),
      workReceived: () => work,
      working: () => false,
      collect: () => collections++,
      heap: () => ({total: 200 * 1048576, used: 100 * 1048576, young: 1048576}),
    });
    work++; // the watch's INIT and the catch-up right after start
    t.mock.timers.tick(1_000);
    t.mock.timers.tick(1_000);
    assert.equal(collections, 0, 'start-up work seen at the first look; one quiet look so far');
    t.mock.timers.tick(1_000);
    assert.equal(collections, 1, 'released 3 s after start');
    work += 1000; // a burst
    t.mock.timers.tick(5_000);
    t.mock.timers.tick(5_000);
    assert.equal(collections, 1, 'after start-up the looks are 5 s apart: the burst was seen at 8 s, one quiet look at 13 s');
    t.mock.timers.tick(5_000);
    assert.equal(collections, 2, 'released at 18 s');
    release.stop();
  });

  it("leaves V8's flags as they were, so the code cache the launcher writes at exit serves the next start", () => {
    // V8 rejects a code cache made under other flags. This process runs under Node's own flags, as
    // a fresh start does: a cache made after a collection must be taken by a fresh Node.
    const source = '(function () { return function answer() { return 42; }; })';
    const script = new vm.Script(source, {filename: 'cache-probe.js'});
    fullCollection()();
    const cache = script.createCachedData().toString('base64');
    const probe = `const vm = require('node:vm');
      const s = new vm.Script(${JSON.stringify(source)}, {filename: 'cache-probe.js', cachedData: Buffer.from(${JSON.stringify(cache)}, 'base64')});
      process.stdout.write(String(s.cachedDataRejected));`;
    const rejected = execFileSync(process.execPath, ['-e', probe], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
    assert.equal(rejected, 'false');
  });
});
