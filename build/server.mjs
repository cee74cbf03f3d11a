// Builds the plugin's server part (server/, Go) for every platform plugin.json lists under
// server.executables, e.g. "linux-amd64": "server/dist/plugin-linux-amd64". Static binaries
// (CGO off), stripped, reproducible (-trimpath, no VCS stamp), so any Go >= go.mod's can build them.
import {spawnSync} from 'node:child_process';
import path from 'node:path';

/** Mattermost picks `server.executables["<GOOS>-<GOARCH>"]` for the OS and CPU it runs on (model/manifest.go). */
export const SERVER_PLATFORMS = ['linux-amd64', 'linux-arm64', 'darwin-amd64', 'darwin-arm64', 'windows-amd64'];

function goBinary() {
  for (const candidate of ['go', '/usr/local/go/bin/go']) {
    if (spawnSync(candidate, ['version'], {stdio: 'ignore'}).status === 0) return candidate;
  }
  return null;
}

/**
 * @param {string} root project root (holds server/go.mod)
 * @param {Record<string, string>} executables platform → output path relative to root
 * @returns {string[]} the paths built
 */
export function buildServerExecutables(root, executables) {
  const go = goBinary();
  if (!go) {
    throw new Error("building the plugin's server part needs Go (1.24 or newer, https://go.dev/dl/); or package without it: node build/package.mjs --webapp-only");
  }
  const built = [];
  for (const [platform, output] of Object.entries(executables)) {
    const [goos, goarch] = platform.split('-');
    const result = spawnSync(go, ['build', '-trimpath', '-buildvcs=false', '-ldflags=-s -w', '-o', path.resolve(root, output), '.'], {
      cwd: path.join(root, 'server'),
      encoding: 'utf8',
      env: {...process.env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0', GOFLAGS: '-mod=readonly'},
    });
    if (result.status !== 0) throw new Error(`go build for ${platform} failed:\n${result.stderr || result.error?.message || `exit ${result.status}`}`);
    built.push(output);
  }
  return built;
}
