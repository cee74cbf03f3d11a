#!/usr/bin/env node
// teleport-mattermost-bridge: runs the bundled bridge (bridge.cjs beside this file) from the V8
// code cache that the build made (bridge.cjs.cache). Compiling the 4 MB bundle from source is
// most of a cold start's CPU; with the cache V8 skips parsing and compiling it. A cache from
// another Node version or other V8 flags is rejected by V8 itself and the source is compiled as
// usual, so a stale or missing cache costs time, never correctness. (Node 22's
// module.enableCompileCache() does the same, but needs a writable directory at run time.)
import {createHash} from 'node:crypto';
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {heapFlagsToApply} from './heap-flags.mjs';

/**
 * V8 accepts a code cache only under the flags it was made with. The build makes the one for no
 * flags, as the systemd unit and the container run it; a run under other flags looks for a cache
 * of its own (none is shipped) and compiles from source.
 */
export function cacheFileFor(file, flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim()) {
  return flags === '' ? `${file}.cache` : `${file}.${createHash('sha256').update(flags).digest('hex').slice(0, 12)}.cache`;
}

/**
 * A cache this installation writes itself: where systemd's CacheDirectory= (CACHE_DIRECTORY) or
 * TMA_CODE_CACHE_DIR points. The shipped cache holds what loading the modules compiles; one
 * written as a run ends also holds what that run compiled (the first Teleport and Mattermost calls,
 * TLS, gRPC, decoding), which the next start would otherwise compile again. In-repo peers: cold
 * start to watching ~250 ms with the shipped cache, ~230 ms with one written by an earlier run.
 */
function localCacheFile() {
  const dir = process.env.TMA_CODE_CACHE_DIR || process.env.CACHE_DIRECTORY?.split(':')[0];
  return dir ? path.join(dir, 'bridge.cjs.cache') : null;
}

function readIfNewer(cache, than) {
  try {
    return statSync(cache).mtimeMs >= statSync(than).mtimeMs ? readFileSync(cache) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads the Node built-in modules the bridge uses (builtins.json, written by the build) while V8
 * still runs under Node's own flags. Node compiles its built-in modules from a code cache embedded
 * in the binary, and V8 rejects that cache once any flag has changed, including the heap flags set
 * below: http2, tls, crypto, zlib and the rest would then be compiled from source, ~35 ms of a cold
 * start on this machine.
 */
function loadBuiltins(dir) {
  let names = [];
  try {
    names = JSON.parse(readFileSync(path.join(dir, 'builtins.json'), 'utf8'));
  } catch {
    // Not shipped: each module loads when first required, compiled from source.
  }
  const load = createRequire(import.meta.url);
  for (const name of names) load(`node:${name}`);
}

/** Compiles and runs bridge.cjs; a function so the source text and cache bytes are not kept alive. */
function run() {
  const file = fileURLToPath(new URL('./bridge.cjs', import.meta.url));
  const building = process.env.TMA_WRITE_CODE_CACHE === '1';
  const shippedFile = cacheFileFor(file);
  const localFile = building ? null : localCacheFile();
  loadBuiltins(path.dirname(file));
  // Before compiling, in the build's run too: V8 accepts a code cache only under the flags it was
  // made with, and a cache written as a run ends is made under these.
  const heapFlags = heapFlagsToApply();
  for (const flag of heapFlags) v8.setFlagsFromString(flag);
  // The bridge lets the young generation grow while busy by changing one of these (young-generation.ts).
  globalThis[Symbol.for('teleport-mattermost-bridge.heap-flags')] = heapFlags;
  const local = localFile ? readIfNewer(localFile, file) : undefined;
  let cachedData = local;
  if (!cachedData) {
    try {
      cachedData = readFileSync(shippedFile);
    } catch {
      // No cache shipped: compile from source.
    }
  }
  // The bundle is ASCII (esbuild escapes the rest) and already wrapped like a CommonJS module:
  // latin1 decoding is a plain copy, and the string read is the one V8 keeps as the source.
  const script = new vm.Script(readFileSync(file, 'latin1'), {filename: file, cachedData});
  // The build runs `version` with TMA_WRITE_CODE_CACHE=1 (by exit the modules are loaded); a run
  // with a cache directory writes its own once, as it ends, if it had none that V8 took.
  const target = building ? shippedFile : localFile && (!local || script.cachedDataRejected) ? localFile : null;
  if (target) {
    process.once('exit', () => {
      try {
        // As at start, whatever the run changed since: the cache is taken only under those flags.
        for (const flag of heapFlags) v8.setFlagsFromString(flag);
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, target);
      } catch {
        // A cache is an optimisation: a read-only or full directory only costs start-up time.
      }
    });
  }
  const module = {exports: {}};
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

run();
