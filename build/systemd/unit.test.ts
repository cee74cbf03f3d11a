// The unit's promises rest on the CLI's behaviour: exit 78 on a configuration error (not
// restarted), SIGHUP to reload, the bundle path. This keeps them in step, and runs
// `systemd-analyze verify` where systemd is installed.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, it} from 'node:test';
import {SHIPPED_ENV} from '../shipped-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const unitPath = path.join(root, 'build/systemd/teleport-mattermost-bridge.service');
const unit = readFileSync(unitPath, 'utf8');
const cli = readFileSync(path.join(root, 'server-bridge/src/cli.ts'), 'utf8');

function values(key: string): string[] {
  return [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1]!.trim());
}

describe('systemd unit', () => {
  it('does not restart-loop on the exit code the CLI uses for configuration errors', () => {
    assert.deepEqual(values('RestartPreventExitStatus'), ['78']);
    assert.match(cli, /process\.exit\(78\)/);
    assert.deepEqual(values('Restart'), ['on-failure']);
  });

  it('reloads with SIGHUP, which the CLI handles, and stops with SIGTERM, which drains', () => {
    assert.match(values('ExecReload')[0] ?? '', /kill -HUP \$MAINPID/);
    assert.match(cli, /process\.on\('SIGHUP'/);
    assert.deepEqual(values('KillSignal'), ['SIGTERM']);
    assert.match(cli, /process\.on\('SIGTERM'/);
  });

  it('starts the bundle the bridge package names as its entry point', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'server-bridge/package.json'), 'utf8')) as {main: string};
    assert.match(values('ExecStart')[0] ?? '', new RegExp(`/server-bridge/${pkg.main.replace('.', '\\.')} start -c \\S+\\.toml$`));
  });

  it('runs Node with the environment shipped-env.mjs names (malloc arenas, mmap threshold) and no NODE_OPTIONS', () => {
    // A NODE_OPTIONS the build made no code cache for silently costs start-up time.
    assert.deepEqual(
      values('Environment').filter((v) => /^(NODE_OPTIONS|MALLOC_\w+)=/.test(v)),
      Object.entries(SHIPPED_ENV).map(([k, v]) => `${k}=${v}`),
    );
  });

  it('gives the bridge a cache directory for its code cache (CACHE_DIRECTORY, read by build/launcher.mjs)', () => {
    assert.deepEqual(values('CacheDirectory'), ['teleport-mattermost-bridge']);
  });

  it('is sandboxed: read-only system, no capabilities, not root', () => {
    assert.deepEqual(values('ProtectSystem'), ['strict']);
    assert.deepEqual(values('NoNewPrivileges'), ['true']);
    assert.deepEqual(values('CapabilityBoundingSet'), ['']);
    assert.notEqual(values('User')[0] ?? 'root', 'root');
    assert.deepEqual(values('MemoryDenyWriteExecute'), [], 'Node’s JIT needs W+X memory');
  });

  it('passes systemd-analyze verify', (t) => {
    const probe = spawnSync('systemd-analyze', ['--version'], {encoding: 'utf8'});
    if (probe.status !== 0) return t.skip('systemd-analyze is not installed');
    const r = spawnSync('systemd-analyze', ['verify', '--man=no', unitPath], {encoding: 'utf8'});
    // ExecStart's node must exist for verify; a machine without /usr/bin/node is not a unit problem.
    const problems = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() && !/Command \/usr\/bin\/node is not executable|No such file/.test(l));
    assert.deepEqual(problems, []);
  });
});
