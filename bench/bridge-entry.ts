/**
 * Where the built bridge is: BENCH_BRIDGE_ENTRY, else the newest of the places `node
 * build/bridge.mjs` has written it to (the layout is being reworked; a stale bundle left in the
 * old place must not be measured instead of the new one).
 */
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CANDIDATES = ['dist/bridge/cli.mjs', 'server-bridge/dist/cli.mjs'].map((p) => path.join(repoRoot, p));

export function bridgeEntry(): string {
  const explicit = process.env['BENCH_BRIDGE_ENTRY'];
  if (explicit) return explicit;
  const built = CANDIDATES.filter((p) => existsSync(p)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!built[0]) throw new Error(`bench: no built bridge in ${CANDIDATES.join(' or ')}; run \`node build/bridge.mjs\` or set BENCH_BRIDGE_ENTRY`);
  return built[0];
}
