import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readRequestForm, requestForm, type FormPrefill} from '../interactions/command/form';
import type {AccessCapabilities} from '../teleport/port';
import {isAgainContext, signAgainContext, verifyAgainContext, type AgainClaims} from './again-token';
import {mac, signActionContext} from './token';

const secret = Buffer.from('0123456789abcdef0123456789abcdef', 'utf8');
const claims: AgainClaims = {
  requestId: 'req-1',
  channelId: 'dm-bob',
  userId: 'mm-bob',
  roles: ['dbadmin', 'auditor'],
  resources: [
    {cluster: 'c', kind: 'db', name: 'orders', subResource: ''},
    {cluster: 'c', kind: 'kube:ns:pods', name: 'prod', subResource: 'default/api-0'},
  ],
  reason: 'TICKET-9 rotate',
  expiresAt: 2000,
};
/** A button signed before resources were carried (version 1), as its fields were then covered. */
function versionOne(): Record<string, unknown> {
  const body = {kind: 'again', v: 1, request_id: 'req-1', channel_id: 'dm-bob', user_id: 'mm-bob', roles: ['dbadmin'], reason: 'old', exp: 2000};
  const sig = mac(secret, 'teleport-mattermost/again/v1', [body.request_id, body.channel_id, body.user_id, 'dbadmin', body.reason, body.exp]).toString('base64url');
  return {...body, sig};
}
const clicked = {channelId: 'dm-bob', userId: 'mm-bob'};

describe('Request again button', () => {
  const cases: [string, () => unknown, {channelId: string; userId: string}, number, string | null][] = [
    ['valid click by the requester in their DM', () => signAgainContext(secret, claims), clicked, 1000, null],
    ['copied into another channel', () => signAgainContext(secret, claims), {...clicked, channelId: 'town-square'}, 1000, 'another channel'],
    ['clicked by someone else', () => signAgainContext(secret, claims), {...clicked, userId: 'mm-carol'}, 1000, 'another user'],
    ['expired', () => signAgainContext(secret, claims), clicked, 2000, 'expired'],
    ['roles changed after signing', () => ({...signAgainContext(secret, claims), roles: ['root']}), clicked, 1000, 'signature'],
    [
      'a resource added after signing',
      () => ({...signAgainContext(secret, claims), resources: ['/c/db/orders', '/c/kube:ns:pods/prod/default/api-0', '/c/node/root-box']}),
      clicked,
      1000,
      'signature',
    ],
    [
      'a resource changed after signing',
      () => ({...signAgainContext(secret, claims), resources: ['/c/db/payroll', '/c/kube:ns:pods/prod/default/api-0']}),
      clicked,
      1000,
      'signature',
    ],
    ['resources removed after signing', () => ({...signAgainContext(secret, claims), resources: []}), clicked, 1000, 'signature'],
    ['downgraded to version 1 to drop the resources', () => ({...signAgainContext(secret, claims), v: 1, resources: undefined}), clicked, 1000, 'signature'],
    ['signed with another secret', () => signAgainContext(Buffer.from('another-secret-another-secret-0123', 'utf8'), claims), clicked, 1000, 'signature'],
    ['a review button’s context', () => signActionContext(secret, {requestId: 'req-1', channelId: 'dm-bob', decision: 'approve', expiresAt: 2000}), clicked, 1000, 'malformed'],
    ['nothing', () => undefined, clicked, 1000, 'malformed'],
  ];
  for (const [name, context, by, now, refused] of cases) {
    it(name, () => {
      const result = verifyAgainContext(secret, context(), by, now);
      if (refused === null) {
        assert.deepEqual(result, {ok: true, value: claims});
        return;
      }
      assert.ok(!result.ok);
      const failure = result.error.failure;
      assert.ok('detail' in failure && failure.detail.includes(refused), JSON.stringify(failure));
    });
  }

  it('is told apart from review buttons by its kind only', () => {
    assert.equal(isAgainContext(signAgainContext(secret, claims)), true);
    assert.equal(isAgainContext(signActionContext(secret, {requestId: 'r', channelId: 'c', decision: 'deny', expiresAt: 1})), false);
  });

  it('still accepts a button signed before resources were carried', () => {
    const result = verifyAgainContext(secret, versionOne(), clicked, 1000);
    assert.ok(result.ok);
    assert.deepEqual(result.value.resources, []);
    assert.deepEqual(result.value.roles, ['dbadmin']);
  });
});

