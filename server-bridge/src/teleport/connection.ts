/**
 * The gRPC connection the Teleport service clients share: one channel per credentials generation,
 * with every service client on it (one HTTP/2 connection), plus the unary and server-stream call
 * helpers that turn failures into TeleportErrors explained in the bridge's terms.
 *
 * Credentials reloads build a new channel for new calls; calls and the watch already running on
 * the old channel finish there, and the old channel is closed once nothing uses it.
 */
import * as grpc from '@grpc/grpc-js';
import type {Logger} from 'pino';
import type {CredentialSource} from './credential-source';
import {toTeleportError} from './errors';
import type {TeleportCredentials} from './identity';
import {TeleportError} from './port';
import {loadTeleportProtos} from './proto/load';
import type {AuthServiceClient} from './proto/generated/proto/AuthService';
import type {UsersServiceClient} from './proto/generated/teleport/users/v1/UsersService';
import type {AccessMonitoringRulesServiceClient} from './proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRulesService';
import {directChannel, explainConnectionFailure, shimChannel, startAlpnShim, type AlpnShim, type TransportChannel, type TransportMode} from './transport';
import {isoUtc} from '../card/time';

export interface ConnectionOptions {
  /** host:port of the Auth Service (mode 'auth') or the Proxy with TLS routing (mode 'proxy'). */
  addr: string;
  mode: TransportMode;
  credentials: CredentialSource;
  logger: Logger;
  /** Sent as the gRPC user agent. */
  pluginName: string;
  /** Per-call deadline. Default 10 s. */
  callTimeoutMs?: number;
}

/** The service clients of one channel, keyed by the name calls use. */
export interface ServiceClients {
  auth: AuthServiceClient;
  users: UsersServiceClient;
  rules: AccessMonitoringRulesServiceClient;
}

interface Generation extends ServiceClients {
  channel: TransportChannel;
  inUse: number;
  retired: boolean;
}

export interface Lease {
  clients: ServiceClients;
  release: () => void;
}

type Callback = (err: grpc.ServiceError | null, response?: unknown) => void;
type UnaryMethod = (request: unknown, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback) => grpc.ClientUnaryCall;
type StreamMethod = (request: unknown, metadata: grpc.Metadata, options: grpc.CallOptions) => grpc.ClientReadableStream<unknown>;

export class TeleportConnection {
  private readonly protos = loadTeleportProtos();
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly shim: AlpnShim | null;
  // Built on first use when the credentials are unusable at start (the source reports why).
  private current: Generation | null = null;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly opts: ConnectionOptions) {
    this.timeoutMs = opts.callTimeoutMs ?? 10_000;
    this.userAgent = `teleport-mattermost-bridge/${opts.pluginName}`;
    this.shim = opts.mode === 'proxy' ? startAlpnShim(opts.addr, () => opts.credentials.current(), opts.logger) : null;
    try {
      this.current = this.build(opts.credentials.current());
    } catch {
      this.current = null;
    }
    this.unsubscribe = opts.credentials.onReload((creds) => this.reload(creds));
  }

  private build(creds: TeleportCredentials): Generation {
    const channel = this.shim ? shimChannel(this.shim, this.userAgent) : directChannel(this.opts.addr, creds, this.userAgent);
    const auth = new this.protos.AuthService(channel.target, channel.credentials, channel.options) as unknown as AuthServiceClient;
    // Further clients ride the same channel: every service travels over one HTTP/2 connection.
    const users = new this.protos.UsersService(channel.target, channel.credentials, {
      ...channel.options,
      channelOverride: auth.getChannel(),
    }) as unknown as UsersServiceClient;
    const rules = new this.protos.AccessMonitoringRulesService(channel.target, channel.credentials, {
      ...channel.options,
      channelOverride: auth.getChannel(),
    }) as unknown as AccessMonitoringRulesServiceClient;
    return {auth, users, rules, channel, inUse: 0, retired: false};
  }

  private dispose(g: Generation): void {
    g.auth.close();
    g.channel.close();
  }

  private reload(creds: TeleportCredentials): void {
    if (this.closed) return;
    const old = this.current;
    this.current = this.build(creds);
    if (old) {
      old.retired = true;
      if (old.inUse === 0) this.dispose(old);
    }
    this.opts.logger.info({user: creds.user, notAfter: isoUtc(creds.notAfter)}, 'new Teleport calls use the reloaded credentials');
  }

  /** The current generation's clients, kept open until `release`. Throws once closed. */
  acquire(): Lease {
    if (this.closed) throw new TeleportError('ConnectionProblem', 'Teleport client is closed');
    if (!this.current) {
      try {
        this.current = this.build(this.opts.credentials.current());
      } catch (err) {
        throw new TeleportError('ConnectionProblem', (err as Error).message);
      }
    }
    const gen = this.current;
    gen.inUse++;
    let released = false;
    return {
      clients: gen,
      release: () => {
        if (released) return;
        released = true;
        gen.inUse--;
        if (gen.retired && gen.inUse === 0) this.dispose(gen);
      },
    };
  }

  private deadline(): grpc.CallOptions {
    return {deadline: Date.now() + this.timeoutMs};
  }

  /** A connection failure caused by the credentials or the Proxy's routing, said so. */
  private explained(err: unknown, method: string): TeleportError {
    const e = toTeleportError(err, method);
    if (e.kind !== 'ConnectionProblem') return e;
    // Through the shim grpc-js only sees the local socket close; the shim kept the TLS error.
    const fromShim = this.shim?.lastFailure() ?? null;
    if (fromShim) return new TeleportError('ConnectionProblem', fromShim, e.grpcCode);
    let why: string | null = null;
    try {
      why = explainConnectionFailure(e.message, this.opts.credentials.current(), this.opts.addr, this.opts.mode);
    } catch {
      // No credentials at all: the credential source has reported that already.
    }
    return why ? new TeleportError('ConnectionProblem', why, e.grpcCode) : e;
  }

  unary<T>(service: keyof ServiceClients, method: string, request: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // acquire() throws when the client is closed; inside an executor that rejects the promise.
      const lease = this.acquire();
      const client = lease.clients[service] as unknown as Record<string, UnaryMethod>;
      const fn = client[method];
      if (!fn) {
        lease.release();
        reject(new TeleportError('NotImplemented', `${method} is not in the bridge's Teleport proto`));
        return;
      }
      fn.call(client, request, new grpc.Metadata(), this.deadline(), (err, response) => {
        lease.release();
        if (err) reject(this.explained(err, method));
        else resolve(response as T);
      });
    });
  }

  serverStream<T>(method: string, request: object): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      const lease = this.acquire();
      const client = lease.clients.auth as unknown as Record<string, StreamMethod>;
      const stream = client[method]!.call(client, request, new grpc.Metadata(), this.deadline());
      const items: T[] = [];
      stream.on('data', (item: T) => items.push(item));
      stream.on('error', (err) => {
        lease.release();
        reject(this.explained(err, method));
      });
      stream.on('end', () => {
        lease.release();
        resolve(items);
      });
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    if (this.current) this.dispose(this.current);
    this.shim?.close();
  }
}
