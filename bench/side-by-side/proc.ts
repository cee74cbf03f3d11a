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