describe('the form Request again opens', () => {
  const caps: AccessCapabilities = {
    requestableRoles: ['dbadmin', 'webadmin', 'auditor'],
    applicableRolesForResources: [],
    suggestedReviewers: [],
    requireReason: false,
    requestPrompt: '',
  };
  type Element = {name: string; default?: string; options?: {text: string; value: string}[]};
  const open = (prefill: FormPrefill, c: AccessCapabilities = caps) => {
    const form = requestForm({teleportUser: 'bob', cluster: 'c', caps: c, state: 's', prefill});
    const elements = form['elements'] as Element[];
    return {intro: String(form['introduction_text']), field: (name: string) => elements.find((e) => e.name === name)};
  };

  it('pre-selects one role that may still be requested, and fills in the reason', () => {
    const {field, intro} = open({roles: ['webadmin'], resources: [], reason: 'TICKET-9 rotate'});
    assert.equal(field('role')?.default, 'webadmin');
    assert.equal(field('role')?.options?.length, 3, 'no extra option for a single requestable role');
    assert.equal(field('reason')?.default, 'TICKET-9 rotate');
    assert.equal(field('resources')?.default, undefined);
    assert.doesNotMatch(intro, /Not filled in again/);
  });

  it('pre-selects every role still requestable as one option (read back as the list), and says in one line which were dropped', () => {
    const {field, intro} = open({roles: ['dbadmin', 'root', 'auditor', 'ghost'], resources: [], reason: 'r'});
    assert.equal(field('role')?.default, 'dbadmin,auditor');
    assert.deepEqual(field('role')?.options?.[0], {text: 'dbadmin + auditor (as before)', value: 'dbadmin,auditor'});
    assert.match(intro, /\n\nNot filled in again: `root`, `ghost` \(Teleport no longer lets you request them\)\.$/);
    const read = readRequestForm({role: 'dbadmin,auditor', resources: '', reason: 'r'});
    assert.ok(read.ok);
    assert.deepEqual(read.value.roles, ['dbadmin', 'auditor']);
  });

  it('pre-fills the resources, one per line, with the search_as_roles that still reach them', () => {
    const withSearch = {...caps, applicableRolesForResources: ['dbadmin', 'db-reader']};
    const {field, intro} = open({roles: ['db-reader', 'gone'], resources: claims.resources, reason: 'r'}, withSearch);
    assert.equal(field('resources')?.default, '/c/db/orders\n/c/kube:ns:pods/prod/default/api-0');
    assert.equal(field('role')?.default, 'db-reader', 'a search_as role is offered as the earlier choice');
    assert.deepEqual(field('role')?.options?.[0], {text: 'db-reader (as before)', value: 'db-reader'});
    assert.match(intro, /Not filled in again: `gone` \(Teleport no longer lets you request it\)\./);
    const read = readRequestForm({role: 'db-reader', resources: String(field('resources')?.default), reason: 'r'});
    assert.ok(read.ok);
    assert.deepEqual(read.value.resources, claims.resources);
  });

  it('with no role left for the resources, keeps the resources and leaves the roles to Teleport', () => {
    const {field, intro} = open({roles: ['dbadmin'], resources: claims.resources, reason: 'r'});
    assert.equal(field('role')?.default, undefined, 'a requestable role is not a search_as role');
    assert.match(intro, /Not filled in again: `dbadmin`/);
    assert.ok(field('resources')?.default);
  });

  it('fills in whole ids only, as many as the field holds, and says how many were left out', () => {
    const many = Array.from({length: 100}, (_, i) => ({cluster: 'teleport.example.com', kind: 'node', name: `web-${String(i).padStart(3, '0')}`, subResource: ''}));
    const {field, intro} = open({roles: [], resources: many, reason: ''});
    const text = String(field('resources')?.default);
    assert.ok(text.length <= 3000);
    const kept = text.split('\n').length;
    assert.ok(kept < 100 && text.endsWith(`web-${String(kept - 1).padStart(3, '0')}`));
    assert.match(intro, new RegExp(`${100 - kept} more resources did not fit`));
  });
});
