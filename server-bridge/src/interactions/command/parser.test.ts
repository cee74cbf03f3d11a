import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import type {Result} from '../../errors/failure';
import {parseCommand, type ParsedCommand, type ParseResult} from './parser';
import {tokenize, MAX_COMMAND_LENGTH} from './tokenize';

const ID = '0190a5c3-5b1e-7c2a-9d3f-2b8e1f4a6c7d';

/** What a failed parse or tokenization tells the user to type instead (the help shown after it aside). */
function usageText(result: Result<unknown>): string {
  if (result.ok) return '';
  const failure = result.error.failure;
  return failure.code === 'usage' ? failure.text : `(not a usage failure: ${failure.code})`;
}
function ok(text: string): ParsedCommand {
  const result = parseCommand(text);
  assert.ok(result.ok, `expected ${JSON.stringify(text)} to parse, got: ${usageText(result)}`);
  return result.value;
}
function err(text: string): string {
  const result = parseCommand(text);
  assert.ok(!result.ok, `expected ${JSON.stringify(text)} to fail, got ${JSON.stringify(result)}`);
  return usageText(result);
}
const request = (over: Partial<Extract<ParsedCommand, {kind: 'request'}>>) => ({
  kind: 'request',
  roles: [],
  resources: [],
  reason: null,
  reviewers: [],
  maxDuration: null,
  dryRun: false,
  ...over,
});

