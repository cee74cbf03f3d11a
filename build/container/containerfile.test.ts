// No container engine runs here, so this checks what a build would trip over first: files it
// copies, the user it runs as, and that the port, health check and entry point agree with the
// bridge itself.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {SHIPPED_ENV} from '../shipped-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const text = readFileSync(path.join(root, 'build/container/Containerfile'), 'utf8');
const instructions = text
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const stages = instructions.join('\n').split(/^(?=FROM )/m);
const runtime = stages.at(-1) ?? '';

describe('Containerfile', () => {
  it('copies only files that exist in the repository', () => {
    const sources = instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    assert.ok(sources.length > 0);
    for (const s of sources) assert.ok(existsSync(path.join(root, s)), `${s} exists`);
  });

  it('copies into the build stage every file of build/ that the bundle build reads', () => {
    const build = stages[0] ?? '';
    const copied = build
      .split('\n')
      .filter((l) => l.startsWith('COPY '))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    const script = readFileSync(path.join(root, 'build/bridge.mjs'), 'utf8');
    const read = [...[...script.matchAll(/path\.join\(root, '(build\/[^']+)'\)/g)].map((m) => m[1]!), ...[...script.matchAll(/from '\.\/([^']+)'/g)].map((m) => `build/${m[1]!}`)];
    assert.ok(read.length >= 3, `found ${read.join(', ')}`);
    for (const file of read)
      assert.ok(
        copied.some((c) => file === c || file.startsWith(`${c.replace(/\/$/, '')}/`)),
        `${file} is copied`,
      );
  });

  it('builds on Node 20 in both stages, as package.json engines allows', () => {
    const froms = instructions.filter((l) => l.startsWith('FROM '));
    assert.equal(froms.length, 2);
    for (const f of froms) assert.match(f, /node:20-slim/);
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {engines: {node: string}}).engines.node;
    // node:20-slim is the newest Node 20, which the engines range admits (^20.19).
    assert.match(engines, /(^|\|\|\s*)\^20\./);
  });

  it('runs as a non-root user with production dependencies only', () => {
    const user = /^USER (\S+)/m.exec(runtime)?.[1];
    assert.ok(user && user !== 'root' && user !== '0', `runtime user ${user}`);
    assert.match(runtime, /npm ci --omit=dev .*-w server-bridge/);
  });

  it('listens, exposes and health-checks the same port, on a path the bridge serves', () => {
    const listen = /TMA_HTTP_LISTEN=0\.0\.0\.0:(\d+)/.exec(runtime)?.[1];
    const exposed = /^EXPOSE (\d+)/m.exec(runtime)?.[1];
    const checked = /HEALTHCHECK .*http:\/\/127\.0\.0\.1:(\d+)(\/\w+)/.exec(runtime);
    assert.ok(listen && exposed && checked);
    assert.equal(exposed, listen);
    assert.equal(checked[1], listen);
    const server = readFileSync(path.join(root, 'server-bridge/src/http/server.ts'), 'utf8');
    // The read routes are a table keyed by path (http/server.ts).
    assert.ok(server.includes(`'${checked[2]}': () =>`), `the bridge serves ${checked[2]}`);
  });

  it('runs Node with the environment shipped-env.mjs names (malloc arenas, mmap threshold) and no NODE_OPTIONS', () => {
    // A NODE_OPTIONS the build made no code cache for silently costs start-up time.
    assert.deepEqual(
      [...runtime.matchAll(/^ENV (NODE_OPTIONS|MALLOC_\w+)=(.*)$/gm)].map((m) => `${m[1]}=${m[2]}`),
      Object.entries(SHIPPED_ENV).map(([k, v]) => `${k}=${v}`),
    );
  });

  it('points the launcher at a code cache directory the runtime user owns', () => {
    const dir = /^ENV TMA_CODE_CACHE_DIR=(\S+)$/m.exec(runtime)?.[1];
    assert.ok(dir, 'TMA_CODE_CACHE_DIR is set');
    assert.match(runtime, new RegExp(`^RUN mkdir -p ${dir} && chown node:node ${dir}$`, 'm'));
    assert.ok(runtime.indexOf(`chown node:node ${dir}`) < runtime.indexOf('USER node'), 'created before dropping root');
  });

  it('starts the bundle the bridge package names as its entry point', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'server-bridge/package.json'), 'utf8')) as {main: string};
    assert.match(runtime, new RegExp(`ENTRYPOINT \\["node", "/app/server-bridge/${pkg.main.replace('.', '\\.')}"\\]`));
    assert.match(runtime, /COPY --from=build \/src\/server-bridge\/dist server-bridge\/dist/);
  });
});
