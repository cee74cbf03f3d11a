/**
 * A plain @grpc/grpc-js client built from an identity file, the way the bridge (or any Teleport
 * client) would: mTLS with the identity's key and certificate, the identity's CAs as roots, and
 * the TLS server name `teleport.cluster.local`. Used by the peer's tests; handy for scenarios too.
 */
import {readFileSync} from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import type {AuthServiceClient} from '../../../server-bridge/src/teleport/proto/generated/proto/AuthService';
import type {UsersServiceClient} from '../../../server-bridge/src/teleport/proto/generated/teleport/users/v1/UsersService';
import {loadTeleportProtos} from '../../../server-bridge/src/teleport/proto/load';
import type {AccessMonitoringRulesServiceClient} from '../../../server-bridge/src/teleport/proto/generated/teleport/accessmonitoringrules/v1/AccessMonitoringRulesService';
import {AUTH_SERVER_NAME, parseIdentityFile} from './certs';

export interface PeerClients {
  auth: AuthServiceClient;
  users: UsersServiceClient;
  rules: AccessMonitoringRulesServiceClient;
  close(): void;
}

/**
 * grpc-js pins ALPN to ['h2'] (channel-credentials.js getConnectionOptions). Reaching Auth through
 * the Proxy's TLS routing needs `teleport-auth@…` offered first, so this patches the connection
 * options of the secure connector grpc-js creates. It relies on grpc-js 1.14 internals
 * (`_createSecureConnector` returning an object with `connectionOptions`) and fails loudly if
 * they change.
 */
export function withAlpnProtocols(creds: grpc.ChannelCredentials, protocols: string[]): grpc.ChannelCredentials {
  type Connector = {connectionOptions?: {ALPNProtocols?: string[]}};
  const internal = creds as unknown as {_createSecureConnector: (...args: unknown[]) => Connector};
  const original = internal._createSecureConnector;
  if (typeof original !== 'function') throw new Error('withAlpnProtocols: grpc-js credentials have no _createSecureConnector');
  internal._createSecureConnector = (...args: unknown[]) => {
    const connector = original.apply(creds, args);
    if (!connector.connectionOptions) throw new Error('withAlpnProtocols: grpc-js secure connector has no connectionOptions');
    connector.connectionOptions.ALPNProtocols = protocols;
    return connector;
  };
  return creds;
}

export interface ClientOptions {
  serverName?: string;
  /** ALPN protocols to offer instead of ['h2'], e.g. [authAlpnProtocol(cluster), 'h2'] for the proxy route. */
  alpnProtocols?: string[];
}

export function clientsFromIdentity(addr: string, identityFile: string, opts: ClientOptions = {}): PeerClients {
  const serverName = opts.serverName ?? AUTH_SERVER_NAME;
  const id = parseIdentityFile(readFileSync(identityFile, 'utf8'));
  let creds = grpc.credentials.createSsl(Buffer.from(id.caPems.join('')), Buffer.from(id.keyPem), Buffer.from(id.certPem));
  if (opts.alpnProtocols) creds = withAlpnProtocols(creds, opts.alpnProtocols);
  const options: grpc.ChannelOptions = {
    'grpc.ssl_target_name_override': serverName,
    'grpc.default_authority': serverName,
  };
  const {AuthService, UsersService, AccessMonitoringRulesService} = loadTeleportProtos();
  const auth = new AuthService(addr, creds, options) as unknown as AuthServiceClient;
  const users = new UsersService(addr, creds, options) as unknown as UsersServiceClient;
  const rules = new AccessMonitoringRulesService(addr, creds, options) as unknown as AccessMonitoringRulesServiceClient;
  return {
    auth,
    users,
    rules,
    close: () => {
      auth.close();
      users.close();
      rules.close();
    },
  };
}

/** Promisifies a unary call: `call(c.auth, 'Ping', {})`. */
export function call<C extends object, M extends keyof C & string>(
  client: C,
  method: M,
  request: C[M] extends (req: infer R, cb: grpc.requestCallback<infer _O>) => grpc.ClientUnaryCall ? R : never,
): Promise<C[M] extends (req: never, cb: grpc.requestCallback<infer O>) => grpc.ClientUnaryCall ? O : never> {
  return new Promise((resolve, reject) => {
    const fn = client[method] as unknown as (req: unknown, cb: (err: grpc.ServiceError | null, res: unknown) => void) => void;
    fn.call(client, request, (err, res) => (err ? reject(err) : resolve(res as never)));
  });
}