describe('tokenize', () => {
  const table: [string, string[]][] = [
    ['a b  c', ['a', 'b', 'c']],
    ['--reason "two words"', ['--reason', 'two words']],
    ["--reason 'single quoted'", ['--reason', 'single quoted']],
    ['--reason \u201csmart quotes\u201d', ['--reason', 'smart quotes']],
    ['--reason="a b"', ['--reason=a b']],
    ['say \\"hi\\"', ['say', '"hi"']],
    ['"escaped \\" inside"', ['escaped " inside']],
    ["don't stop", ["don't", 'stop']],
    ['""', ['']],
    ['a\u00a0b', ['a', 'b']],
    ['line1\nline2', ['line1', 'line2']],
    ['"multi\nline"', ['multi\nline']],
    ['a\u0000b\u001b[31mc', ['ab[31mc']],
    ['trailing\\', ['trailing\\']],
    ['\u202eevil', ['evil']],
  ];
  for (const [input, tokens] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(tokens)}`, () => {
      const result = tokenize(input);
      assert.ok(result.ok);
      assert.deepEqual(result.value.tokens, tokens);
    });
  }
  it('marks quoted and escaped words so they are never taken for options', () => {
    const result = tokenize('--a "--b" \\--c --d=\'e\'');
    assert.ok(result.ok);
    assert.deepEqual(result.value.tokens, ['--a', '--b', '--c', '--d=e']);
    assert.deepEqual(result.value.quoted, [false, true, true, false]);
  });
  it('reports an unterminated quote with its position', () => {
    const result = tokenize('request --reason "never closed');
    assert.equal(result.ok, false);
    assert.match(usageText(result), /Unterminated quote.*position 18/);
  });
  it('refuses very long input without scanning it', () => {
    const result = tokenize('x'.repeat(MAX_COMMAND_LENGTH + 1));
    assert.equal(result.ok, false);
    assert.match(usageText(result), /too long/);
  });
});

describe('parseCommand: request', () => {
  const table: [string, unknown][] = [
    ['request --roles dbadmin', request({roles: ['dbadmin']})],
    ['request --roles dbadmin,auditor', request({roles: ['dbadmin', 'auditor']})],
    ['request --roles "dbadmin, auditor"', request({roles: ['dbadmin', 'auditor']})],
    ['request --roles=dbadmin --roles auditor', request({roles: ['dbadmin', 'auditor']})],
    ['request --roles dbadmin,dbadmin', request({roles: ['dbadmin']})],
    ['request dbadmin', request({roles: ['dbadmin']})],
    ['REQUEST --Roles dbadmin', request({roles: ['dbadmin']})],
    ['request --role dbadmin --max_duration 4h', request({roles: ['dbadmin'], maxDuration: {text: '4h', ms: 4 * 3_600_000}})],
    ['request \u2014roles dbadmin \u2014dry-run', request({roles: ['dbadmin'], dryRun: true})],
    ['request --roles dbadmin --reason "ticket OPS-1"', request({roles: ['dbadmin'], reason: 'ticket OPS-1'})],
    ['request --roles dbadmin --reason fixing the replica lag', request({roles: ['dbadmin'], reason: 'fixing the replica lag'})],
    ["request --roles dbadmin --reason='a; rm -rf / && $(id) `x` | y'", request({roles: ['dbadmin'], reason: 'a; rm -rf / && $(id) `x` | y'})],
    ['request --roles dbadmin --reason "--dry-run" --reviewers "--x"', request({roles: ['dbadmin'], reason: '--dry-run', reviewers: ['--x']})],
    ['request --roles dbadmin --reason fix -- --dry-run', request({roles: ['dbadmin', '--dry-run'], reason: 'fix'})],
    ['request --roles dbadmin --reviewers @alice,ivan --dry-run', request({roles: ['dbadmin'], reviewers: ['alice', 'ivan'], dryRun: true})],
    ['request --roles dbadmin --dry-run=false', request({roles: ['dbadmin']})],
    ['request --dry-run dbadmin', request({roles: ['dbadmin'], dryRun: true})],
    ['request --roles dbadmin --max-duration 1h30m', request({roles: ['dbadmin'], maxDuration: {text: '1h30m', ms: 90 * 60_000}})],
    ['request --roles dbadmin --max-duration "2 days"', request({roles: ['dbadmin'], maxDuration: {text: '2 days', ms: 2 * 86_400_000}})],
    ['--roles dbadmin', request({roles: ['dbadmin']})],
    ['req --roles dbadmin --reason "\u65e5\u672c\u8a9e \ud83d\ude80"', request({roles: ['dbadmin'], reason: '\u65e5\u672c\u8a9e \ud83d\ude80'})],
    ['request', {kind: 'request-dialog'}],
    ['request --help', {kind: 'help', topic: 'request'}],
    ['request --resource /c/node/web-1', request({resources: [{cluster: 'c', kind: 'node', name: 'web-1', subResource: ''}]})],
    [
      'request --roles dbadmin --resource /c/node/web-1 --resource=/c/db/orders,/c/node/web-1 --reason x',
      request({
        roles: ['dbadmin'],
        resources: [
          {cluster: 'c', kind: 'node', name: 'web-1', subResource: ''},
          {cluster: 'c', kind: 'db', name: 'orders', subResource: ''},
        ],
        reason: 'x',
      }),
    ],
    ['request --resources /c/kube:ns:pods/prod/default/api-0', request({resources: [{cluster: 'c', kind: 'kube:ns:pods', name: 'prod', subResource: 'default/api-0'}]})],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => assert.deepEqual(ok(input), expected));
  }
  const errors: [string, RegExp][] = [
    ['request --reason "x"', /Which roles\?.*--resource <id>/],
    ['request --resource', /--resource` needs a resource id, e.g. `--resource \/teleport.example.com\/node\/web-1`/],
    ['request --resource web-1', /--resource` "web-1" does not start with "\/"; expected \/<cluster>\/<kind>\/<name>/],
    ['request --resource /c/node', /--resource` "\/c\/node" has an empty part/],
    ['request --resource /c/Node/x', /has kind "Node"/],
    ['request --resorce /c/node/x', /Did you mean `--resource`/],
    ['request --roles dbadmin --max-duration 4', /Bad duration "4".*did you mean 4h/],
    ['request --roles dbadmin --max-duration 4y', /Bad duration "4y": unknown unit "y"/],
    ['request --roles dbadmin --max-duration 0h', /longer than zero/],
    ['request --roles dbadmin --max-duration', /Bad duration ""/],
    ['request --roles dbadmin --reason', /--reason` needs a value/],
    ['request --roles dbadmin --reason a --reason b', /more than once/],
    ['request --roles dbadmin --reviewer', /--reviewers` needs at least one name/],
    ['request --roles dbadmin --reasn x', /Unknown option "\\--reasn".*Did you mean `--reason`/],
    ['request --roles dbadmin --bogus', /Unknown option "\\--bogus"/],
    ['request --roles dbadmin --reason "unterminated', /Unterminated quote/],
  ];
  for (const [input, pattern] of errors) {
    it(`${JSON.stringify(input)} fails: ${pattern}`, () => assert.match(err(input), pattern));
  }
});

