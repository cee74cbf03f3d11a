// Lint for the whole repository: typescript-eslint's type-aware rules over every TypeScript file
// (each checked against the tsconfig that builds it), React rules for the webapp and the browser
// test host, plain ESLint rules for the build scripts. Formatting is Prettier's job
// (.prettierrc.json); eslint-config-prettier turns off every rule that would argue with it.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'test-artifacts/**',
      'coverage/**',
      // Generated from Teleport's .proto files (build/proto-codec.mjs and proto-loader-gen-types).
      'server-bridge/src/teleport/proto/generated/**',
      'server-bridge/src/teleport/proto/codec.cjs',
    ],
  },
  {
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked against the first tsconfig that includes it: the card contract, bridge sources, the
        // webapp, test/ (which also holds the bridge's *.test.ts and bench/), build/'s checks.
        // Not projectService: it would pick server-bridge/tsconfig.json for the bridge's tests,
        // which that config excludes.
        project: ['packages/card-contract/tsconfig.json', 'server-bridge/tsconfig.json', 'webapp/tsconfig.json', 'test/tsconfig.json', 'build/tsconfig.json'],
        tsconfigRootDir: root,
      },
    },
    rules: {
      // async without await is how fakes and ports return promises and keep a throw a rejection;
      // Promise.resolve/reject by hand would say the same thing with more noise.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a parameter a signature needs but the body does not (house style).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_'}],
    },
  },
  {
    // node:test runs and awaits every it/describe/test it is handed; their promises are not lost.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.smoke.ts', '**/*.faults.ts', '**/*.browser.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', {allowForKnownSafeCalls: [{from: 'package', package: 'node:test', name: ['it', 'describe', 'test', 'suite']}]}],
    },
  },
  {
    files: ['webapp/**/*.tsx', 'webapp/**/*.ts', 'test/browser/**/*.tsx'],
    extends: [react.configs.flat.recommended, react.configs.flat['jsx-runtime'], reactHooks.configs.flat['recommended-latest']],
    languageOptions: {globals: globals.browser},
    settings: {react: {version: 'detect'}},
  },
  {
    // The bridge's resident memory (issue 10): toISOString and localeCompare page in ICU data (time
    // zones, collation: 0.6 and 2 MiB) that a bridge writing UTC times and ASCII ids never needs.
    files: ['server-bridge/src/**/*.ts'],
    ignores: ['server-bridge/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {selector: "CallExpression[callee.property.name='toISOString']", message: 'Use isoUtc (card/time.ts): toISOString pages in ICU time zone data.'},
        {selector: "CallExpression[callee.property.name='localeCompare']", message: 'Compare with < and >: localeCompare pages in ICU collation data.'},
      ],
    },
  },
  {
    // Both match control characters on purpose: one strips them from user text, one escapes non-ASCII.
    files: ['server-bridge/src/card/sanitize.ts', 'build/bridge.mjs'],
    rules: {'no-control-regex': 'off'},
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
  },
  prettier,
);
