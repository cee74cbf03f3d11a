import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const here = path.dirname(fileURLToPath(import.meta.url));

// keepCase keeps Teleport's capitalised field names; longs as strings avoid silent precision loss
// on int64 nanosecond durations; oneofs gives Event a `Resource` discriminator.
export const protoLoaderOptions: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [here],
};

export interface TeleportGrpcDefinitions {
  AuthService: grpc.ServiceClientConstructor;
  UsersService: grpc.ServiceClientConstructor;
}

let cached: TeleportGrpcDefinitions | undefined;

/** Loads the proto subset once; both the bridge client and the in-repo peer use it. */
export function loadTeleportProtos(): TeleportGrpcDefinitions {
  if (cached) return cached;
  const def = protoLoader.loadSync(['authservice.proto', 'users.proto'], protoLoaderOptions);
  const pkg = grpc.loadPackageDefinition(def) as unknown as {
    proto: {AuthService: grpc.ServiceClientConstructor};
    teleport: {users: {v1: {UsersService: grpc.ServiceClientConstructor}}};
  };
  cached = {AuthService: pkg.proto.AuthService, UsersService: pkg.teleport.users.v1.UsersService};
  return cached;
}
