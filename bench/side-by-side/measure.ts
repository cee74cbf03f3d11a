/**
 * One contender, alone on its own stage, through the same sequence of measurements: cold starts,
 * idle memory, request → card latency one request at a time, a burst, memory after it and after
 * settling, and (ours only) memory with many pending requests tracked.
 */
import os from 'node:os';
import {cpuSeconds, memory, waitForQuietMachine, type Memory, type QuietWait} from './proc';
import type {Contender, RunningContender} from './contenders';
import {startStage, type Stage} from './stage';

export interface Plan {
  /** Requests created one at a time for the latency figures. */
  rounds: number;
  /** Requests created at once for the burst figures. */
  burst: number;
  /**
   * Requests in flight at a time, in the burst and the tracked phase. A real Teleport process
   * overflows a watcher that falls behind ("buffer overflow"): at 50 the official plugin exits on
   * it and our bridge reconnects over and over, so the figures would measure that, not the work.
   */
  burstParallel: number;
  /** Starts timed (the last one stays up for the rest). */
  coldStarts: number;
  /** Pending requests to reach for the tracked-memory figure (ours only; 0 skips). */
  tracked: number;
  /** Wait after the burst before the "settled" memory reading. */
  settleMs: number;
  /** A card is finished once its channel has been silent this long (catches a follow-up edit). */
  quietMs: number;
  /** Wait after start before the idle memory reading. */
  idleMs: number;
  /** Our plugin bundle, installed on every stage's Mattermost (see ensurePluginBundle). */
  pluginBundle: string;
}

export interface Figures {
  key: Contender['key'];
  label: string;
  readySignal: string;
  coldStartMs: number[];
  /** Request created (the create call started) → its card's `posted` event. */
  firstPostMs: number[];
  /** Request created → the last post/edit of its card. */
  finishedMs: number[];
  /** Mattermost writes (posts + edits) per card, latency rounds. */
  writesPerCard: number[];
  burst: {
    n: number;
    createdS: number;
    allPostedS: number;
    allFinishedS: number;
    writes: number;
    cpuS: number;
    mattermostCpuS: number;
  };
  memory: {idle: Memory; afterBurst: Memory; settled: Memory; settleS: number};
  /** CPU seconds spent over the settling wait, the burst's requests still pending: what an idle contender costs. */
  settleCpuS: number;
  /** `idleCpuS`: CPU seconds over a settling wait once they were all tracked. */
  tracked: {pending: number; seconds: number; memory: Memory; idleCpuS: number} | null;
  /** Warning/error lines the contender logged in its measured run (not the cold starts). */
  problems: number;
  /** 1-minute load average when the burst started: the machine is shared, so say how busy it was. */
  loadAtBurst: number;
  /** The waits for a quiet machine before each cold start and before the burst, and how busy it still was. */
  quietBeforeStarts: QuietWait[];
  quietBeforeBurst: QuietWait;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Generous (10 cards/s), yet a contender that died mid-run is reported within minutes. */
const cardsWithin = (n: number) => 120_000 + 100 * n;

async function createMany(stage: Stage, n: number, label: string, parallel: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += parallel) {
    ids.push(...(await Promise.all(Array.from({length: Math.min(parallel, n - i)}, (_, j) => stage.createRequest(`${label} ${i + j}`)))));
  }
  return ids;
}

