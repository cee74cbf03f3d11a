/**
 * The one interface the scenarios use. Implemented twice: by the in-repo peers (test/peers/teleport,
 * test/peers/mattermost) and by the real peers (test/peers/real). Scenarios act as users through
 * the real protocols (gRPC with the user's identity file, Mattermost REST with the user's token),
 * so the same scenario runs unchanged against both.
 */
import type {MattermostOnlyUserName, StoryUserName} from './story';

/** 'mixed': the real Mattermost server with the in-repo Teleport peer (18.11 rules, so cards have buttons). */
export type PeerKind = 'in-repo' | 'real' | 'mixed';

export interface TeleportFaults {
  /** Ends every open WatchEvents stream with UNAVAILABLE. */
  dropStreams(): void;
  /** Adds latency to every RPC until reset (0). */
  setDelay(ms: number): void;
  /** The next `count` calls of `method` (e.g. "SubmitAccessReview") fail with this gRPC code. */
  failNext(method: string, code: number, count: number): void;
  /** Stops and restarts the server on the same port (streams drop, state kept). */
  restart(): Promise<void>;
  /** Makes a pending request expire now (deletes it and its plugin data; emits DELETE). */
  expire(requestId: string): void;
  /** Changes the version Ping reports (e.g. "18.10.2" for the link-only path). */
  setVersion(version: string): void;
}

export interface TeleportPeer {
  kind: PeerKind;
  /** host:port of the Auth gRPC endpoint (mTLS). */
  authAddr: string;
  clusterName: string;
  /** Version Ping reports. */
  version: string;
  /** Identity files (tctl auth sign --format=file layout) for the bridge, an admin and each story user. */
  identityFile(who: 'bridge' | 'admin' | StoryUserName): string;
  /** host:port of a Proxy-like TLS-routing endpoint that requires the teleport-auth@ ALPN, if offered. */
  proxyAddr: string | null;
  /** Present only on the in-repo peer. */
  faults: TeleportFaults | null;
  stop(): Promise<void>;
}

export interface MattermostFaultRule {
  /** HTTP method (GET, POST, PUT, DELETE); omitted = any. */
  method?: string;
  /** Path prefix with the query string ignored (e.g. "/api/v4/posts"), or a RegExp tested on the path. */
  path: string | RegExp;
  /** Answer with this status: an AppError JSON body, or for 429 the rate limiter's plain text with Retry-After. */
  status?: number;
  retryAfterSeconds?: number;
  /** Latency added before the request is handled (or before the fault is answered). */
  delayMs?: number;
  /** Close the connection without any answer (the client sees a network error). */
  drop?: boolean;
  /**
   * 'before' (default): the server never sees the request.
   * 'after': the server handles it (a post really is created or edited), then the client gets the
   * fault instead of the answer — the case that turns naive retries into duplicates.
   */
  phase?: 'before' | 'after';
  /** At most this many matching requests are faulted (default: every match while active). */
  count?: number;
  /** Active for this long from now (default: until removed or reset()). */
  forMs?: number;
}

export interface MattermostFaults {
  failNext(pathPrefix: string, status: number, count: number, retryAfterSeconds?: number): void;
  setDelay(ms: number): void;
  reset(): void;
  /** Adds a rule; returns a function that removes it. Rules are checked in the order added; the first active match applies. */
  add(rule: MattermostFaultRule): () => void;
  /** Mattermost is unreachable (connection refused) for `ms`, then serves again on the same URL with its data kept. Resolves when it serves again. */
  outage(ms: number): Promise<void>;
}

export interface PeerUser {
  id: string;
  username: string;
  email: string;
  /** Session or personal access token for acting as this user over REST. */
  token: string;
}

export interface MattermostPeer {
  kind: PeerKind;
  /** Site URL, e.g. http://127.0.0.1:8065 */
  url: string;
  adminToken: string;
  bot: PeerUser;
  team: {id: string; name: string};
  channels: {requests: {id: string; name: string}; other: {id: string; name: string}};
  users: Record<StoryUserName | MattermostOnlyUserName | 'admin', PeerUser>;
  /** The in-repo peer injects faults itself; the real server (mixed set) behind our fault proxy. */
  faults: MattermostFaults | null;
  stop(): Promise<void>;
}

export interface PeerSet {
  kind: PeerKind;
  teleport: TeleportPeer;
  mattermost: MattermostPeer;
  stop(): Promise<void>;
}
