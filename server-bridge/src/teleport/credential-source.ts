/**
 * Keeps the bridge's Teleport credentials current. tbot renews certificates every ~20 min
 * (reference §6.1), sometimes rewriting files in place, so a half-written file must never
 * replace good credentials: a reload that fails validation is logged once and ignored.
 */
import {statSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import type {Logger} from 'pino';
import {identityFiles, loadCredentials, type IdentitySpec, type TeleportCredentials} from './identity';

export interface CredentialSource {
  current(): TeleportCredentials;
  /** Called with the new credentials after each successful reload that changed them. */
  onReload(listener: (credentials: TeleportCredentials) => void): () => void;
  close(): void;
}

export interface WatchOptions {
  logger: Logger;
  /** Periodic stat check, for file systems where fs.watch misses events. Default 60 s. */
  pollIntervalMs?: number;
  /** Quiet time after a change event before re-reading, so a multi-write rewrite settles. Default 250 ms. */
  settleMs?: number;
}

/** Credentials that never change (tests, or a caller that manages reloads itself). */
export function staticCredentials(credentials: TeleportCredentials): CredentialSource {
  return {current: () => credentials, onReload: () => () => {}, close: () => {}};
}

function warnIfExpired(credentials: TeleportCredentials, logger: Logger): void {
  if (credentials.notAfter.getTime() <= Date.now()) {
    logger.error(
      {origin: credentials.origin, notAfter: credentials.notAfter.toISOString()},
      'Teleport client certificate has expired: Teleport will refuse the bridge until it is renewed (is tbot running?)',
    );
  }
}

function statSignature(files: string[]): string {
  return files
    .map((f) => {
      try {
        const s = statSync(f);
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Loads the credentials now (throws IdentityError if they are unusable) and watches for rewrites. */
export function watchCredentials(spec: IdentitySpec, opts: WatchOptions): CredentialSource {
  const files = identityFiles(spec);
  let current = loadCredentials(spec);
  warnIfExpired(current, opts.logger);
  let signature = statSignature(files);
  let lastFailure = '';
  const listeners = new Set<(c: TeleportCredentials) => void>();
  const log = opts.logger;

  const reload = (): void => {
    signature = statSignature(files);
    let next: TeleportCredentials;
    try {
      next = loadCredentials(spec);
    } catch (err) {
      const message = (err as Error).message;
      if (message !== lastFailure) {
        log.warn({err: message}, `Teleport credentials rewrite is unusable; keeping the previous certificate (valid until ${current.notAfter.toISOString()})`);
        lastFailure = message;
      }
      return;
    }
    lastFailure = '';
    if (next.fingerprint === current.fingerprint) return;
    warnIfExpired(next, log);
    current = next;
    log.info({origin: next.origin, user: next.user, notAfter: next.notAfter.toISOString()}, 'Teleport credentials reloaded');
    for (const l of listeners) l(next);
  };

  let settleTimer: NodeJS.Timeout | undefined;
  const scheduleReload = (): void => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(reload, opts.settleMs ?? 250);
    settleTimer.unref();
  };

  // Watch directories, not files: tbot may replace a file by rename, which ends a file watch.
  const names = new Set(files.map((f) => path.basename(f)));
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    try {
      const w = watch(dir, {persistent: false}, (_event, filename) => {
        if (filename === null || names.has(filename.toString())) scheduleReload();
      });
      w.on('error', (err) => log.warn({err: err.message, dir}, 'watching Teleport credentials failed; relying on the periodic check'));
      watchers.push(w);
    } catch (err) {
      log.warn({err: (err as Error).message, dir}, 'cannot watch Teleport credentials directory; relying on the periodic check');
    }
  }
  const poll = setInterval(() => {
    if (statSignature(files) !== signature) reload();
  }, opts.pollIntervalMs ?? 60_000);
  poll.unref();

  return {
    current: () => current,
    onReload(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearInterval(poll);
      clearTimeout(settleTimer);
      for (const w of watchers) w.close();
      listeners.clear();
    },
  };
}
