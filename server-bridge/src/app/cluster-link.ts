/**
 * What the bridge knows of its Teleport cluster: name, version, whether it can record reviews made
 * in chat (Ping, then the on-behalf self-check), and why it is unreachable when it is. Pings until
 * Teleport answers, then every five minutes for version and feature changes.
 */
import type {Logger} from 'pino';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import {checkOnBehalfReviews} from '../reviews/selfcheck';
import type {CredentialSource} from '../teleport/credential-source';
import type {TeleportPort} from '../teleport/port';

export const UNKNOWN_CLUSTER: ClusterInfo = {clusterName: '', serverVersion: '', proxyPublicAddr: '', advancedAccessWorkflows: false, onBehalfReviews: false};

const REPING_MS = 300_000;

export class ClusterLink {
  cluster: ClusterInfo = UNKNOWN_CLUSTER;
  capability: ReviewCapability = {selfCheckPassed: null};
  /** Why the last Ping failed, until one succeeds (logged once per distinct reason). */
  problem: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly teleport: TeleportPort,
    private readonly credentials: CredentialSource,
    private readonly logger: Logger,
  ) {}

  get known(): boolean {
    return this.cluster !== UNKNOWN_CLUSTER;
  }

  /** Resolves once Teleport answered (false if stopped first); keeps re-pinging afterwards. */
  async connect(): Promise<boolean> {
    this.timer ??= setInterval(() => void this.ping(), REPING_MS);
    this.timer.unref();
    for (let attempt = 0; !this.stopped && !(await this.ping()); attempt++) await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
    return !this.stopped;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  private async ping(): Promise<boolean> {
    try {
      const next = await this.teleport.ping();
      if (this.problem) this.logger.info({cluster: next.clusterName}, 'Teleport reachable again');
      this.problem = null;
      this.credentials.expectCluster(next.clusterName);
      const changed = next.serverVersion !== this.cluster.serverVersion || next.onBehalfReviews !== this.cluster.onBehalfReviews;
      this.cluster = next;
      if (changed) await this.learn(next);
      return true;
    } catch (err) {
      const message = (err as Error).message;
      // A credentials problem was logged once by the credential source; retries stay quiet.
      if (message !== this.problem && !this.credentials.problem()?.blocking) this.logger.warn({err: message}, 'Teleport Ping failed; retrying');
      this.problem = message;
      return false;
    }
  }

  private async learn(cluster: ClusterInfo): Promise<void> {
    this.logger.info(
      {cluster: cluster.clusterName, version: cluster.serverVersion, on_behalf_reviews: cluster.onBehalfReviews, advanced_access_workflows: cluster.advancedAccessWorkflows},
      'connected to Teleport',
    );
    if (!cluster.onBehalfReviews) {
      this.capability = {selfCheckPassed: false};
      return;
    }
    const check = await checkOnBehalfReviews(this.teleport, this.logger.child({component: 'selfcheck'}));
    this.capability = {selfCheckPassed: check.conclusive ? check.passed : null};
  }
}
