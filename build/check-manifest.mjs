#!/usr/bin/env node
// Validates plugin.json before we package it, with the rules the Mattermost server applies
// when it loads a plugin (server/public/model/manifest.go) plus our own: a lowercase id (it
// becomes state['plugins-<id>'] and URLs), a webapp bundle, server executables only for platforms
// Mattermost runs on and named by its "<GOOS>-<GOARCH>" keys, files that exist.
// Usage: node build/check-manifest.mjs [path/to/plugin.json]   (exit 1 and one line per problem)
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import * as z from 'zod';

import {SERVER_PLATFORMS} from './server.mjs';

// semver.org's official regex (no leading "v").
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const SETTING_TYPES = ['bool', 'dropdown', 'generated', 'radio', 'text', 'longtext', 'number', 'username', 'custom'];

const semver = () => z.string({error: 'required: a semver string like 1.2.3'}).regex(SEMVER, {error: 'expected semver like 1.2.3'});
const httpUrl = z.url({protocol: /^https?$/, error: 'expected an http(s) URL'});
const relativeFile = (ext) =>
  z
    .string()
    .min(1)
    .refine((p) => !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..'), {error: 'expected a path inside the bundle (relative, no "..")'})
    .refine((p) => p.toLowerCase().endsWith(ext), {error: `expected a ${ext} file`});

const option = z.object({display_name: z.string().min(1), value: z.string()});
const setting = z
  .object({
    key: z.string().regex(/^[A-Za-z0-9_]+$/, {error: 'expected letters, digits or _'}),
    display_name: z.string().optional(),
    type: z.enum(SETTING_TYPES, {error: `expected one of ${SETTING_TYPES.join(', ')}`}),
    help_text: z.string().optional(),
    placeholder: z.string().optional(),
    default: z.unknown().optional(),
    options: z.array(option).optional(),
    secret: z.boolean().optional(),
    hosting: z.enum(['on-prem', 'cloud']).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.type === 'dropdown' || s.type === 'radio') && !(s.options && s.options.length > 0)) {
      ctx.addIssue({code: 'custom', path: ['options'], message: `a ${s.type} setting needs at least one option`});
    }
    if (s.default === undefined) return;
    const expected = s.type === 'bool' ? 'boolean' : s.type === 'number' ? 'number' : 'string';
    if (s.type !== 'custom' && typeof s.default !== expected) {
      ctx.addIssue({code: 'custom', path: ['default'], message: `expected a ${expected} default for a ${s.type} setting`});
    }
    if (s.options && s.default !== undefined && !s.options.some((o) => o.value === s.default)) {
      ctx.addIssue({code: 'custom', path: ['default'], message: 'expected the default to be one of the option values'});
    }
  });

const manifestSchema = z
  .object({
    id: z
      .string({error: 'required'})
      .min(3, {error: 'expected 3 to 190 characters'})
      .max(190, {error: 'expected 3 to 190 characters'})
      .regex(/^[a-zA-Z0-9-_.]+$/, {error: 'expected letters, digits, "-", "_" or "."'})
      .refine((id) => id === id.toLowerCase(), {error: 'expected lowercase (the server lowercases ids; state keys and URLs must agree)'}),
    name: z.string({error: 'required'}).trim().min(1, {error: 'must not be blank'}),
    description: z.string().optional(),
    homepage_url: httpUrl.optional(),
    support_url: httpUrl.optional(),
    release_notes_url: httpUrl.optional(),
    icon_path: relativeFile('.svg').optional(),
    version: semver(),
    min_server_version: semver(),
    webapp: z.object({bundle_path: relativeFile('.js')}, {error: "required: the plugin's webapp bundle"}).strict(),
    server: z
      .object({
        executables: z.partialRecord(z.enum(SERVER_PLATFORMS, {error: `expected platforms among ${SERVER_PLATFORMS.join(', ')}`}), relativeFile('')),
      })
      .strict()
      .optional(),
    settings_schema: z
      .object({
        header: z.string().optional(),
        footer: z.string().optional(),
        settings: z.array(setting),
        sections: z.array(z.unknown()).optional(),
      })
      .strict()
      .optional(),
    props: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map();
    (m.settings_schema?.settings ?? []).forEach((s, i) => {
      // Keys are case-insensitive in the server's config map.
      const key = s.key.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({code: 'custom', path: ['settings_schema', 'settings', i, 'key'], message: `duplicates settings[${seen.get(key)}] (keys are case-insensitive)`});
      }
      seen.set(key, i);
    });
  });

function where(issuePath) {
  return issuePath.reduce((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : String(part)), '');
}

/**
 * Problems with a manifest, one readable line each; [] when it is fine.
 * @param {unknown} manifest parsed plugin.json
 * @param {{rootDir?: string}} [options] when given, files the manifest names must exist there
 * @returns {string[]}
 */
export function checkManifest(manifest, options = {}) {
  const result = manifestSchema.safeParse(manifest);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const field = where(issue.path) || '(manifest)';
        const unknown = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : issue.message;
        return `${field}: ${unknown}`;
      });
  if (result.success && options.rootDir) {
    for (const [field, file] of [
      ['icon_path', result.data.icon_path],
      ['webapp.bundle_path', result.data.webapp.bundle_path],
      ...Object.entries(result.data.server?.executables ?? {}).map(([platform, file]) => [`server.executables.${platform}`, file]),
    ]) {
      if (file && !existsSync(path.join(options.rootDir, file))) problems.push(`${field}: file ${file} does not exist (build it first?)`);
    }
  }
  return problems;
}

/** Reads and checks a plugin.json; throws with every problem listed. */
export function loadManifest(file, options = {}) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not readable JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const problems = checkManifest(manifest, options);
  if (problems.length > 0) throw new Error(`${file} is not a valid plugin manifest:\n  ${problems.join('\n  ')}`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'plugin.json'));
  try {
    const m = loadManifest(file);
    console.log(`${path.relative(process.cwd(), file) || file}: ok (${m.id} ${m.version}, server >= ${m.min_server_version})`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
