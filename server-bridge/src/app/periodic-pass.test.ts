import assert from 'node:assert/strict';
import {describe, it, mock} from 'node:test';
import pino from 'pino';
import {PeriodicPass, type PeriodicPassOptions} from './periodic-pass';

/** A pass that does what the test says. */
class Probe extends PeriodicPass {
  constructor(
    private readonly work: () => Promise<void>,
    options: PeriodicPassOptions,
  ) {
    super(options);
  }
  protected pass(): Promise<void> {
    return this.work();
  }
}

function logged() {
  const lines: {level: number; msg: string; err?: string}[] = [];
  const logger = pino({level: 'info'}, {write: (l: string) => void lines.push(JSON.parse(l) as {level: number; msg: string; err?: string})});
  return {logger, lines};
}

describe('PeriodicPass', () => {
  it('shares a pass in progress instead of starting a second one', async () => {
    let passes = 0;
    let finish = () => {};
    const pass = new Probe(
      () => {
        passes++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      {everyMs: 1000, name: 'test', failure: 'test not done; will retry', logger: logged().logger},
    );
    const a = pass.run();
    const b = pass.run();
    finish();
    await Promise.all([a, b, pass.idle()]);
    assert.equal(passes, 1);
  });

  it('logs a failing pass once per cause, a new cause again, and the recovery', async () => {
    const {logger, lines} = logged();
    const outcomes = ['down', 'down', 'down', 'refused', 'ok', 'down'];
    const pass = new Probe(
      async () => {
        const next = outcomes.shift();
        if (next !== 'ok') throw new Error(next);
      },
      {everyMs: 1000, name: 'inboxes', failure: 'inboxes not updated; will retry', logger},
    );
    for (let i = 0; i < 6; i++) await pass.run();
    assert.deepEqual(
      lines.map((l) => `${l.msg}${l.err ? `: ${l.err}` : ''}`),
      ['inboxes not updated; will retry: down', 'inboxes not updated; will retry: refused', 'periodic pass works again', 'inboxes not updated; will retry: down'],
    );
  });

  it('runs first after firstAfterMs, then every everyMs, until stopped', async () => {
    mock.timers.enable({apis: ['setTimeout', 'setInterval']});
    try {
      let passes = 0;
      const pass = new Probe(
        async () => {
          passes++;
        },
        {everyMs: 1000, firstAfterMs: 250, name: 'test', failure: 'x', logger: logged().logger},
      );
      // Time moves in steps, each pass finishing before the next is due.
      const advance = async (ms: number, step = 250) => {
        for (let t = 0; t < ms; t += step) {
          mock.timers.tick(Math.min(step, ms - t));
          await pass.idle();
        }
      };
      pass.start();
      await advance(249, 249);
      assert.equal(passes, 0);
      await advance(1);
      assert.equal(passes, 1);
      await advance(3000);
      assert.equal(passes, 4);
      pass.stop();
      await advance(5000);
      assert.equal(passes, 4);
      // A restart begins again with the first delay; starting twice never runs two timers.
      pass.start();
      pass.start();
      await advance(250 + 1000);
      assert.equal(passes, 6);
      pass.stop();
    } finally {
      mock.timers.reset();
    }
  });
});
