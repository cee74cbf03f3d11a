import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {KeyedQueue} from './keyed-queue';

const tick = () => new Promise((r) => setImmediate(r));

describe('keyed queue', () => {
  it('runs tasks of one key in order, one at a time', async () => {
    const q = new KeyedQueue(8);
    const log: string[] = [];
    for (const i of [1, 2, 3]) {
      void q.push('r1', async () => {
        log.push(`start ${i}`);
        await tick();
        log.push(`end ${i}`);
      });
    }
    await q.idle();
    assert.deepEqual(log, ['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });
  it('bounds concurrency across keys', async () => {
    const q = new KeyedQueue(2);
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 10; i++) {
      void q.push(`r${i}`, async () => {
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
      });
    }
    await q.idle();
    assert.equal(peak, 2);
  });
  it('a failing task does not block the next one of its key', async () => {
    const q = new KeyedQueue(1);
    let ran = false;
    void q.push('r', async () => {
      throw new Error('boom');
    });
    void q.push('r', async () => {
      ran = true;
    });
    await q.idle();
    assert.ok(ran);
  });
});
