/**
 * The bridge's health in one place: `/readyz` and `/healthz` details, and the report the System
 * Console's status box reads (a subset of the same facts).
 */
import {clusterLinkOnlyReason} from '../card/capability';
import type {SettingsReader} from '../config/settings-reader';
import type {CredentialSource} from '../teleport/credential-source';
import type {WatchHandle} from '../teleport/port';
import type {ClusterLink} from './cluster-link';
import type {RoutingStatus} from './rule-routing';

export interface HealthParts {
  link: ClusterLink;
  credentials: CredentialSource;
  settings: SettingsReader;
  watch(): WatchHandle | null;
  requests(): {tracked: number; in_flight: number};
  liveReload(): boolean;
  /** Access monitoring rules in use and which source routed the cards posted. */
  routing(): RoutingStatus;
}

export interface Health {
  ready: boolean;
  details: Record<string, unknown>;
}

function teleportFacts(parts: HealthParts) {
  const {cluster, capability} = parts.link;
  return {
    connected: Boolean(parts.watch()?.ready),
    cluster: cluster.clusterName,
    version: cluster.serverVersion,
    on_behalf_reviews: cluster.onBehalfReviews,
    self_check: capability.selfCheckPassed,
  };
}

/** Available only once the self-check passed; the card core's rule says the rest. */
function reviewsAvailable(parts: HealthParts): boolean {
  const {cluster, capability} = parts.link;
  return clusterLinkOnlyReason(parts.settings.current(), cluster, capability) === null && capability.selfCheckPassed === true;
}

export function health(parts: HealthParts): Health {
  const credentialProblem = parts.credentials.problem();
  const watching = Boolean(parts.watch()?.ready);
  const ready = watching && parts.link.known && !credentialProblem?.blocking;
  // The one sentence an operator reads first: the credentials, else why Teleport is unreachable.
  const reason = ready
    ? null
    : credentialProblem?.blocking
      ? credentialProblem.message
      : (parts.link.problem ?? (parts.link.known ? 'waiting for the Teleport watch' : 'connecting to Teleport'));
  const credentials = credentialProblem ? {problem: credentialProblem.kind, message: credentialProblem.message, blocking: credentialProblem.blocking} : {problem: null};
  return {
    ready,
    details: {
      reason,
      teleport: {...teleportFacts(parts), credentials},
      reviews_available: reviewsAvailable(parts),
      settings: {
        accepted: parts.settings.status.error === null,
        error: parts.settings.status.error,
        last_read_at: parts.settings.status.lastReadAt,
        live_reload: parts.liveReload(),
      },
      requests: parts.requests(),
      routing: parts.routing(),
    },
  };
}

/** What the System Console's status box shows (status-publisher.ts). */
export function consoleSnapshot(parts: HealthParts) {
  const {ready, details} = health(parts);
  return {
    ready,
    reason: typeof details['reason'] === 'string' ? details['reason'] : null,
    teleport: teleportFacts(parts),
    reviews_available: reviewsAvailable(parts),
    settings: {
      accepted: parts.settings.status.error === null,
      error: parts.settings.status.error,
      last_read_at: parts.settings.status.lastReadAt,
      applied_at: parts.settings.status.appliedAt,
    },
    requests: parts.requests(),
    routing: routingSummary(parts.routing()),
  };
}

/** The status box's routing line: rule names only (reasons are in the log and /readyz), counts, the last cards' sources. */
function routingSummary(r: RoutingStatus) {
  return {
    rules: r.rules.state,
    active: r.rules.active,
    skipped: r.rules.skipped.slice(0, 5).map((s) => s.name),
    cards_by_source: r.cards_by_source,
    recent_cards: r.recent_cards,
  };
}
