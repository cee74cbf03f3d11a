#!/usr/bin/env node
// Packages the plugin as Mattermost expects an upload:
//   dist/<id>-<version>.tar.gz
//   └── <id>/plugin.json, <id>/<icon_path>, <id>/<webapp.bundle_path>, <id>/<server.executables…>
// The manifest is validated first (check-manifest.mjs); the webapp must already be built
// (`npm run build -w webapp`, or `npm run build` for everything). The server part (server/, Go)
// is built here for each platform the manifest lists (build/server.mjs); `--webapp-only` leaves it
// out (and out of the packaged manifest): `/teleport` then has the bridge's static hint only.
// Usage: node build/package.mjs [--root DIR] [--out DIR] [--webapp-only]
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

import {checkManifest, loadManifest} from './check-manifest.mjs';
import {buildServerExecutables} from './server.mjs';

/** The manifest to ship, and the server executables to build (none when packaging the webapp alone). */
function shippedManifest(root, webappOnly) {
  const manifest = loadManifest(path.join(root, 'plugin.json'));
  if (!webappOnly) return manifest;
  const webappPart = {...manifest};
  delete webappPart.server;
  return webappPart;
}

/**
 * @param {{root?: string, outDir?: string, webappOnly?: boolean, buildServer?: boolean}} [options]
 *   buildServer: false packages executables already built (tests)
 * @returns {{tarPath: string, files: string[], bundleGzipBytes: number}}
 */
export function packagePlugin(options = {}) {
  const root = path.resolve(options.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const outDir = path.resolve(options.outDir ?? path.join(root, 'dist'));
  const manifest = shippedManifest(root, options.webappOnly === true);
  const executables = manifest.server?.executables ?? {};
  if (options.buildServer !== false && Object.keys(executables).length > 0) buildServerExecutables(root, executables);
  const problems = checkManifest(manifest, {rootDir: root});
  if (problems.length > 0) throw new Error(`plugin.json cannot be packaged:\n  ${problems.join('\n  ')}`);
  const id = manifest.id;

  // Everything the manifest names, and nothing else: no sourcemaps, no licence side files.
  const files = [manifest.icon_path, manifest.webapp.bundle_path, ...Object.values(executables)].filter(Boolean);
  const stage = path.join(outDir, id);
  rmSync(stage, {recursive: true, force: true});
  mkdirSync(stage, {recursive: true});
  writeFileSync(path.join(stage, 'plugin.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(stage, file)), {recursive: true});
    copyFileSync(path.join(root, file), path.join(stage, file));
  }

  const tarPath = path.join(outDir, `${id}-${manifest.version}.tar.gz`);
  // Fixed owner and mtime (SOURCE_DATE_EPOCH, else 2000-01-01) so the same inputs give the same archive.
  const tar = spawnSync(
    'tar',
    ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${process.env.SOURCE_DATE_EPOCH ?? '946684800'}`, '-czf', tarPath, '-C', outDir, id],
    {encoding: 'utf8', env: {...process.env, GZIP: '-n'}},
  );
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr || tar.error?.message || `exit ${tar.status}`}`);
  rmSync(stage, {recursive: true, force: true});

  const bundleGzipBytes = gzipSync(readFileSync(path.join(root, manifest.webapp.bundle_path)), {level: 9}).length;
  if (bundleGzipBytes > WEBAPP_BUNDLE_LIMIT_BYTES) {
    throw new Error(
      `webapp bundle: ${(bundleGzipBytes / 1024).toFixed(1)} KiB gzipped, over the ${WEBAPP_BUNDLE_LIMIT_BYTES / 1024} KiB the plugin promises (every user downloads it with the Mattermost webapp); keep libraries external or load them lazily`,
    );
  }
  return {tarPath, files: ['plugin.json', ...files].map((f) => `${id}/${f}`), bundleGzipBytes};
}

/** The webapp bundle's budget, gzipped: every Mattermost user downloads it with the webapp. */
export const WEBAPP_BUNDLE_LIMIT_BYTES = 40 * 1024;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  try {
    const {tarPath, files, bundleGzipBytes} = packagePlugin({root: arg('--root'), outDir: arg('--out'), webappOnly: process.argv.includes('--webapp-only')});
    console.log(`${path.relative(process.cwd(), tarPath)} (${statSync(tarPath).size} bytes)`);
    for (const f of files) console.log(`  ${f}`);
    console.log(`webapp bundle: ${(bundleGzipBytes / 1024).toFixed(1)} KiB gzipped`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
