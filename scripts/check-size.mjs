#!/usr/bin/env node
// Keeps the product code readable in small pieces: no function longer than MAX_FUNCTION_LINES and
// no source file longer than MAX_FILE_LINES in server-bridge/src, webapp/src and the card contract (tests, test
// support and generated code excepted). Functions are measured with the TypeScript parser, from the line of
// their first token to the line of their last, nested functions included. Prints the longest
// ones either way; exits 1 on a violation that is not allow-listed below.
// Part of the lint stage of scripts/test.mjs; `node scripts/check-size.mjs` runs it alone.
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 400;
const SHOWN = 5;

// Known and owned elsewhere; each entry says why and goes once fixed.
const ALLOWED = new Map([]);

// `--root <dir>` measures another checkout (e.g. to compare before and after).
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const roots = ['server-bridge/src', 'webapp/src', 'packages/card-contract/src'];

function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    // Generated code, and test support (fakes and fixtures live beside the code they fake).
    if (name === 'generated' || name === 'node_modules' || name === 'testing' || name === 'testing.ts') continue;
    if (statSync(full).isDirectory()) sources(full, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function functionName(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return '(anonymous)';
}

function measure(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const functions = [];
  const line = (pos) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = line(node.getStart(source));
      functions.push({name: functionName(node), lines: line(node.getEnd()) - start + 1, at: start + 1});
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return {lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), functions};
}

const files = [];
const functions = [];
for (const dir of roots) {
  for (const file of sources(path.join(root, dir))) {
    const rel = path.relative(root, file);
    const m = measure(file);
    files.push({file: rel, lines: m.lines});
    for (const f of m.functions) functions.push({...f, file: rel});
  }
}
files.sort((a, b) => b.lines - a.lines);
functions.sort((a, b) => b.lines - a.lines);

console.log(`longest files (limit ${MAX_FILE_LINES} lines):`);
for (const f of files.slice(0, SHOWN)) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);
console.log(`longest functions (limit ${MAX_FUNCTION_LINES} lines):`);
for (const f of functions.slice(0, SHOWN)) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}:${f.at} ${f.name}`);

const violations = [
  ...files.filter((f) => f.lines > MAX_FILE_LINES).map((f) => ({file: f.file, what: `file has ${f.lines} lines`})),
  ...functions.filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => ({file: f.file, what: `${f.name} (line ${f.at}) has ${f.lines} lines`})),
];
let failed = false;
for (const v of violations) {
  const allowed = ALLOWED.get(v.file);
  if (allowed) console.log(`allowed: ${v.file}: ${v.what} — ${allowed}`);
  else {
    console.log(`TOO LONG: ${v.file}: ${v.what}`);
    failed = true;
  }
}
console.log(failed ? 'size check: FAILED' : `size check: ok (${files.length} files, ${functions.length} functions)`);
process.exit(failed ? 1 : 0);
