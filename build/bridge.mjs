#!/usr/bin/env node
// Builds the bridge artifact in server-bridge/dist:
//   bridge.cjs        the bridge with every npm dependency bundled in: start-up reads one file
//                     instead of resolving and compiling hundreds of modules from node_modules.
//                     It is one function expression (Node's CommonJS wrapper is part of the
//                     file), so the launcher compiles it without copying its 2.6 MB of text.
//   bridge.cjs.cache  V8's code cache of it, made here by running `version` once
//   cli.mjs           the entry point (build/launcher.mjs): runs bridge.cjs from that cache
//   heap-flags.mjs    the V8 heap settings the entry point applies
//   builtins.json     the Node built-in modules the bridge loads (see below)
// The Teleport protobuf codec is static code (teleport/proto/codec.cjs): no .proto file ships or
// is parsed at run time. Whitespace and syntax are minified (a third less text to read and keep
// in memory; names stay, so stack traces still name functions; the source map has the rest).
// CommonJS rather than ESM because only a classic script can be compiled from a code cache on
// Node 20.
import {build} from 'esbuild';
import {chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {builtinModules} from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'server-bridge/dist');
rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
await build({
  entryPoints: [path.join(root, 'server-bridge/src/cli.ts')],
  outfile: path.join(out, 'bridge.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // bufferutil, utf-8-validate: optional native accelerators of ws, not installed; ws requires
  // them inside a try and falls back to JavaScript.
  external: ['bufferutil', 'utf-8-validate'],
  // grpc-js loads proto-loader only for channelz and ORCA, which the bridge never enables; the stub
  // keeps proto-loader and the full protobufjs (about 400 KB) out of the bundle.
  alias: {'@grpc/proto-loader': path.join(root, 'build/stubs/proto-loader.cjs')},
  // zod's `locales` namespace is all of zod's 60-odd translations of its issue messages (a sixth of
  // the bundle's text, kept in memory as the script's source); the bridge uses English only.
  plugins: [
    {
      name: 'zod-english-only',
      setup(b) {
        b.onResolve({filter: /^\.\.\/locales\/index\.js$/}, (args) =>
          args.importer.includes(`${path.sep}zod${path.sep}`) ? {path: path.join(root, 'build/stubs/zod-locales.mjs')} : undefined,
        );
      },
    },
    {
      // grpc-js's backoff timer (run on every name resolution, so at every start) adds its delay
      // with setMilliseconds(getMilliseconds() + delay): local-time fields, which make V8 set up
      // its ICU time zone cache and page in ~0.3 MiB of ICU data that nothing else in the bridge
      // touches. setTime(getTime() + delay) is the same instant (and stays right across a DST
      // change). The build fails if grpc-js no longer has exactly these two lines.
      name: 'grpc-backoff-utc',
      setup(b) {
        b.onLoad({filter: /@grpc[\\/]grpc-js[\\/]build[\\/]src[\\/]backoff-timeout\.js$/}, (args) => {
          const text = readFileSync(args.path, 'utf8');
          const local = /(\w+(?:\.\w+)?)\.setMilliseconds\(\1\.getMilliseconds\(\) \+ /g;
          const found = text.match(local)?.length ?? 0;
          if (found !== 2) throw new Error(`grpc-backoff-utc: expected 2 setMilliseconds lines in ${args.path}, found ${found}; review the patch`);
          return {contents: text.replace(local, '$1.setTime($1.getTime() + '), loader: 'js'};
        });
      },
    },
  ],
  banner: {js: '(function (exports, require, module, __filename, __dirname) {'},
  footer: {js: '})'},
  minifyWhitespace: true,
  minifySyntax: true,
  // Short local names: the bundle's text stays resident (V8 keeps it for lazy compiling) and its
  // names are in every function's bytecode. 1.64 -> 1.23 MB of bundle, 0.55-0.6 MiB less resident
  // idle and after a burst (issue 10). Nothing here reads a function's or class's `name` (errors
  // set theirs); stack traces map back with bridge.cjs.map (`node --enable-source-maps`).
  minifyIdentifiers: true,
  legalComments: 'none',
  sourcemap: true,
  logLevel: 'warning',
});
// esbuild escapes non-ASCII text in strings but not in regular expression literals; escape what
// is left, so the launcher can read the file as latin1 into a one-byte string (half the memory of
// the two-byte string one non-ASCII character would force). \uXXXX means the same character in a
// string, a template, a regular expression and an identifier.
const bundle = path.join(out, 'bridge.cjs');
writeFileSync(
  bundle,
  readFileSync(bundle, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
);
// The Node built-in modules the bridge loads, for the launcher to load before it applies the heap
// flags: esbuild leaves each as a require("name") call. Two more are loaded by Node itself, not by
// a require of ours: cluster (by the HTTP server's listen) and perf_hooks (by the first use of the
// global `performance`).
const builtins = new Set(['cluster', 'perf_hooks']);
for (const [, name] of readFileSync(bundle, 'latin1').matchAll(/require\("(?:node:)?([a-z_0-9/]+)"\)/g)) {
  if (builtinModules.includes(name)) builtins.add(name);
}
writeFileSync(path.join(out, 'builtins.json'), `${JSON.stringify([...builtins].sort())}\n`);
copyFileSync(path.join(root, 'build/launcher.mjs'), path.join(out, 'cli.mjs'));
copyFileSync(path.join(root, 'build/heap-flags.mjs'), path.join(out, 'heap-flags.mjs'));
chmodSync(path.join(out, 'cli.mjs'), 0o755);
// The cache for a plain `node cli.mjs`, as the systemd unit and the container run it (no NODE_OPTIONS).
execFileSync(process.execPath, [path.join(out, 'cli.mjs'), 'version'], {env: {...process.env, NODE_OPTIONS: '', TMA_WRITE_CODE_CACHE: '1'}, stdio: 'ignore'});
console.log(`built ${path.relative(root, out)}/cli.mjs`);
