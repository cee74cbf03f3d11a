/**
 * Where the bridge's log lines go: stdout, in writes of up to 4 KiB, and no line waits more than a
 * second.
 *
 * Why: pino's default stdout writes each line on its own as soon as the previous write is done. A
 * card logs one line ("card posted"), and in a burst of 1,000 those writes (a string copied into a
 * write request for libuv's thread pool, and its completion back on the main thread) were 3-4% of
 * the bridge's CPU (issue 10, CPU profile on the real peers).
 *
 * What it costs: a bridge killed with SIGKILL (or by the OOM killer) loses at most the last
 * second's lines. Any other exit, a crash included, writes them first (pino flushes its
 * destination as the process exits).
 */
import pino from 'pino';

export function batchedStdout(opts: {fd?: number; maxBytes?: number; maxWaitMs?: number} = {}): pino.DestinationStream {
  const boom = pino.destination({dest: opts.fd ?? 1, minLength: opts.maxBytes ?? 4096, sync: false});
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    boom.flush();
  };
  return {
    write(line: string): void {
      boom.write(line);
      // The first line of a batch starts its clock; a full batch is written by sonic-boom itself.
      if (!timer) {
        timer = setTimeout(flush, maxWaitMs);
        timer.unref();
      }
    },
  };
}
