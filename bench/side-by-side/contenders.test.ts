import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {experimentEnv, serviceEnvironment} from './contenders';

describe('serviceEnvironment', () => {
  const shell = {
    PATH: '/root/.local/bin:/usr/bin',
    HOME: '/root',
    USER: 'root',
    NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
    NODE_OPTIONS: '--max-old-space-size=4096',
    GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: '/etc/ssl/certs/ca-certificates.crt',
  };

  it("leaves out the shell's Node and TLS settings, which a systemd unit would not have", () => {
    const env = serviceEnvironment({MALLOC_ARENA_MAX: '2'}, shell);
    assert.equal(env['NODE_EXTRA_CA_CERTS'], undefined);
    assert.equal(env['NODE_OPTIONS'], undefined);
    assert.equal(env['GRPC_DEFAULT_SSL_ROOTS_FILE_PATH'], undefined);
  });

  it("keeps the user's identity, uses systemd's default PATH and adds the unit's lines", () => {
    const env = serviceEnvironment({MALLOC_ARENA_MAX: '2', CACHE_DIRECTORY: '/var/cache/x'}, shell);
    assert.deepEqual(env, {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: '/root',
      USER: 'root',
      MALLOC_ARENA_MAX: '2',
      CACHE_DIRECTORY: '/var/cache/x',
    });
  });
});

describe('experimentEnv', () => {
  it('reads NAME=value pairs, values may hold "="', () => {
    assert.deepEqual(experimentEnv(' MALLOC_ARENA_MAX=1  X=a=b '), {MALLOC_ARENA_MAX: '1', X: 'a=b'});
    assert.deepEqual(experimentEnv(undefined), {});
  });
  it('names what it could not read', () => {
    assert.throws(() => experimentEnv('MALLOC_ARENA_MAX'), /expected NAME=value, got "MALLOC_ARENA_MAX"/);
    assert.throws(() => experimentEnv('=1'), /got "=1"/);
  });
});