describe('parseCommand: other subcommands', () => {
  const table: [string, unknown][] = [
    ['', {kind: 'help', topic: null}],
    ['   ', {kind: 'help', topic: null}],
    ['help', {kind: 'help', topic: null}],
    ['help deny', {kind: 'help', topic: 'deny'}],
    ['help aprove', {kind: 'help', topic: 'approve'}],
    ['show help', {kind: 'help', topic: 'show'}],
    ['list', {kind: 'list'}],
    ['ls', {kind: 'list'}],
    ['list everything please', {kind: 'list'}],
    ['status', {kind: 'status'}],
    [`show ${ID}`, {kind: 'show', requestId: ID}],
    [`show ${ID.toUpperCase()}`, {kind: 'show', requestId: ID}],
    [`show https://teleport.example.com/web/requests/${ID}`, {kind: 'show', requestId: ID}],
    [`show <${ID}>`, {kind: 'show', requestId: ID}],
    [`approve ${ID}`, {kind: 'review', decision: 'approve', requestId: ID, reason: ''}],
    [`approve ${ID} looks fine`, {kind: 'review', decision: 'approve', requestId: ID, reason: 'looks fine'}],
    [`approve ${ID} --reason "ok by me"`, {kind: 'review', decision: 'approve', requestId: ID, reason: 'ok by me'}],
    [`deny ${ID} "not during the freeze"`, {kind: 'review', decision: 'deny', requestId: ID, reason: 'not during the freeze'}],
    [`deny ${ID} -1 from me`, {kind: 'review', decision: 'deny', requestId: ID, reason: '-1 from me'}],
    [`reject ${ID} no`, {kind: 'review', decision: 'deny', requestId: ID, reason: 'no'}],
    // Whether a deny without a reason may go ahead is the review rules' call (rules.test.ts).
    [`deny ${ID}`, {kind: 'review', decision: 'deny', requestId: ID, reason: ''}],
    [`deny ${ID} --reason ""`, {kind: 'review', decision: 'deny', requestId: ID, reason: ''}],
  ];
  for (const [input, expected] of table) {
    it(JSON.stringify(input), () => assert.deepEqual(ok(input), expected));
  }
  const errors: [string, RegExp][] = [
    ['aprove', /Unknown subcommand "aprove"\. Did you mean `\/teleport approve`\?/],
    ['lsit', /Did you mean `\/teleport list`\?/],
    ['stauts', /Did you mean `\/teleport status`\?/],
    ['xyzzy', /Unknown subcommand "xyzzy"\. Available: request, list/],
    ['show', /needs a request id/],
    ['show 42', /"42" is not a request id/],
    ['approve', /needs a request id/],
    ['@channel', /Unknown subcommand "@\u200Bchannel"/],
    ['`rm -rf /`', /Unknown subcommand "\\`rm"/],
  ];
  for (const [input, pattern] of errors) {
    it(`${JSON.stringify(input)} fails: ${pattern}`, () => assert.match(err(input), pattern));
  }
  it('echoes very long unknown words shortened', () => {
    const message = err(`${'a'.repeat(3000)} b`);
    assert.ok(message.length < 200, message);
  });
});

describe('parseCommand never throws', () => {
  const words = fc.constantFrom(
    'request',
    'approve',
    'deny',
    'show',
    'list',
    'status',
    'help',
    '--roles',
    '--reason',
    '--reviewers',
    '--max-duration',
    '--dry-run',
    '--',
    '-',
    '=',
    ',',
    '"',
    "'",
    '\\',
    '\u201c',
    ID,
    '4h',
    '\u0000',
    '\n',
  );
  const hostile = fc.oneof(
    fc.string({unit: 'binary', maxLength: 300}),
    fc.string({unit: 'grapheme', maxLength: 300}),
    fc.array(fc.oneof(words, fc.string({unit: 'binary-ascii', maxLength: 8})), {maxLength: 40}).map((ws) => ws.join(' ')),
    fc.string({maxLength: 5}).map((s) => s.repeat(2000)),
  );
  it('returns a command or an error message for any input', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const result: ParseResult = parseCommand(text);
        if (!result.ok) return usageText(result).length > 0 && usageText(result).length < 1000;
        return typeof result.value.kind === 'string';
      }),
      {numRuns: 2000},
    );
  });
  it('keeps any quoted reason exactly (unicode, shell metacharacters, option look-alikes)', () => {
    const reason = fc.string({unit: 'grapheme', minLength: 1, maxLength: 200}).filter((r) => /^[^"\\\p{C}\u2028\u2029]*$/u.test(r) && r.trim() !== '');
    fc.assert(
      fc.property(reason, (r) => {
        const result = parseCommand(`request --roles dbadmin --reason "${r}"`);
        return result.ok && result.value.kind === 'request' && result.value.reason === r.trim();
      }),
      {numRuns: 500},
    );
  });
});
