/**
 * What a process costs, read from /proc the same way for every contender (Node, Go, the
 * Mattermost server): CPU seconds (utime + stime, all threads) and resident memory.
 */
import {execFileSync} from 'node:child_process';
import {readFile} from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux almost everywhere). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100;
  } catch {
    return 100;
  }
})();

export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) state".
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`/proc/${pid}/stat: cannot read utime/stime from "${stat.slice(0, 120)}"`);
  return (utime + stime) / ticksPerSecond;
}

export interface Memory {
  /** VmRSS, MiB. */
  rss: number;
  /** VmHWM: the peak RSS so far, MiB. */
  peak: number;
}

export async function memory(pid: number): Promise<Memory> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`/proc/${pid}/status: no ${field} line`);
    return Number(m[1]) / 1024;
  };
  return {rss: kib('VmRSS'), peak: kib('VmHWM')};
}

/** CPU time the whole machine spent busy (not idle or iowait), in seconds, from /proc/stat. */
async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0] ?? '';
  // cpu  user nice system idle iowait irq softirq steal ...
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) throw new Error(`/proc/stat: cannot read the cpu line "${line.slice(0, 120)}"`);
  const idle = ticks[3]! + ticks[4]!;
  return (ticks.reduce((a, b) => a + b, 0) - idle) / ticksPerSecond;
}

export interface QuietWait {
  /** Cores the machine kept busy over the last window before going on. */
  busyCores: number;
  waitedS: number;
}

/** What counts as a quiet machine (the report's notes say it too). */
export const QUIET_MACHINE = {windowMs: 3_000, maxMs: 60_000, busyCores: 0.15} as const;

/**
 * Waits until the whole machine has been nearly idle for `windowMs` (at most `maxMs`), so a
 * measurement does not pay for what ran just before it: a freshly started Mattermost's jobs,
 * PostgreSQL writing out the previous phase, the previous contender's stage going down. Both
 * contenders wait the same way; the 1-minute load average lags too much to tell.
 */
export async function waitForQuietMachine({windowMs, maxMs, busyCores: threshold} = QUIET_MACHINE): Promise<QuietWait> {
  const t0 = performance.now();
  for (;;) {
    const b0 = await machineBusySeconds();
    const w0 = performance.now();
    await new Promise((r) => setTimeout(r, windowMs));
    const busyCores = ((await machineBusySeconds()) - b0) / ((performance.now() - w0) / 1000);
    const waitedS = (performance.now() - t0) / 1000;
    if (busyCores <= threshold || waitedS * 1000 >= maxMs) return {busyCores, waitedS};
  }
}
