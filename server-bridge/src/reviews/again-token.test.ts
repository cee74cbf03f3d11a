import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {requestForm} from '../interactions/command/form';
import type {AccessCapabilities} from '../teleport/port';
import {isAgainContext, signAgainContext, verifyAgainContext, type AgainClaims} from './again-token';
import {signActionContext} from './token';

const secret = Buffer.from('0123456789abcdef0123456789abcdef', 'utf8');
const claims: AgainClaims = {requestId: 'req-1', channelId: 'dm-bob', userId: 'mm-bob', roles: ['dbadmin'], reason: 'TICKET-9 rotate', expiresAt: 2000};
const clicked = {channelId: 'dm-bob', userId: 'mm-bob'};

describe('Request again button', () => {
  const cases: [string, () => unknown, {channelId: string; userId: string}, number, string | null][] = [
    ['valid click by the requester in their DM', () => signAgainContext(secret, claims), clicked, 1000, null],
    ['copied into another channel', () => signAgainContext(secret, claims), {...clicked, channelId: 'town-square'}, 1000, 'another channel'],
    ['clicked by someone else', () => signAgainContext(secret, claims), {...clicked, userId: 'mm-carol'}, 1000, 'another user'],
    ['expired', () => signAgainContext(secret, claims), clicked, 2000, 'expired'],
    ['roles changed after signing', () => ({...signAgainContext(secret, claims), roles: ['root']}), clicked, 1000, 'signature'],
    ['signed with another secret', () => signAgainContext(Buffer.from('another-secret-another-secret-0123', 'utf8'), claims), clicked, 1000, 'signature'],
    ['a review button’s context', () => signActionContext(secret, {requestId: 'req-1', channelId: 'dm-bob', decision: 'approve', expiresAt: 2000}), clicked, 1000, 'malformed'],
    ['nothing', () => undefined, clicked, 1000, 'malformed'],
  ];
  for (const [name, context, by, now, refused] of cases) {
    it(name, () => {
      const result = verifyAgainContext(secret, context(), by, now);
      if (refused === null) return assert.deepEqual(result, {ok: true, value: claims});
      assert.ok(!result.ok);
      const failure = result.error.failure;
      assert.ok('detail' in failure && failure.detail.includes(refused), JSON.stringify(failure));
    });
  }

  it('is told apart from review buttons by its kind only', () => {
    assert.equal(isAgainContext(signAgainContext(secret, claims)), true);
    assert.equal(isAgainContext(signActionContext(secret, {requestId: 'r', channelId: 'c', decision: 'deny', expiresAt: 1})), false);
  });

  it('opens the form with the earlier role and reason, if the role may still be requested', () => {
    const caps: AccessCapabilities = {requestableRoles: ['dbadmin', 'webadmin'], applicableRolesForResources: [], suggestedReviewers: [], requireReason: false, requestPrompt: ''};
    const form = (roles: string[]) => requestForm({teleportUser: 'bob', cluster: 'c', caps, state: 's', prefill: {roles, resources: [], reason: 'TICKET-9 rotate'}});
    const elements = (f: Record<string, unknown>) => f.elements as {name: string; default?: string}[];
    assert.equal(elements(form(['webadmin'])).find((e) => e.name === 'role')?.default, 'webadmin');
    assert.equal(elements(form(['webadmin'])).find((e) => e.name === 'reason')?.default, 'TICKET-9 rotate');
    assert.equal(elements(form(['root'])).find((e) => e.name === 'role')?.default, undefined, 'a role no longer requestable is not pre-selected');
  });
});
