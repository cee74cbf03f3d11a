import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {renderCardPost} from '../card/post';
import {buildCardModel} from '../card/model';
import {cardInput, request, review} from '../testing/fixtures';
import {compactForExpiry, SharedValues} from './compact';
import type {AccessRequest} from './request';

const base = cardInput;
const expiredPost = (r: AccessRequest) =>
  renderCardPost(buildCardModel({...base, request: r, state: 'EXPIRED'}), {approve: {url: 'u', context: {}}, deny: {url: 'u', context: {}}});

describe('compactForExpiry', () => {
  const rows: [string, AccessRequest][] = [
    ['no reviews', request()],
    [
      'reviews, reviewers, resources, threshold indexes',
      request({
        reviews: [review('alice', 'APPROVED', {reason: 'ok', submittedBy: 'mattermost-bridge'}), review('ivan', 'DENIED', {thresholdIndexes: []})],
        suggestedReviewers: ['alice', 'ivan'],
        resources: [
          {cluster: 'story.example.com', kind: 'db', name: 'db-3', subResource: '', constraints: null},
          {cluster: 'story.example.com', kind: 'node', name: 'web-1', subResource: '', constraints: {kind: 'ssh', logins: ['root']}},
        ],
        sessionTTL: '2026-11-21T18:00:00.000Z',
        assumeStartTime: '2026-11-21T12:00:00.000Z',
        maxDuration: '2026-11-21T16:00:00.000Z',
        roleThresholdMapping: {dbadmin: [[0]]},
        loginHint: 'bob-admin',
        promotedAccessList: {name: 'l', title: 'L'},
      }),
    ],
  ];
  for (const [name, full] of rows) {
    it(`${name}: the EXPIRED card drawn from the compact snapshot is the card drawn from the request`, () => {
      assert.deepEqual(expiredPost(compactForExpiry(full, new SharedValues())), expiredPost(full));
    });
  }

  it('what reminders read stays the same', () => {
    const full = request({suggestedReviewers: ['alice'], reviews: [review('alice', 'APPROVED')]});
    const c = compactForExpiry(full, new SharedValues());
    for (const k of ['id', 'user', 'created', 'pendingExpires', 'state', 'roles', 'reason', 'suggestedReviewers', 'reviews'] as const) assert.deepEqual(c[k], full[k], k);
  });

  it('requests of the same users and roles share one copy of their names and thresholds', () => {
    const pool = new SharedValues();
    // Distinct string objects, as two decoded gRPC messages would carry.
    const a = compactForExpiry(request({id: 'a', user: ['b', 'ob'].join(''), roles: [['db', 'admin'].join('')]}), pool);
    const b = compactForExpiry(request({id: 'b', user: ['bo', 'b'].join(''), roles: [['dba', 'dmin'].join('')]}), pool);
    assert.equal(a.roles, b.roles);
    assert.equal(a.thresholds, b.thresholds);
    assert.ok(Object.isFrozen(a.roles), 'a shared list cannot be changed through one request');
  });
});
