#!/usr/bin/env node
// Builds the bridge artifact: server-bridge/dist/cli.mjs (one ESM file, npm dependencies left
// external and installed with `npm ci --omit=dev`) plus the .proto files it loads at run time.
import {build} from 'esbuild';
import {copyFileSync, mkdirSync, readdirSync, chmodSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'server-bridge/dist');
mkdirSync(out, {recursive: true});
await build({
  entryPoints: [path.join(root, 'server-bridge/src/cli.ts')],
  outfile: path.join(out, 'cli.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
chmodSync(path.join(out, 'cli.mjs'), 0o755);
const protoDir = path.join(root, 'server-bridge/src/teleport/proto');
for (const f of readdirSync(protoDir)) if (f.endsWith('.proto')) copyFileSync(path.join(protoDir, f), path.join(out, f));
console.log(`built ${path.relative(root, out)}/cli.mjs`);
