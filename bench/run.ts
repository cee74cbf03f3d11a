/**
 * Benchmarks of the bridge core (issue 2), printed as numbers; not part of the test suite.
 *   npm run bench            # all
 *   npm run bench -- latency burst rss
 *   npm run bench -- --official   # side by side with Teleport's official plugin, real peers (bench/official.ts)
 * The bridge runs as its own process from the built artifact (see bridge-entry.ts), so its
 * RSS is its own; the in-repo peers run in this process.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {Client4} from '../server-bridge/src/mattermost/client4';
import {createTeleportClient} from '../server-bridge/src/teleport/client';
import {staticCredentials} from '../server-bridge/src/teleport/credential-source';
import {loadCredentials} from '../server-bridge/src/teleport/identity';
import {startMattermostPeer} from '../test/peers/mattermost/index';
import {MAPPING_TRAIT} from '../test/peers/story';
import {startTeleportPeer} from '../test/peers/teleport/index';
import {bridgeEntry} from './bridge-entry';
import pino from 'pino';

const which = new Set(process.argv.slice(2).filter((a) => !a.startsWith('-')));
const want = (name: string) => which.size === 0 || which.has(name);

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): Promise<{rss: number; hwm: number}> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((t) => ({
    rss: Number(/VmRSS:\s+(\d+)/.exec(t)?.[1] ?? 0) / 1024,
    hwm: Number(/VmHWM:\s+(\d+)/.exec(t)?.[1] ?? 0) / 1024,
  }));
}

async function main(): Promise<void> {
  const mm = await startMattermostPeer({pluginSettings: {reviewsenabled: true, notifyrequester: false, roletorecipients: JSON.stringify({dbadmin: ['acme/access-requests']})}});
  const traits = Object.fromEntries((['alice', 'bob', 'ivan', 'carol'] as const).map((u) => [u, {[MAPPING_TRAIT]: [mm.users[u].id]}]));
  const tp = await startTeleportPeer({traits, certTTLSeconds: 24 * 3600});
  const logger = pino({level: 'silent'});
  const bob = createTeleportClient({
    addr: tp.authAddr,
    mode: 'auth',
    credentials: staticCredentials(loadCredentials({identityFile: tp.identityFile('bob')})),
    logger,
    pluginName: 'bench',
  });
  const channel = mm.channels.requests.id;
  const carded = (id: string) =>
    mm.channelPosts(channel).some((p) => p.props?.teleport_request_id === id && Array.isArray((p.props.attachments as {actions?: unknown[]}[] | undefined)?.[0]?.actions));

  const dir = await mkdtemp(path.join(os.tmpdir(), 'tma-bench-'));
  const port = await freePort();
  const cfg = path.join(dir, 'bridge.toml');
  await writeFile(
    cfg,
    `[teleport]\naddr = "${tp.authAddr}"\nidentity = "${tp.identityFile('bridge')}"\n[mattermost]\nurl = "${mm.url}"\ntoken = "${mm.bot.token}"\n[http]\nlisten = "127.0.0.1:${port}"\npublic_url = "http://127.0.0.1:${port}"\nsecret = "bench-secret-0123456789abcdef0123456789abcdef"\n[bridge]\nconcurrency = 64\n[log]\nlevel = "error"\n`,
  );
  const bridge: ChildProcess = spawn(process.execPath, [bridgeEntry(), 'start', '-c', cfg], {stdio: ['ignore', 'ignore', 'inherit']});
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`bridge pid ${bridge.pid} ready; RSS at idle ${(await rssOf(bridge.pid!)).rss.toFixed(1)} MiB`);

  const poll = async (cond: () => boolean, step = 1) => {
    while (!cond()) await new Promise((r) => setTimeout(r, step));
  };
  /** Cards the bridge says it posted (its own counter: exact, and cheap to read while it works). */
  const postedByBridge = async (): Promise<number> => {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return Number(/^tma_cards_posted_total (\d+)/m.exec(text)?.[1] ?? 0);
  };
  const waitPosted = async (count: number) => {
    while ((await postedByBridge()) < count) await new Promise((r) => setTimeout(r, 100));
  };

  if (want('latency')) {
    const n = 40;
    const bridgeTimes: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = await bob.createRequest({user: 'bob', roles: ['dbadmin'], reason: `latency ${i}`, suggestedReviewers: [], maxDuration: null, dryRun: false});
      await poll(() => carded(r.id));
      bridgeTimes.push(performance.now() - t0);
    }
    const bot = new Client4();
    bot.setUrl(mm.url);
    bot.setToken(mm.bot.token);
    const sample = mm.channelPosts(channel).find((p) => p.props?.teleport_request_id)!;
    const bareTimes: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const r = await bob.createRequest({user: 'bob', roles: ['dbadmin'], reason: `bare ${i}`, suggestedReviewers: [], maxDuration: null, dryRun: false});
      // A bare client posting the same card, buttons included, the moment Teleport answered. Its
      // props name no real request, so the bridge never mistakes it for a card of its own.
      await bot.createPost({
        channel_id: channel,
        message: sample.message,
        type: sample.type,
        props: {...sample.props, teleport_request_id: `bare-${r.id}`, teleport_effect: `bare-${r.id}/card`},
      });
      bareTimes.push(performance.now() - t0);
      await poll(() => carded(r.id)); // let the bridge finish this one too, so runs do not overlap
    }
    console.log(`event → card (request created → card with buttons visible), n=${n}`);
    console.log(`  bridge:      median ${ms(pct(bridgeTimes, 50))}  p95 ${ms(pct(bridgeTimes, 95))}`);
    console.log(`  bare client: median ${ms(pct(bareTimes, 50))}  p95 ${ms(pct(bareTimes, 95))}`);
    console.log(`  overhead:    median ${ms(pct(bridgeTimes, 50) - pct(bareTimes, 50))}`);
  }

  if (want('burst')) {
    const n = Number(process.env.BENCH_BURST ?? 1000);
    const before = await postedByBridge();
    const t0 = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < n; i += 50) {
      const batch = await Promise.all(
        Array.from({length: Math.min(50, n - i)}, (_, j) =>
          bob.createRequest({user: 'bob', roles: ['dbadmin'], reason: `burst ${i + j}`, suggestedReviewers: [], maxDuration: null, dryRun: false}),
        ),
      );
      ids.push(...batch.map((r) => r.id));
    }
    const created = performance.now();
    await waitPosted(before + n);
    const done = performance.now();
    console.log(
      `burst of ${n} requests: created in ${((created - t0) / 1000).toFixed(1)} s; all carded ${((done - t0) / 1000).toFixed(1)} s after the first (${(n / ((done - t0) / 1000)).toFixed(0)} cards/s)`,
    );
    const mem = await rssOf(bridge.pid!);
    console.log(`  bridge RSS after burst ${mem.rss.toFixed(1)} MiB (peak ${mem.hwm.toFixed(1)} MiB)`);
  }

  if (want('rss')) {
    const target = Number(process.env.BENCH_TRACKED ?? 10_000);
    const tracked = async () => ((await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as {requests: {tracked: number}}).requests.tracked;
    const more = Math.max(0, target - (await tracked()));
    const before = await postedByBridge();
    const t0 = performance.now();
    for (let i = 0; i < more; i += 100) {
      await Promise.all(
        Array.from({length: Math.min(100, more - i)}, (_, j) =>
          bob.createRequest({user: 'bob', roles: ['dbadmin'], reason: `tracked ${i + j}`, suggestedReviewers: [], maxDuration: null, dryRun: false}),
        ),
      );
    }
    await waitPosted(before + more);
    const mem = await rssOf(bridge.pid!);
    console.log(
      `${await tracked()} pending requests tracked (all carded, ${((performance.now() - t0) / 1000).toFixed(0)} s): bridge RSS ${mem.rss.toFixed(1)} MiB, peak ${mem.hwm.toFixed(1)} MiB`,
    );
  }

  bridge.kill('SIGTERM');
  await new Promise((r) => bridge.once('exit', r));
  bob.close();
  await tp.stop();
  await mm.stop();
}

(process.argv.includes('--official') ? import('./official').then((m) => m.runSideBySide(process.argv.slice(2))) : main()).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
