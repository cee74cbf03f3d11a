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

function capturingLogger(): {logger: pino.Logger; lines: {level: number; msg: string; err?: string}[]} {
  const lines: {level: number; msg: string; err?: string}[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()) as {level: number; msg: string});
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
      assert.match(warnings[0]?.err ?? '', /identity file .*identity: PEM block "CERTIFICATE" starting at line \d+ has no END line/);

      // The writer finishes.
      writeFileSync(file, full);
      await waitFor('the completed rewrite', () => reloads.length === 2);
      assert.equal(source.current().notAfter.getTime(), reloads[1]?.notAfter.getTime());
    } finally {
      source.close();
    }
  });

  it('refuses to start on unusable credentials, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tma-watch-'));
    const file = path.join(dir, 'identity');
    writeFileSync(file, 'not an identity\n');
    assert.throws(() => watchCredentials({identityFile: file}, {logger: pino({level: 'silent'})}), new RegExp(`identity file ${file}: no private key PEM block`));
  });
});
