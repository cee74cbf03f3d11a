/** Table tests for what a card tells a reviewer beyond the roles: resources, access times, thresholds. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {ResourceRef} from '../domain/request';
import {cardInput, request, review, wholePictureRequest} from '../testing/fixtures';
import {cardAccess, cardResources, spanText} from './access';
import {renderCardMarkdown} from './markdown';
import {buildCardModel} from './model';
import {reviewThresholds, stillNeeded} from './progress';

const ref = (kind: string, name: string, constraints: ResourceRef['constraints'] = null, subResource = ''): ResourceRef => ({cluster: 'c', kind, name, subResource, constraints});

describe('resources as a reviewer reads them', () => {
  const table: [string, ResourceRef, {label: string; constraint: string | null}][] = [
    ['plain node', ref('node', 'db-1'), {label: 'node/db-1', constraint: null}],
    ['pod with its namespace', ref('pod', 'prod', null, 'default/api-0'), {label: 'pod/prod/default/api-0', constraint: null}],
    ['one SSH login', ref('node', 'web-1', {kind: 'ssh', logins: ['root']}), {label: 'node/web-1', constraint: 'login root'}],
    ['several SSH logins', ref('node', 'web-1', {kind: 'ssh', logins: ['root', 'deploy']}), {label: 'node/web-1', constraint: 'logins root, deploy'}],
    ['an AWS role', ref('app', 'aws', {kind: 'aws_console', roleArns: ['arn:aws:iam::1:role/A']}), {label: 'app/aws', constraint: 'AWS role arn:aws:iam::1:role/A'}],
    ['Windows logins', ref('windows_desktop', 'w1', {kind: 'windows_desktop', logins: ['a', 'b']}), {label: 'windows_desktop/w1', constraint: 'Windows logins a, b'}],
    [
      'a long list is counted, not shown',
      ref('node', 'n', {kind: 'ssh', logins: ['a', 'b', 'c', 'd', 'e', 'f', 'g']}),
      {label: 'node/n', constraint: 'logins a, b, c, d, e +2 more'},
    ],
    ['a constraint kind from a newer Teleport', ref('db', 'pg', {kind: 'unknown'}), {label: 'db/pg', constraint: 'narrowed in a way this bridge cannot show; see Teleport'}],
    ['control characters in a login are dropped', ref('node', 'n', {kind: 'ssh', logins: ['ro\u0007ot']}), {label: 'node/n', constraint: 'login root'}],
  ];
  for (const [name, resource, want] of table) it(name, () => assert.deepEqual(cardResources([resource]), [want]));
});

describe('spans', () => {
  const table: [number, string][] = [
    [0, '0m'],
    [45 * 60_000, '45m'],
    [4 * 3600_000, '4h'],
    [4.5 * 3600_000, '4h 30m'],
    [48 * 3600_000, '2d'],
    [54 * 3600_000, '2d 6h'],
  ];
  for (const [ms, want] of table) it(`${ms} ms → ${want}`, () => assert.equal(spanText(ms), want));
});

describe('access times', () => {
  type Times = Parameters<typeof cardAccess>[0];
  const base: Times = {created: '2026-11-21T10:00:00.000Z', accessExpires: '2026-11-21T18:00:00.000Z', maxDuration: null, sessionTTL: null, assumeStartTime: null};
  const table: [string, Partial<Times>, ReturnType<typeof cardAccess>][] = [
    ['only the access expiry', {}, {startsAt: null, endsBy: '2026-11-21T18:00:00.000Z', lasts: '8h', sessionLasts: null}],
    ['a max duration wins over the expiry', {maxDuration: '2026-11-21T14:00:00.000Z'}, {startsAt: null, endsBy: '2026-11-21T14:00:00.000Z', lasts: '4h', sessionLasts: null}],
    [
      'a later start shortens the span',
      {assumeStartTime: '2026-11-21T12:00:00.000Z', maxDuration: '2026-11-21T14:00:00.000Z'},
      {startsAt: '2026-11-21T12:00:00.000Z', endsBy: '2026-11-21T14:00:00.000Z', lasts: '2h', sessionLasts: null},
    ],
    ['a session shorter than the access is told', {sessionTTL: '2026-11-21T11:00:00.000Z'}, {startsAt: null, endsBy: '2026-11-21T18:00:00.000Z', lasts: '8h', sessionLasts: '1h'}],
    ['a session as long as the access is not', {sessionTTL: '2026-11-21T18:00:00.000Z'}, {startsAt: null, endsBy: '2026-11-21T18:00:00.000Z', lasts: '8h', sessionLasts: null}],
    ['nothing known', {accessExpires: null}, {startsAt: null, endsBy: null, lasts: null, sessionLasts: null}],
  ];
  for (const [name, patch, want] of table) it(name, () => assert.deepEqual(cardAccess({...base, ...patch}), want));
});

describe('which threshold each review counts towards, and what is missing', () => {
  const two = [
    {name: 'dual', filter: '', approve: 2, deny: 1},
    {name: 'security', filter: 'f', approve: 1, deny: 1},
  ];
  const table: [string, Parameters<typeof stillNeeded>[0], string[]][] = [
    ['one threshold, no reviews', request(), ['2 more approvals']],
    ['one threshold, one approval', request({reviews: [review('alice', 'APPROVED')]}), ['1 more approval']],
    ['one threshold, met', request({reviews: [review('alice', 'APPROVED'), review('ivan', 'APPROVED')]}), []],
    ['both thresholds required', request({thresholds: two, roleThresholdMapping: {dbadmin: [[0], [1]]}}), ['2 more approvals for dual', '1 more approval for security']],
    [
      'either threshold will do',
      request({thresholds: two, roleThresholdMapping: {dbadmin: [[0, 1]]}, reviews: [review('alice', 'APPROVED', {thresholdIndexes: [0]})]}),
      ['1 more approval for dual or 1 more approval for security'],
    ],
    [
      'an alternative already met means nothing is missing',
      request({thresholds: two, roleThresholdMapping: {dbadmin: [[0, 1]]}, reviews: [review('a', 'APPROVED', {thresholdIndexes: [1]})]}),
      [],
    ],
    [
      'two roles needing the same set say it once',
      request({roles: ['dbadmin', 'ops'], thresholds: two, roleThresholdMapping: {dbadmin: [[1]], ops: [[1]]}}),
      ['1 more approval for security'],
    ],
    [
      'no role mapping (compact snapshot): every threshold that can approve',
      request({thresholds: two, roleThresholdMapping: {}}),
      ['2 more approvals for dual', '1 more approval for security'],
    ],
    ['a deny-only threshold asks for no approvals', request({thresholds: [{name: 'veto', filter: '', approve: 0, deny: 1}], roleThresholdMapping: {dbadmin: [[0]]}}), []],
  ];
  for (const [name, req, want] of table) it(name, () => assert.deepEqual(stillNeeded(req), want));

  it('a review lists its thresholds only when there are several', () => {
    assert.deepEqual(reviewThresholds(request(), review('a', 'APPROVED')), []);
    assert.deepEqual(reviewThresholds(request({thresholds: two}), review('a', 'APPROVED', {thresholdIndexes: [1]})), ['security']);
    // Without indexes (older servers) a review counts for all, as Teleport's progress does.
    assert.deepEqual(reviewThresholds(request({thresholds: two}), review('a', 'APPROVED', {thresholdIndexes: []})), ['dual', 'security']);
  });
});

describe('card model and markdown: the whole picture', () => {
  const pending = buildCardModel({...cardInput, request: wholePictureRequest(), state: 'PENDING', requestPrompt: 'Give the ticket'});

  it('a pending card carries prompt, suggested reviewers, access and what is missing', () => {
    assert.equal(pending.requestPrompt, 'Give the ticket');
    assert.deepEqual(pending.suggestedReviewers, ['alice', 'ivan']);
    assert.deepEqual(pending.access, {startsAt: '2026-11-21T12:00:00.000Z', endsBy: '2026-11-21T16:00:00.000Z', lasts: '4h', sessionLasts: '2h'});
    assert.deepEqual(pending.stillNeeded, ['1 more approval for dual', '1 more approval for security']);
  });

  it('a resolved card asks for nothing and names no suggested reviewers in markdown', () => {
    const approved = buildCardModel({...cardInput, request: {...wholePictureRequest(), state: 'APPROVED'}, state: 'APPROVED', requestPrompt: ''});
    assert.deepEqual(approved.stillNeeded, []);
    const md = renderCardMarkdown(approved);
    assert.doesNotMatch(md, /Still needed|Suggested reviewers|asked:/);
    assert.match(md, /\*\*Access:\*\* up to 4h/);
  });

  it('a denied card does not tell how long access would have lasted', () => {
    const denied = buildCardModel({...cardInput, request: {...wholePictureRequest(), state: 'DENIED'}, state: 'DENIED', requestPrompt: ''});
    assert.doesNotMatch(renderCardMarkdown(denied), /\*\*Access:\*\*/);
  });

  it('prompt and constraint text cannot restyle the markdown', () => {
    const r = wholePictureRequest();
    r.resources = [ref('node', 'n', {kind: 'ssh', logins: ['**root**', '@all']})];
    const md = renderCardMarkdown(buildCardModel({...cardInput, request: r, state: 'PENDING', requestPrompt: 'See [here](http://x) @channel'}));
    assert.match(md, /\(logins \\\*\\\*root\\\*\\\*, @\u200Ball\)/);
    assert.match(md, /_asked: See \\\[here\\\]\\\(http:\/\/x\\\) @\u200Bchannel_/);
  });
});
