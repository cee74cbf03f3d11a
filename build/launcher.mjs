#!/usr/bin/env node
// teleport-mattermost-bridge: runs the bundled bridge (bridge.cjs beside this file) from the V8
// code cache that the build made (bridge.cjs.cache). Compiling the 4 MB bundle from source is
// most of a cold start's CPU; with the cache V8 skips parsing and compiling it. A cache from
// another Node version or other V8 flags is rejected by V8 itself and the source is compiled as
// usual, so a stale or missing cache costs time, never correctness. (Node 22's
// module.enableCompileCache() does the same, but needs a writable directory at run time.)
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {heapFlagsToApply} from './heap-flags.mjs';

/**
 * V8 accepts a code cache only under the flags it was made with, so the build makes one per set of
 * flags it expects: none, and the recommended ones (systemd unit, container image).
 */
export function cacheFileFor(file, flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim()) {
  return flags === '' ? `${file}.cache` : `${file}.${createHash('sha256').update(flags).digest('hex').slice(0, 12)}.cache`;
}

/** Compiles and runs bridge.cjs; a function so the source text and cache bytes are not kept alive. */
function run() {
  const file = fileURLToPath(new URL('./bridge.cjs', import.meta.url));
  const cacheFile = cacheFileFor(file);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache shipped: compile from source.
  }
  // The bundle is ASCII (esbuild escapes the rest) and already wrapped like a CommonJS module:
  // latin1 decoding is a plain copy, and the string read is the one V8 keeps as the source.
  const script = new vm.Script(readFileSync(file, 'latin1'), {filename: file, cachedData});
  if (process.env.TMA_WRITE_CODE_CACHE === '1') {
    // The build runs `version` with this set: by exit every module's top level has been compiled.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  // After compiling: V8 accepts a code cache only under the flags it was made with, and these
  // change how the heap grows, not what code compiles to. The build's cache run keeps V8's flags.
  if (process.env.TMA_WRITE_CODE_CACHE !== '1') for (const flag of heapFlagsToApply()) v8.setFlagsFromString(flag);
  const module = {exports: {}};
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
}

run();
