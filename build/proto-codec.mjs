#!/usr/bin/env node
// Regenerates server-bridge/src/teleport/proto/codec.cjs, the protobufjs static code for the
// Teleport proto subset, so the bridge never parses .proto files at run time. Run it after
// editing a .proto (the result is committed; codec.test.ts fails if it no longer matches):
//   node build/proto-codec.mjs
// protobufjs-cli is fetched by npx for this one step rather than kept as a dependency: it is
// needed only here, and pulls in jsdoc and friends. 1.3.x is the line for protobufjs 7.
import {execFileSync} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'server-bridge/src/teleport/proto');
// Imports (types, wrappers, header) come along; each service's file is listed.
const PROTOS = ['authservice.proto', 'users.proto', 'accessmonitoringrules.proto'];
execFileSync(
  'npx',
  [
    '--yes',
    '-p',
    'protobufjs-cli@1.3.3',
    '-p',
    'protobufjs@7',
    'pbjs',
    '-t',
    'static-module',
    '-w',
    'commonjs',
    // keep-case: Teleport's capitalised field names, as the decoders expect them.
    '--keep-case',
    // Validation happens in decode.ts on the converted objects; no reflection or services needed.
    '--no-verify',
    '--no-delimited',
    '--no-typeurl',
    '--no-service',
    '--no-comments',
    '--no-create',
    '--no-beautify',
    '-p',
    dir,
    '-o',
    path.join(dir, 'codec.cjs'),
    ...PROTOS,
  ],
  {cwd: dir, stdio: 'inherit'},
);
console.log('wrote server-bridge/src/teleport/proto/codec.cjs');
// The TypeScript shapes of the decoded objects (generated/), with the same conversion options as
// load.ts's CONVERSION; proto-loader is a dependency already.
// Paths relative to server-bridge/, as the files' "Original file" headers show them.
execFileSync(
  path.join(root, 'node_modules/.bin/proto-loader-gen-types'),
  [
    '--grpcLib=@grpc/grpc-js',
    '--outDir=src/teleport/proto/generated',
    '--keepCase',
    '--longs=Number',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--includeDirs=src/teleport/proto',
    '--',
    ...PROTOS,
  ],
  {cwd: path.join(root, 'server-bridge'), stdio: 'inherit'},
);
console.log('wrote server-bridge/src/teleport/proto/generated/');
