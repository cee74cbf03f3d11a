import 'reflect-metadata';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import {before, describe, it} from 'node:test';
import pino from 'pino';
import {createClusterCA, issueUserCert, renderIdentityFile, writeIdentityFile, type ClusterCA} from '../../../test/peers/teleport/certs';
import {watchCredentials} from './credential-source';
import type {TeleportCredentials} from './identity';

interface LogLine {
  level: number;
  msg: string;
  problem?: string;
}

function capturingLogger(): {logger: pino.Logger; lines: LogLine[]} {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      cb();
    },
  });
  return {logger: pino({level: 'info'}, sink), lines};
}

async function waitFor(what: string, cond: () => boolean, limitMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('watchCredentials', () => {
  let ca: ClusterCA;
  before(async () => {
    ca = await createClusterCA('story.example.com');
  });

  it('reloads a renewed identity file and keeps the last good one through a half-written rewrite', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-watch-'));
    const file = path.join(dir, 'identity');
    await writeIdentityFile(file, ca, 'mattermost-bridge', 3600);
    const {logger, lines} = capturingLogger();
    // A short poll interval stands in for the fs.watch events some file systems never deliver.
    const source = watchCredentials({identityFile: file}, {logger, pollIntervalMs: 100, settleMs: 30});
    const reloads: TeleportCredentials[] = [];
    source.onReload((c) => reloads.push(c));
    try {
      const first = source.current();
      assert.equal(first.user, 'mattermost-bridge');

      // tbot renewal: a new key and certificate.
      await writeIdentityFile(file, ca, 'mattermost-bridge', 7200);
      await waitFor('the renewed credentials', () => reloads.length === 1);
      const renewed = source.current();
      assert.notEqual(renewed.fingerprint, first.fingerprint);
      assert.equal(reloads[0]?.fingerprint, renewed.fingerprint);

      // A non-atomic rewrite caught half-way: the key is there, the certificate not yet.
      const next = await issueUserCert(ca, 'mattermost-bridge', 3600);
      const full = renderIdentityFile(next, ca);
      writeFileSync(file, full.slice(0, full.indexOf('-----BEGIN CERTIFICATE-----') + 40));
      await waitFor('the warning about the unusable rewrite', () => lines.some((l) => l.level === 40));
      assert.equal(source.current().fingerprint, renewed.fingerprint, 'kept the last good credentials');
      assert.equal(reloads.length, 1);
      const warnings = lines.filter((l) => l.level === 40);
      assert.equal(warnings.length, 1, 'one clear line, not one per check');
      assert.match(warnings[0]?.msg ?? '', /identity file .*identity: PEM block "CERTIFICATE" starting at line \d+ has no END line.*re-issue it.*keeping the previous certificate/);
      assert.equal(source.problem()?.kind, 'truncated');
      assert.equal(source.problem()?.blocking, false, 'the bridge still has a valid certificate');

      // The writer finishes.
      writeFileSync(file, full);
      await waitFor('the completed rewrite', () => reloads.length === 2);
      assert.equal(source.current().notAfter.getTime(), reloads[1]?.notAfter.getTime());
    } finally {
      source.close();
    }
  });

  // Each bad file an operator can end up with: the bridge starts anyway, says once what is wrong
  // and what to do, and recovers by itself when a good file appears.
  const badFiles: {name: string; kind: string; write(file: string): Promise<void>; says: RegExp}[] = [
    {
      name: 'a truncated file',
      kind: 'truncated',
      write: async (file) => {
        const text = renderIdentityFile(await issueUserCert(ca, 'mattermost-bridge', 3600), ca);
        writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
      },
      says: /has no END line; it was cut off while being written or copied: re-issue it/,
    },
    {
      name: 'a key that does not match the certificate',
      kind: 'key-mismatch',
      write: async (file) => {
        const a = await issueUserCert(ca, 'mattermost-bridge', 3600);
        const b = await issueUserCert(ca, 'mattermost-bridge', 3600);
        writeFileSync(file, renderIdentityFile({...a, keyPem: b.keyPem}, ca));
      },
      says: /the private key does not match the client certificate .*different issues/,
    },
    {
      name: 'an expired identity',
      kind: 'expired',
      write: async (file) => {
        await writeIdentityFile(file, ca, 'mattermost-bridge', 1);
        await new Promise((r) => setTimeout(r, 1100));
      },
      says: /expired at \d{4}-\d\d-\d\d \d\d:\d\d UTC.*renew it \(is tbot running/,
    },
    {
      name: 'a missing file',
      kind: 'unreadable',
      write: async () => {},
      says: /cannot read: ENOENT; check teleport.identity/,
    },
  ];
  for (const bad of badFiles) {
    it(`starts on ${bad.name}, says once what to do, and recovers when a good file appears`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-watch-'));
      const file = path.join(dir, 'identity');
      await bad.write(file);
      const {logger, lines} = capturingLogger();
      const source = watchCredentials({identityFile: file}, {logger, pollIntervalMs: 50, settleMs: 20});
      const reloads: TeleportCredentials[] = [];
      source.onReload((c) => reloads.push(c));
      try {
        assert.equal(source.problem()?.kind, bad.kind);
        assert.equal(source.problem()?.blocking, true);
        assert.match(source.problem()?.message ?? '', bad.says);
        assert.match(source.problem()?.message ?? '', new RegExp(file));
        assert.match(source.problem()?.message ?? '', /the bridge picks up a good file by itself/);
        await new Promise((r) => setTimeout(r, 300)); // several poll rounds
        const errors = lines.filter((l) => l.level >= 50);
        assert.equal(errors.length, 1, 'one line, not one per check');
        assert.equal(errors[0]?.msg, source.problem()?.message);

        await writeIdentityFile(file, ca, 'mattermost-bridge', 3600);
        await waitFor('the good file', () => source.problem() === null);
        assert.equal(source.current().user, 'mattermost-bridge');
        assert.ok(source.current().notAfter.getTime() > Date.now());
        assert.equal(reloads.length, 1);
        assert.ok(lines.some((l) => l.level === 30 && l.msg === 'Teleport credentials usable'));
      } finally {
        source.close();
      }
    });
  }

  it('refuses a renewal from another cluster once connected, keeping the working certificate', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-watch-'));
    const file = path.join(dir, 'identity');
    await writeIdentityFile(file, ca, 'mattermost-bridge', 3600);
    const {logger, lines} = capturingLogger();
    const source = watchCredentials({identityFile: file}, {logger, pollIntervalMs: 50, settleMs: 20});
    try {
      const good = source.current();
      source.expectCluster('story.example.com');
      await writeIdentityFile(file, await createClusterCA('other.example.com'), 'mattermost-bridge', 3600);
      await waitFor('the refusal', () => source.problem() !== null);
      assert.equal(source.problem()?.kind, 'other-cluster');
      assert.equal(source.problem()?.blocking, false);
      assert.match(source.problem()?.message ?? '', /is for cluster "other.example.com", but the bridge is connected to "story.example.com"/);
      assert.equal(source.current().fingerprint, good.fingerprint);
      assert.equal(lines.filter((l) => l.level === 40).length, 1);
    } finally {
      source.close();
    }
  });

  it('reports the certificate in use expiring without a renewal', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-watch-'));
    const file = path.join(dir, 'identity');
    await writeIdentityFile(file, ca, 'mattermost-bridge', 3600);
    let clock = Date.now();
    const {logger, lines} = capturingLogger();
    const source = watchCredentials({identityFile: file}, {logger, pollIntervalMs: 30, settleMs: 20, now: () => clock});
    try {
      assert.equal(source.problem(), null);
      clock += 2 * 3600_000;
      await waitFor('the expiry', () => source.problem() !== null);
      assert.equal(source.problem()?.kind, 'expired');
      assert.equal(source.problem()?.blocking, true);
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(lines.filter((l) => l.level >= 50).length, 1);
    } finally {
      source.close();
    }
  });
});
