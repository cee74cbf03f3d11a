/**
 * Side by side with Teleport's official Mattermost plugin on the real peers (issue 10, point 8).
 *   npm run bench:official                       # the defaults below, ~6 min warm
 *   npm run bench:official -- --burst 200 --tracked 0 --only bridge
 *   npm run bench:official -- --pairs 4 --tracked 0  # both, four times, alternating who goes first
 * Builds what it needs (the bridge bundle via the npm script; the official plugin, the Teleport
 * harness and Mattermost from their Go modules, cached). Prints progress on stderr and a
 * markdown table on stdout; writes the raw figures to test-artifacts/bench-official/results.json.
 * Never fails on a target: the table marks them ✓/✗.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {z} from 'zod';
import {ensureOfficialPlugin, LOG_DIR, officialPlugin, ourBridge, type Contender} from './side-by-side/contenders';
import {measure, type Figures, type Plan} from './side-by-side/measure';
import {medianPair, notes, pairsSummary, sideBySideTable} from './side-by-side/report';
import {ensurePluginBundle} from './side-by-side/stage';

const count = (min: number) => z.coerce.number().int().min(min);
const flagsSchema = z.object({
  rounds: count(1).default(40),
  burst: count(1).default(1000),
  'burst-parallel': count(1).default(10),
  'cold-starts': count(1).default(5),
  tracked: count(0).default(10_000),
  'settle-seconds': count(0).default(30),
  'quiet-ms': count(50).default(500),
  'idle-seconds': count(0).default(5),
  only: z.enum(['bridge', 'official']).optional(),
  /** Which contender runs first; each gets fresh peers, so order matters only for machine noise. */
  first: z.enum(['bridge', 'official']).default('official'),
  /**
   * Times both are measured, the order alternating. The machine's speed drifts from one minute to
   * the next and moves CPU per card with it, so one pair can favour either contender; the table
   * shows the pair with the median CPU ratio and a summary lists every pair. Use an even number:
   * the contender that went first was the slower one in 6 of the 7 pairs of round 6 (bench/HISTORY.md).
   */
  pairs: count(1).default(1),
});

const USAGE = `usage: npm run bench:official -- [--rounds 40] [--burst 1000] [--burst-parallel 10] [--cold-starts 5] [--tracked 10000]
       [--settle-seconds 30] [--quiet-ms 500] [--idle-seconds 5] [--only bridge|official] [--first official|bridge] [--pairs 1]
environment, for experiments: BENCH_BRIDGE_ENTRY (another built cli.mjs), BENCH_BRIDGE_ENV ("NAME=value ..." over the unit's
       environment), BENCH_BRIDGE_NODE_ARGS (e.g. --cpu-prof, measured run only), BENCH_OFFICIAL_BIN (another official binary)`;

class UsageError extends Error {}

function readFlags(argv: string[]): z.infer<typeof flagsSchema> {
  if (argv.includes('--help') || argv.includes('-h')) throw new UsageError(USAGE);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({values} = parseArgs({
      args: argv.filter((a) => a !== '--official'),
      options: Object.fromEntries(Object.keys(flagsSchema.shape).map((k) => [k, {type: 'string' as const}])),
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`);
  return parsed.data;
}

export async function runSideBySide(argv: string[]): Promise<void> {
  const flags = readFlags(argv);
  const plan: Plan = {
    rounds: flags.rounds,
    burst: flags.burst,
    burstParallel: flags['burst-parallel'],
    coldStarts: flags['cold-starts'],
    tracked: flags.tracked,
    settleMs: flags['settle-seconds'] * 1000,
    quietMs: flags['quiet-ms'],
    idleMs: flags['idle-seconds'] * 1000,
    pluginBundle: ensurePluginBundle(),
  };
  const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

  const contenders: Contender[] = [];
  if (flags.only !== 'bridge') contenders.push(officialPlugin(ensureOfficialPlugin()));
  if (flags.only !== 'official') contenders.push(ourBridge());
  if (flags.first === 'bridge') contenders.reverse();

  const loadBefore = os.loadavg();
  const pairs: Figures[][] = [];
  /** A contender that failed (died, never carded) is a finding: reported, and the other still runs. */
  const failures: {key: Contender['key']; label: string; error: string}[] = [];
  for (let pair = 0; pair < flags.pairs; pair++) {
    const order = pair % 2 === 0 ? contenders : [...contenders].reverse();
    // The many-pending phase is about memory, not machine drift: once is enough.
    const pairPlan = {...plan, tracked: pair === flags.pairs - 1 ? plan.tracked : 0};
    const results: Figures[] = [];
    if (flags.pairs > 1) progress(`pair ${pair + 1} of ${flags.pairs}`);
    for (const contender of order) {
      try {
        results.push(await measure(contender, pairPlan, progress));
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        progress(`[${contender.key}] failed: ${error}`);
        failures.push({key: contender.key, label: contender.label, error});
      }
    }
    pairs.push(results);
  }
  const shown = medianPair(pairs);
  const results = shown.figures;
  const loadAfter = os.loadavg();

  const ours = results.find((r) => r.key === 'bridge');
  const official = results.find((r) => r.key === 'official');
  await mkdir(LOG_DIR, {recursive: true});
  await writeFile(path.join(LOG_DIR, 'results.json'), JSON.stringify({plan, pairs, failures, load: {before: loadBefore, after: loadAfter}}, null, 2));
  const summary =
    pairs.length > 1 ? `\nThe table above is pair ${shown.index + 1} of ${pairs.length}, the one with the median CPU ratio; every pair:\n\n${pairsSummary(pairs)}\n` : '';
  process.stdout.write(`\n${sideBySideTable(ours, official, new Set(failures.map((f) => f.key)))}\n${summary}\n${notes(results, plan, {before: loadBefore, after: loadAfter})}\n`);
  for (const f of failures) process.stdout.write(`- **${f.label} failed:** ${f.error.split('\n')[0]}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSideBySide(process.argv.slice(2)).then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof UsageError && err.message === USAGE) {
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
      }
      // A flag mistake gets the message and the usage, not a stack trace.
      process.stderr.write(`bench:official: ${err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
