import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {SUBCOMMANDS} from '../command/help';
import {parseCommand, type ParsedCommand} from '../command/parser';
import {autocompleteTree, LIST_URLS, type AutocompleteArg, type AutocompleteData} from './tree';

/** What a user would type for an argument, as Mattermost completes it. */
function sample(arg: AutocompleteArg): string[] {
  if ('FetchURL' in arg.Data) return [arg.Data.FetchURL === LIST_URLS.roles ? 'dbadmin' : '0190a5c3'];
  if ('PossibleArguments' in arg.Data) return arg.Data.PossibleArguments.map((i) => i.Item);
  return [{resource: '/c/db/orders', reason: '"ticket OPS-1"', reviewers: '@alice,@ivan', 'max-duration': '4h'}[arg.Name] ?? '"looks fine"'];
}

/** Every command line the tree leads to: each argument in turn with each of its sample values. */
function lines(sub: AutocompleteData): string[] {
  if (sub.Arguments.length === 0) return [sub.Trigger];
  const positional = sub.Arguments.filter((a) => a.Name === '').map((a) => sample(a)[0]!);
  const named = sub.Arguments.filter((a) => a.Name !== '');
  const base = [sub.Trigger, ...positional].join(' ');
  if (named.length === 0) return sub.Arguments[0]!.Data && 'PossibleArguments' in sub.Arguments[0]!.Data ? sample(sub.Arguments[0]!).map((v) => `${sub.Trigger} ${v}`) : [base];
  const first = `${base} --${named[0]!.Name} ${sample(named[0]!)[0]!}`;
  const everything = [base, ...named.map((a) => `--${a.Name} ${sample(a)[0]!}`)].join(' ');
  return [first, ...named.slice(1).flatMap((a) => sample(a).map((v) => `${first} --${a.Name} ${v}`)), everything];
}

const KIND: Record<string, ParsedCommand['kind']> = {request: 'request', list: 'list', show: 'show', approve: 'review', deny: 'review', status: 'status', help: 'help'};

describe('/teleport autocomplete tree', () => {
  const tree = autocompleteTree();

  it('offers every subcommand the parser knows, in the order help lists them', () => {
    assert.deepEqual(
      tree.SubCommands.map((s) => s.Trigger),
      [...SUBCOMMANDS],
    );
  });

  it('only leads to command lines the parser accepts, with every flag landing where it should', () => {
    const parsed = tree.SubCommands.flatMap((sub) => lines(sub).map((line) => ({sub: sub.Trigger, line, result: parseCommand(line)})));
    for (const {sub, line, result} of parsed) {
      assert.ok(result.ok, `${line}: ${result.ok ? '' : JSON.stringify(result.error.failure)}`);
      assert.equal(result.value.kind, KIND[sub], line);
    }
    const request = parsed.filter((p) => p.sub === 'request').map((p) => p.result);
    const last = request.at(-1);
    assert.ok(last?.ok && last.value.kind === 'request');
    assert.deepEqual(
      {
        roles: last.value.roles,
        resources: last.value.resources,
        reason: last.value.reason,
        reviewers: last.value.reviewers,
        ms: last.value.maxDuration?.ms,
        dryRun: last.value.dryRun,
      },
      {
        roles: ['dbadmin'],
        resources: [{cluster: 'c', kind: 'db', name: 'orders', subResource: ''}],
        reason: 'ticket OPS-1',
        reviewers: ['alice', 'ivan'],
        ms: 4 * 3_600_000,
        dryRun: true,
      },
    );
    assert.ok(parsed.filter((p) => p.sub === 'help').every((p) => p.result.ok && p.result.value.kind === 'help' && p.result.value.topic !== null));
  });

  it('is what the plugin binary embeds (server/autocomplete.json; regenerate with build/autocomplete-tree.ts)', () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../server/autocomplete.json');
    assert.equal(readFileSync(file, 'utf8'), `${JSON.stringify(tree, null, 2)}\n`);
  });
});
