/**
 * gRPC service definitions for the Teleport proto subset, built on the protobufjs static code in
 * codec.cjs (generated from the .proto files by build/proto-codec.mjs): nothing is parsed at run
 * time. Both the bridge client and the in-repo peer use these.
 */
import * as grpc from '@grpc/grpc-js';
import codec, {type MessageCodec} from './codec.cjs';

/**
 * How decoded messages are shaped: enums as names, defaults filled in, oneofs gives Event a
 * `Resource` discriminator, and int64 as numbers. The subset has four int64 fields: Timestamp
 * seconds, MaxDuration, MaxSessionTTL (nanoseconds, exact up to 104 days) and page_size, all exact
 * in a double for any value the bridge reads. Strings cost a long.js division loop per field,
 * which runs through long.js's WebAssembly helpers: in a burst V8 then compiled their JS-to-Wasm
 * wrappers with TurboFan, and the compiler's 2 MiB of code pages stayed resident afterwards.
 */
export const CONVERSION = {longs: Number, enums: String, defaults: true, oneofs: true} as const;

export interface TeleportGrpcDefinitions {
  AuthService: grpc.ServiceClientConstructor;
  UsersService: grpc.ServiceClientConstructor;
  AccessMonitoringRulesService: grpc.ServiceClientConstructor;
}

const serializer =
  (type: MessageCodec) =>
  (value: object): Buffer => {
    const w = type.encode(type.fromObject(value as Record<string, unknown>)).finish();
    return Buffer.from(w.buffer, w.byteOffset, w.byteLength);
  };
const deserializer =
  (type: MessageCodec) =>
  (bytes: Buffer): object =>
    type.toObject(type.decode(bytes), CONVERSION);

type Rpc = [name: string, request: MessageCodec, response: MessageCodec, serverStream?: 'stream'];

function service(fullName: string, rpcs: Rpc[]): grpc.ServiceDefinition {
  const def: Record<string, grpc.MethodDefinition<object, object> & {originalName: string}> = {};
  for (const [name, request, response, stream] of rpcs) {
    def[name] = {
      path: `/${fullName}/${name}`,
      requestStream: false,
      responseStream: stream === 'stream',
      requestSerialize: serializer(request),
      requestDeserialize: deserializer(request),
      responseSerialize: serializer(response),
      responseDeserialize: deserializer(response),
      // grpc-js also exposes (and a server also accepts) the lower-camel name, as with proto-loader.
      originalName: name[0]!.toLowerCase() + name.slice(1),
    };
  }
  return def;
}

let cached: TeleportGrpcDefinitions | undefined;

/** Builds the definitions once (a few microseconds: no parsing, no code generation). */
export function loadTeleportProtos(): TeleportGrpcDefinitions {
  if (cached) return cached;
  const {proto: p, types: t, google} = codec;
  const users = codec.teleport.users.v1;
  const empty = google.protobuf.Empty!;
  // Mirrors the `service` blocks of authservice.proto, users.proto and accessmonitoringrules.proto;
  // codec.test.ts checks the two agree.
  const auth = service('proto.AuthService', [
    ['Ping', p.PingRequest!, p.PingResponse!],
    ['WatchEvents', p.Watch!, p.Event!, 'stream'],
    ['GetAccessRequestsV2', t.AccessRequestFilter!, t.AccessRequestV3!, 'stream'],
    ['ListAccessRequests', p.ListAccessRequestsRequest!, p.ListAccessRequestsResponse!],
    ['CreateAccessRequestV2', t.AccessRequestV3!, t.AccessRequestV3!],
    ['DeleteAccessRequest', p.RequestID!, empty],
    ['SubmitAccessReview', t.AccessReviewSubmission!, t.AccessRequestV3!],
    ['GetAccessCapabilities', t.AccessCapabilitiesRequest!, t.AccessCapabilities!],
    ['GetPluginData', t.PluginDataFilter!, p.PluginDataSeq!],
    ['UpdatePluginData', t.PluginDataUpdateParams!, empty],
    ['GetRole', p.GetRoleRequest!, t.RoleV6!],
    ['GetUser', p.GetUserRequest!, t.UserV2!],
    ['GetUsers', p.GetUsersRequest!, t.UserV2!, 'stream'],
  ]);
  const usersService = service('teleport.users.v1.UsersService', [
    ['GetUser', users.GetUserRequest!, users.GetUserResponse!],
    ['ListUsers', users.ListUsersRequest!, users.ListUsersResponse!],
  ]);
  const amr = codec.teleport.accessmonitoringrules.v1;
  const rulesService = service('teleport.accessmonitoringrules.v1.AccessMonitoringRulesService', [
    ['CreateAccessMonitoringRule', amr.CreateAccessMonitoringRuleRequest!, amr.AccessMonitoringRule!],
    ['UpdateAccessMonitoringRule', amr.UpdateAccessMonitoringRuleRequest!, amr.AccessMonitoringRule!],
    ['UpsertAccessMonitoringRule', amr.UpsertAccessMonitoringRuleRequest!, amr.AccessMonitoringRule!],
    ['GetAccessMonitoringRule', amr.GetAccessMonitoringRuleRequest!, amr.AccessMonitoringRule!],
    ['DeleteAccessMonitoringRule', amr.DeleteAccessMonitoringRuleRequest!, empty],
    ['ListAccessMonitoringRules', amr.ListAccessMonitoringRulesRequest!, amr.ListAccessMonitoringRulesResponse!],
    ['ListAccessMonitoringRulesWithFilter', amr.ListAccessMonitoringRulesWithFilterRequest!, amr.ListAccessMonitoringRulesResponse!],
  ]);
  cached = {
    AuthService: grpc.makeGenericClientConstructor(auth, 'AuthService'),
    UsersService: grpc.makeGenericClientConstructor(usersService, 'UsersService'),
    AccessMonitoringRulesService: grpc.makeGenericClientConstructor(rulesService, 'AccessMonitoringRulesService'),
  };
  return cached;
}
