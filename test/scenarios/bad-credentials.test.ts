/**
 * Bad credentials read well (issue 15 §4). The bridge is started on a broken identity file: an
 * expired one, one from another cluster, a truncated one, one whose key belongs to another
 * certificate. Each time it serves /readyz (not ready, with the reason), writes one clear log line
 * naming the problem and what to do, and, as soon as a good file replaces the bad one, becomes
 * ready and cards requests without a restart. Runs on both peers and in both modes.
 */
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {BRIDGE_TELEPORT_USER} from '../peers/story';
import {createClusterCA, writeIdentityFile} from '../peers/teleport/certs';
import type {RealTeleportPeer} from '../peers/real/teleport';
import type {TeleportPeer} from '../peers/types';
import {card, startStory, waitFor, type Story} from './harness';

/** A fresh identity for the bridge user from the peer's own cluster, written to `file`. */
async function issue(peer: TeleportPeer, file: string, ttlSeconds: number): Promise<void> {
  if (peer.kind === 'real') {
    await (peer as RealTeleportPeer).identities.reissue('bridge', {path: file, ttlSeconds});
    return;
  }
  await (peer as TeleportPeer & {writeIdentity(file: string, user: string, ttl?: number): Promise<unknown>}).writeIdentity(file, BRIDGE_TELEPORT_USER, ttlSeconds);
}

/** A valid identity for the same user name, issued by another cluster. */
async function foreign(peer: TeleportPeer, file: string): Promise<void> {
  if (peer.kind === 'real') {
    await (peer as RealTeleportPeer).identities.foreign('bridge', file);
    return;
  }
  await writeIdentityFile(file, await createClusterCA('other.example.com'), BRIDGE_TELEPORT_USER, 3600);
}

const pemBlocks = (text: string): string[] => text.match(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----\n/g) ?? [];

interface BadFile {
  name: string;
  write(peer: TeleportPeer, file: string, scratch: string): Promise<void>;
  /** What /readyz's reason and the log line say. */
  says: RegExp;
}

const BAD_FILES: BadFile[] = [
  {
    name: 'an expired identity',
    write: async (peer, file) => {
      await issue(peer, file, 1);
      await new Promise((r) => setTimeout(r, 1500));
    },
    says: /expired at .*renew it \(is tbot running/,
  },
  {
    name: 'an identity from another cluster',
    write: (peer, file) => foreign(peer, file),
    // Told by the TLS failure: Auth's certificate is not from the file's CA (auth mode), or the
    // Proxy has no route for the file's cluster (proxy mode).
    says: /another cluster/,
  },
  {
    name: 'a truncated identity',
    write: async (peer, file) => {
      await issue(peer, file, 3600);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, Math.floor(text.length * 0.6)));
    },
    says: /has no END line|no CA certificate|no TLS certificate/,
  },
  {
    name: 'a key that does not match the certificate',
    write: async (peer, file, scratch) => {
      await issue(peer, file, 3600);
      await issue(peer, scratch, 3600);
      const key = pemBlocks(readFileSync(scratch, 'utf8'))[0]!;
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(pemBlocks(text)[0]!, key));
    },
    says: /the private key does not match the client certificate/,
  },
];

describe('the bridge on bad credentials', {timeout: 10 * 60_000}, () => {
  let story: Story;
  let dir: string;
  before(async () => {
    story = await startStory({bridge: false});
    dir = mkdtempSync(path.join(os.tmpdir(), 'tma-bad-credentials-'));
  });
  after(async () => {
    await story?.stop();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  for (const bad of BAD_FILES) {
    it(`${bad.name}: not ready with the reason, one log line, and recovery when a good file appears`, async () => {
      const file = path.join(dir, `${bad.name.replace(/\W+/g, '-')}.identity`);
      await bad.write(story.peers.teleport, file, `${file}.scratch`);
      const logsBefore = story.logs.length;
      const bridge = await story.startBridge({identity: file, waitReady: false});

      const readyz = await waitFor('/readyz to give the reason', async () => {
        const res = await fetch(`${bridge.url}/readyz`);
        const body = (await res.json()) as {ready: boolean; reason: string | null};
        return res.status === 503 && body.reason !== null && bad.says.test(body.reason) && body;
      });
      assert.equal(readyz.ready, false);
      assert.ok(readyz.reason?.includes(path.basename(file)) || /another cluster/.test(readyz.reason ?? ''), `the reason names the file: ${readyz.reason}`);
      // Several retry rounds pass (1 s credential checks, Ping backoff): still one line.
      await new Promise((r) => setTimeout(r, 2500));
      const complaints = story.logs.slice(logsBefore).filter((l) => l.level >= 40);
      assert.equal(complaints.length, 1, `one log line, got: ${JSON.stringify(complaints.map((l) => [l.msg, l['err']]))}`);
      const line = `${complaints[0]!.msg} ${JSON.stringify(complaints[0]!['err'] ?? '')}`;
      assert.match(line, bad.says);

      // The operator (or tbot) puts a good file in place; no restart.
      copyFileSync(story.peers.teleport.identityFile('bridge'), `${file}.good`);
      renameSync(`${file}.good`, file);
      await bridge.whenReady(30_000);
      const request = await story.createRequest('bob', ['dbadmin'], `TICKET-C ${bad.name}`, ['alice']);
      await waitFor('cards after recovery', async () => {
        const cards = await story.cards(request.id);
        return cards.length === 2 && cards.every((p) => card(p).state === 'PENDING');
      });
      const res = await fetch(`${bridge.url}/readyz`);
      assert.equal(res.status, 200);
      await story.stopBridge(bridge);
    });
  }
});
