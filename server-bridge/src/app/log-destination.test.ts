import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import pino from 'pino';
import {batchedStdout} from './log-destination';

const dir = mkdtempSync(path.join(tmpdir(), 'tma-log-'));
after(() => rmSync(dir, {recursive: true, force: true}));

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as {msg: string}).msg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('log lines reach stdout in batches', () => {
  it("a quiet bridge's line is written within the wait, a burst's lines as soon as they fill a batch", async () => {
    const file = path.join(dir, 'out.log');
    const fd = openSync(file, 'w');
    try {
      const logger = pino({base: null}, batchedStdout({fd, maxBytes: 1024, maxWaitMs: 100}));
      logger.info('bridge started');
      assert.deepEqual(lines(file), [], 'held back for a moment');
      await sleep(300);
      assert.deepEqual(lines(file), ['bridge started'], 'written once the wait is over');
      // 40 lines of ~75 bytes: more than a batch, written without waiting for the clock.
      for (let i = 0; i < 40; i++) logger.info({request_id: `r${i}`}, 'card posted');
      await sleep(20);
      assert.equal(lines(file).length, 41, 'a full batch does not wait');
    } finally {
      closeSync(fd);
    }
  });

  it('lines still buffered are written when the process exits, a crash included', () => {
    const file = path.join(dir, 'exit.log');
    const script = `
      import {openSync} from 'node:fs';
      import pino from 'pino';
      import {batchedStdout} from ${JSON.stringify(path.join(import.meta.dirname, 'log-destination.ts'))};
      const logger = pino({base: null}, batchedStdout({fd: openSync(${JSON.stringify(file)}, 'w'), maxWaitMs: 60000}));
      logger.info('draining work in flight, then stopping');
      logger.fatal('something broke');
      setImmediate(() => { throw new Error('boom'); });`;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {stdio: 'ignore', cwd: import.meta.dirname});
    } catch {
      // The uncaught error is the point.
    }
    assert.deepEqual(lines(file), ['draining work in flight, then stopping', 'something broke']);
  });
});
