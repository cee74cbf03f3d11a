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
import {describe} from '../app/errors';
import {IdentityError, identityFiles, loadCredentials, type IdentityProblemKind, type IdentitySpec, type TeleportCredentials} from './identity';
import {isoUtc, utcTime} from '../card/time';

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

/** Watches directories, not files: tbot may replace a file by rename, which ends a file watch. */
function watchDirectories(files: string[], onChange: () => void, log: WatchOptions['logger']): FSWatcher[] {
  const names = new Set(files.map((f) => path.basename(f)));
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    try {
      const w = watch(dir, {persistent: false}, (_event, filename) => {
        if (filename === null || names.has(filename.toString())) onChange();
      });
      w.on('error', (err) => log.warn({err: describe(err), dir}, 'watching Teleport credentials failed; relying on the periodic check'));
      watchers.push(w);
    } catch (err) {
      log.warn({err: describe(err), dir}, 'cannot watch Teleport credentials directory; relying on the periodic check');
    }
  }
  return watchers;
}

class WatchedCredentials implements CredentialSource {
  private readonly files: string[];
  private readonly now: () => number;
  private readonly listeners = new Set<(c: TeleportCredentials) => void>();
  private loaded: TeleportCredentials | null = null;
  private expectedCluster: string | null = null;
  // The problem with the newest file, and the one already logged (each distinct problem is logged once).
  private fileProblem: CredentialProblem | null = null;
  private logged = '';
  private signature = '';
  private settleTimer: NodeJS.Timeout | undefined;
  private readonly watchers: FSWatcher[];
  private readonly poll: NodeJS.Timeout;

  constructor(
    private readonly spec: IdentitySpec,
    private readonly opts: WatchOptions,
  ) {
    this.files = identityFiles(spec);
    this.now = opts.now ?? Date.now;
    this.reload();
    this.watchers = watchDirectories(this.files, () => this.scheduleReload(), opts.logger);
    this.poll = setInterval(() => {
      // A file that stays bad (or missing) is retried too: a directory that did not exist at start has no watcher.
      if (statSignature(this.files) !== this.signature || this.fileProblem !== null) this.reload();
      else this.report(); // the certificate in use may have expired since the last check
    }, opts.pollIntervalMs ?? 60_000);
    this.poll.unref();
  }

  private expiredProblem(c: TeleportCredentials): CredentialProblem | null {
    return c.notAfter.getTime() <= this.now() ? describeProblem('expired', `${c.origin} expired at ${utcTime(c.notAfter)}`) : null;
  }

  readonly problem = (): CredentialProblem | null => {
    if (!this.loaded) return this.fileProblem;
    const expired = this.expiredProblem(this.loaded);
    if (expired) return this.fileProblem ? {...this.fileProblem, blocking: true} : expired;
    // Old credentials that still work: the bridge keeps running on them, with a warning.
    return this.fileProblem ? {...this.fileProblem, blocking: false} : null;
  };

  private report(): void {
    const p = this.problem();
    const key = p?.message ?? '';
    if (key === this.logged) return;
    this.logged = key;
    const c = this.loaded;
    if (!p) this.opts.logger.info({origin: c?.origin, user: c?.user, notAfter: c ? isoUtc(c.notAfter) : undefined}, 'Teleport credentials usable');
    else if (!p.blocking && c) this.opts.logger.warn({problem: p.kind}, `${p.message} (keeping the previous certificate, valid until ${utcTime(c.notAfter)})`);
    else this.opts.logger.error({problem: p.kind}, p.message);
  }

  /** Why the newest file cannot replace the credentials in use, if it cannot. */
  private refusal(next: TeleportCredentials): {problem: CredentialProblem | null; keep: boolean} {
    if (this.expectedCluster !== null && next.clusterName !== this.expectedCluster) {
      return {
        problem: describeProblem('other-cluster', `${next.origin} is for cluster "${next.clusterName}", but the bridge is connected to "${this.expectedCluster}"`),
        keep: true,
      };
    }
    const expired = this.expiredProblem(next);
    return {problem: expired, keep: expired !== null && this.loaded !== null && !this.expiredProblem(this.loaded)};
  }

  private reload(): void {
    this.signature = statSignature(this.files);
    let next: TeleportCredentials;
    try {
      next = loadCredentials(this.spec);
    } catch (err) {
      this.fileProblem = problemOf(err);
      return this.report();
    }
    const refused = this.refusal(next);
    this.fileProblem = refused.problem;
    if (refused.keep) return this.report();
    if (next.fingerprint !== this.loaded?.fingerprint) {
      const first = this.loaded === null;
      this.loaded = next;
      if (!first) this.opts.logger.info({origin: next.origin, user: next.user, notAfter: isoUtc(next.notAfter)}, 'Teleport credentials reloaded');
      for (const l of this.listeners) l(next);
    }
    this.report();
  }

  private scheduleReload(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.reload(), this.opts.settleMs ?? 250);
    this.settleTimer.unref();
  }

  readonly current = (): TeleportCredentials => {
    if (this.loaded) return this.loaded;
    throw new CredentialsUnusableError(this.fileProblem ?? describeProblem('unreadable', `${this.files.join(', ')} not loaded yet`));
  };

  readonly onReload = (listener: (c: TeleportCredentials) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly expectCluster = (clusterName: string): void => {
    // Compare files with files: the name read from the credentials that reached this cluster
    // (the same as Ping's unless the CA is named unusually).
    this.expectedCluster = this.loaded?.clusterName ?? clusterName;
  };

  readonly close = (): void => {
    clearInterval(this.poll);
    clearTimeout(this.settleTimer);
    for (const w of this.watchers) w.close();
    this.listeners.clear();
  };
}

/** Loads the credentials now and watches for rewrites. Never throws for a bad file: see problem(). */
export function watchCredentials(spec: IdentitySpec, opts: WatchOptions): CredentialSource {
  return new WatchedCredentials(spec, opts);
}
