// Writes server/autocomplete.json, the `/teleport` autocomplete tree the plugin's server part
// embeds, from the bridge's own definition (server-bridge/src/interactions/autocomplete/tree.ts).
// `--check` only compares, and exits 1 when the committed file is stale.
// Usage: node --import tsx build/autocomplete-tree.ts [--check]
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {autocompleteTree} from '../server-bridge/src/interactions/autocomplete/tree';

export const TREE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'server', 'autocomplete.json');

export function treeJson(): string {
  return `${JSON.stringify(autocompleteTree(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const want = treeJson();
  if (process.argv.includes('--check')) {
    const have = readFileSync(TREE_FILE, 'utf8');
    if (have !== want) {
      console.error(`${path.relative(process.cwd(), TREE_FILE)} is stale: run node --import tsx build/autocomplete-tree.ts`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), TREE_FILE)}: up to date`);
  } else {
    writeFileSync(TREE_FILE, want);
    console.log(`wrote ${path.relative(process.cwd(), TREE_FILE)}`);
  }
}