export async function measure(contender: Contender, plan: Plan, progress: (line: string) => void): Promise<Figures> {
  const say = (line: string) => progress(`[${contender.key}] ${line}`);
  say('starting a fresh real Mattermost and Teleport');
  const stage = await startStage(`bench-${contender.key}`, plan.pluginBundle);
  let proc: RunningContender | null = null;
  try {
    say(`Mattermost ${stage.mattermost.serverVersion} at ${stage.mattermost.url}, Teleport ${stage.teleport.version} at ${stage.teleport.authAddr}`);
    await contender.prepare(stage);

    const coldStartMs: number[] = [];
    const quietBeforeStarts: QuietWait[] = [];
    for (let i = 1; i <= plan.coldStarts; i++) {
      // A start timed while the fresh Mattermost still runs its start-up jobs measures those.
      quietBeforeStarts.push(await waitForQuietMachine());
      proc = await contender.start(stage, i === plan.coldStarts ? 'main' : `cold-${i}`);
      coldStartMs.push(proc.startMs);
      if (i < plan.coldStarts) {
        await proc.stop();
        proc = null;
      }
    }
    if (!proc) throw new Error('bench: --cold-starts must be at least 1');
    const pid = proc.pid;
    const running = proc;
    // A contender that dies mid-run (e.g. a fatal error on a watch buffer overflow) fails its
    // measurement at once, with its own words, instead of after a timeout.
    const alive = <T>(work: Promise<T>): Promise<T> =>
      Promise.race([work, running.exited.then((how) => Promise.reject(new Error(`${contender.label} ${how} (${stage.watcher.cards} cards posted so far)`)))]);
    say(`watching after ${coldStartMs.map((t) => t.toFixed(0)).join(', ')} ms; pid ${pid}`);
    await sleep(plan.idleMs);
    const idle = await memory(pid);

    const firstPostMs: number[] = [];
    const finishedMs: number[] = [];
    const writesPerCard: number[] = [];
    for (let i = 0; i < plan.rounds; i++) {
      const t0 = performance.now();
      const id = await stage.createRequest(`latency ${i}`);
      await alive(stage.watcher.waitForCards([id], 60_000));
      await alive(stage.watcher.waitForQuiet(plan.quietMs));
      const card = stage.watcher.card(id)!;
      firstPostMs.push(card.postedAt - t0);
      finishedMs.push(card.lastWriteAt - t0);
      writesPerCard.push(card.writes);
    }
    say(`latency: ${plan.rounds} requests done`);

    const quietBeforeBurst = await waitForQuietMachine();
    const loadAtBurst = os.loadavg()[0]!;
    const cpu0 = await cpuSeconds(pid);
    const mm0 = await cpuSeconds(stage.mattermost.pid);
    const t0 = performance.now();
    const ids = await createMany(stage, plan.burst, 'burst', plan.burstParallel);
    const created = performance.now();
    await alive(stage.watcher.waitForCards(ids, cardsWithin(ids.length)));
    const afterBurst = await memory(pid);
    await alive(stage.watcher.waitForQuiet(Math.max(plan.quietMs, 1000)));
    // Read after the channel went quiet, so a follow-up edit's work is counted too.
    const cpu1 = await cpuSeconds(pid);
    const mm1 = await cpuSeconds(stage.mattermost.pid);
    const cards = ids.map((id) => stage.watcher.card(id)!);
    const burst = {
      n: plan.burst,
      createdS: (created - t0) / 1000,
      allPostedS: (Math.max(...cards.map((c) => c.postedAt)) - t0) / 1000,
      allFinishedS: (Math.max(...cards.map((c) => c.lastWriteAt)) - t0) / 1000,
      writes: cards.reduce((sum, c) => sum + c.writes, 0),
      cpuS: cpu1 - cpu0,
      mattermostCpuS: mm1 - mm0,
    };
    say(`burst of ${burst.n}: all posted after ${burst.allPostedS.toFixed(1)} s; CPU ${burst.cpuS.toFixed(2)} s; settling ${plan.settleMs / 1000} s`);
    const settleCpu0 = await cpuSeconds(pid);
    await sleep(plan.settleMs);
    const settled = await memory(pid);
    const settleCpuS = (await cpuSeconds(pid)) - settleCpu0;

    let tracked: Figures['tracked'] = null;
    if (contender.key === 'bridge' && plan.tracked > 0) {
      const more = Math.max(0, plan.tracked - stage.watcher.cards);
      say(`creating ${more} more pending requests (to ${plan.tracked} tracked)`);
      const t1 = performance.now();
      const moreIds = await createMany(stage, more, 'tracked', plan.burstParallel);
      await alive(stage.watcher.waitForCards(moreIds, cardsWithin(moreIds.length)));
      await alive(stage.watcher.waitForQuiet(Math.max(plan.quietMs, 1000)));
      const seconds = (performance.now() - t1) / 1000;
      const trackedMemory = await memory(pid);
      const idleCpu0 = await cpuSeconds(pid);
      await sleep(plan.settleMs);
      tracked = {pending: stage.watcher.cards, seconds, memory: trackedMemory, idleCpuS: (await cpuSeconds(pid)) - idleCpu0};
    }
    return {
      key: contender.key,
      label: contender.label,
      readySignal: contender.readySignal,
      coldStartMs,
      firstPostMs,
      finishedMs,
      writesPerCard,
      burst,
      memory: {idle, afterBurst, settled, settleS: plan.settleMs / 1000},
      settleCpuS,
      tracked,
      problems: proc.problems(),
      loadAtBurst,
      quietBeforeStarts,
      quietBeforeBurst,
    };
  } finally {
    await proc?.stop();
    await stage.stop();
  }
}
