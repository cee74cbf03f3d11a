/**
 * Keeps the bridge's Teleport credentials current. tbot renews certificates every ~20 min
 * sometimes rewriting files in place, so a half-written file must never
 * replace good credentials: a reload that fails validation is logged once and ignored.
 *
 * The bridge also starts, and stays up, while its credentials are unusable (missing, cut off,
 * expired, from another cluster, key and certificate from different issues): `problem()` says
 * what is wrong and what to do, in the one log line written for it and in /readyz, and the next
 * good file is picked up by itself, so fixing the file is all an operator has to do.
 */
import {statSync, watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import type {Logger} from 'pino';
import {IdentityError, identityFiles, loadCredentials, type IdentityProblemKind, type IdentitySpec, type TeleportCredentials} from './identity';

export interface CredentialProblem {
  kind: IdentityProblemKind;
  /** One line: what is wrong with which file, and what to do about it. */
  message: string;
  /**
   * False while the bridge still runs on the previous, valid certificate (a bad rewrite): worth
   * a warning, not yet an outage. True when the bridge has no certificate Teleport accepts.
   */
  blocking: boolean;
}

export interface CredentialSource {
  /** The credentials in use. Throws CredentialsUnusableError while none were ever usable. */
  current(): TeleportCredentials;
  /** What is wrong with the credentials right now, or null. */
  problem(): CredentialProblem | null;
  /** Called with the new credentials after each successful reload that changed them. */
  onReload(listener: (credentials: TeleportCredentials) => void): () => void;
  /**
   * The cluster the bridge is connected to (from Ping). A later file for another cluster is
   * refused and reported, instead of cutting the bridge off its cluster.
   */
  expectCluster(clusterName: string): void;
  close(): void;
}

export class CredentialsUnusableError extends Error {
  override name = 'CredentialsUnusableError';
  constructor(readonly problem: CredentialProblem) {
    super(problem.message);
  }
}

export interface WatchOptions {
  logger: Logger;
  /** Periodic stat check, for file systems where fs.watch misses events. Default 60 s. */
  pollIntervalMs?: number;
  /** Quiet time after a change event before re-reading, so a multi-write rewrite settles. Default 250 ms. */
  settleMs?: number;
  now?: () => number;
}

const RECOVERS = 'the bridge picks up a good file by itself';

/** The remedy that goes with each kind of problem. */
function remedy(kind: IdentityProblemKind): string {
  switch (kind) {
    case 'unreadable':
      return `check teleport.identity (or client_key / client_crt / root_cas), the file's permissions, and that tbot is writing it; ${RECOVERS}`;
    case 'truncated':
      return `it was cut off while being written or copied: re-issue it (tbot, or tctl auth sign --format=file) and write it whole; ${RECOVERS}`;
    case 'malformed':
      return `point the bridge at a Teleport identity file (tbot identity output, or tctl auth sign --format=file); ${RECOVERS}`;
    case 'key-mismatch':
      return `the key and the certificate come from different issues (a copy mixed two renewals): re-issue the identity; ${RECOVERS}`;
    case 'expired':
      return `Teleport refuses it: renew it (is tbot running and allowed to renew?); ${RECOVERS}`;
    case 'other-cluster':
      return `issue the identity from the cluster the bridge talks to, or point teleport.addr at the other cluster; ${RECOVERS}`;
  }
}

export function describeProblem(kind: IdentityProblemKind, what: string, blocking = true): CredentialProblem {
  return {kind, message: `Teleport credentials unusable: ${what}; ${remedy(kind)}`, blocking};
}

function problemOf(err: unknown): CredentialProblem {
  if (err instanceof IdentityError) return describeProblem(err.kind, err.message);
  return describeProblem('malformed', (err as Error).message);
}

/** Credentials that never change (tests, or a caller that manages reloads itself). */
export function staticCredentials(credentials: TeleportCredentials): CredentialSource {
  return {current: () => credentials, problem: () => null, onReload: () => () => {}, expectCluster: () => {}, close: () => {}};
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

/** Loads the credentials now and watches for rewrites. Never throws for a bad file: see problem(). */
export function watchCredentials(spec: IdentitySpec, opts: WatchOptions): CredentialSource {
  const files = identityFiles(spec);
  const now = opts.now ?? Date.now;
  const log = opts.logger;
  const listeners = new Set<(c: TeleportCredentials) => void>();
  let current: TeleportCredentials | null = null;
  let expectedCluster: string | null = null;
  // The problem with the newest file, and the one already logged (each distinct problem is logged once).
  let fileProblem: CredentialProblem | null = null;
  let logged = '';
  let signature = '';

  const expiredProblem = (c: TeleportCredentials): CredentialProblem | null =>
    c.notAfter.getTime() <= now() ? describeProblem('expired', `${c.origin} expired at ${c.notAfter.toISOString()}`) : null;

  const problem = (): CredentialProblem | null => {
    if (!current) return fileProblem;
    const expired = expiredProblem(current);
    if (expired) return fileProblem ? {...fileProblem, blocking: true} : expired;
    // Old credentials that still work: the bridge keeps running on them, with a warning.
    return fileProblem ? {...fileProblem, blocking: false} : null;
  };

  const report = (): void => {
    const p = problem();
    const key = p?.message ?? '';
    if (key === logged) return;
    logged = key;
    if (!p) {
      log.info({origin: current?.origin, user: current?.user, notAfter: current?.notAfter.toISOString()}, 'Teleport credentials usable');
    } else if (!p.blocking && current) {
      log.warn({problem: p.kind}, `${p.message} (keeping the previous certificate, valid until ${current.notAfter.toISOString()})`);
    } else {
      log.error({problem: p.kind}, p.message);
    }
  };

  const reload = (): void => {
    signature = statSignature(files);
    let next: TeleportCredentials;
    try {
      next = loadCredentials(spec);
    } catch (err) {
      fileProblem = problemOf(err);
      report();
      return;
    }
    if (expectedCluster !== null && next.clusterName !== expectedCluster) {
      fileProblem = describeProblem('other-cluster', `${next.origin} is for cluster "${next.clusterName}", but the bridge is connected to "${expectedCluster}"`);
      report();
      return;
    }
    const expired = expiredProblem(next);
    fileProblem = expired;
    if (expired && current && !expiredProblem(current)) {
      report();
      return;
    }
    if (next.fingerprint !== current?.fingerprint) {
      const first = current === null;
      current = next;
      if (!first) log.info({origin: next.origin, user: next.user, notAfter: next.notAfter.toISOString()}, 'Teleport credentials reloaded');
      for (const l of listeners) l(next);
    }
    report();
  };

  reload();

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
    // A file that stays bad (or missing) is retried too: a directory that did not exist at start has no watcher.
    if (statSignature(files) !== signature || fileProblem !== null) reload();
    else report(); // the certificate in use may have expired since the last check
  }, opts.pollIntervalMs ?? 60_000);
  poll.unref();

  return {
    current() {
      if (current) return current;
      throw new CredentialsUnusableError(fileProblem ?? describeProblem('unreadable', `${files.join(', ')} not loaded yet`));
    },
    problem,
    onReload(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    expectCluster(clusterName) {
      // Compare files with files: the name read from the credentials that reached this cluster
      // (the same as Ping's unless the CA is named unusually).
      expectedCluster = current?.clusterName ?? clusterName;
    },
    close() {
      clearInterval(poll);
      clearTimeout(settleTimer);
      for (const w of watchers) w.close();
      listeners.clear();
    },
  };
}
