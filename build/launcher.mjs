#!/usr/bin/env node
// teleport-mattermost-bridge: runs the bundled bridge (bridge.cjs beside this file) from the V8
// code cache that the build made (bridge.cjs.cache). Compiling the 4 MB bundle from source is
// most of a cold start's CPU; with the cache V8 skips parsing and compiling it. A cache from
// another Node version or other V8 flags is rejected by V8 itself and the source is compiled as
// usual, so a stale or missing cache costs time, never correctness. (Node 22's
// module.enableCompileCache() does the same, but needs a writable directory at run time.)
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';

const file = fileURLToPath(new URL('./bridge.cjs', import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache shipped: compile from source.
}
// The same wrapper Node gives a CommonJS module, on the first line so line numbers stay true; the
// bundle's shebang line becomes a comment.
const body = readFileSync(file, 'utf8').replace(/^#!/, '//');
const source = `(function (exports, require, module, __filename, __dirname) {${body}\n})`;
const script = new vm.Script(source, {filename: file, cachedData});
if (process.env.TMA_WRITE_CODE_CACHE === '1') {
  // The build runs `version` with this set: by exit every module's top level has been compiled.
  process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const module = {exports: {}};
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
