import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {PermissionCheck} from '../reviewers/directory';
import {request, review} from '../testing/fixtures';
import {badgeText, decodeInbox, encodeInbox, type InboxEntry} from '@tma/card-contract';
import {computeInbox} from './list';

const id = (n: number) => `${String(n).repeat(8)}-0000-4000-8000-000000000000`;
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const pending = [
  request({id: id(1), user: 'bob', roles: ['dbadmin'], pendingExpires: '2026-11-23T10:00:00.000Z'}),
  request({id: id(2), user: 'carol', roles: ['dbadmin'], pendingExpires: '2026-11-21T12:00:00.000Z', reviews: [review('ivan', 'APPROVED')]}),
  request({id: id(3), user: 'dave', roles: ['webadmin'], pendingExpires: '2026-11-22T10:00:00.000Z'}),
  request({id: id(4), user: 'erin', roles: ['secret'], pendingExpires: '2026-11-21T11:00:00.000Z', suggestedReviewers: ['alice']}),
  request({id: id(5), user: 'alice', roles: ['dbadmin'], pendingExpires: null}),
  request({id: id(6), user: 'frank', roles: ['secret'], pendingExpires: '2026-11-21T09:00:00.000Z'}),
  request({id: id(7), user: 'gina', roles: ['secret'], pendingExpires: '2026-11-21T09:00:00.000Z'}),
  request({id: id(8), user: 'bob', roles: ['dbadmin'], state: 'APPROVED'}),
];
const check: PermissionCheck = (r) =>
  r.user === 'alice' ? 'may-not-review' : r.roles.includes('dbadmin') ? 'may-review' : r.roles.includes('webadmin') ? 'teleport-decides' : 'may-not-review';
/** Request n's card is in channel `ch<n % 3>`; alice reads ch0 and ch1. */
const cards = (rid: string) => [{channelId: `ch${Number(rid[0]) % 3}`, postId: `post${rid[0]}`}];
const canRead = (channel: string) => channel !== 'ch2';

const entry = (n: number, post: string, rel: InboxEntry['rel'], exp: number): InboxEntry => ({id: id(n), post, rel, exp});

describe('reviewer inbox: who sees which request, in what order', () => {
  const cases: {name: string; viewer: string; check: PermissionCheck | null; want: InboxEntry[]}[] = [
    {
      name: 'alice: to review by nearest deadline (suggested and Teleport-decides count), then her own, then cards she can merely read',
      viewer: 'alice',
      check,
      want: [
        entry(4, 'post4', 's', at('2026-11-21T11:00:00.000Z')),
        entry(2, '', 'r', at('2026-11-21T12:00:00.000Z')),
        entry(3, 'post3', 't', at('2026-11-22T10:00:00.000Z')),
        entry(1, 'post1', 'r', at('2026-11-23T10:00:00.000Z')),
        entry(5, '', 'm', 0),
        entry(6, 'post6', 'v', at('2026-11-21T09:00:00.000Z')),
        entry(7, 'post7', 'v', at('2026-11-21T09:00:00.000Z')),
      ],
    },
    {
      name: 'ivan already reviewed request 2: it is no longer his to review, only visible (and only if he can read a card)',
      viewer: 'ivan',
      check: (r) => (r.roles.includes('dbadmin') ? 'may-review' : 'may-not-review'),
      want: [
        entry(1, 'post1', 'r', at('2026-11-23T10:00:00.000Z')),
        entry(5, '', 'r', 0),
        entry(6, 'post6', 'v', at('2026-11-21T09:00:00.000Z')),
        entry(7, 'post7', 'v', at('2026-11-21T09:00:00.000Z')),
        entry(4, 'post4', 'v', at('2026-11-21T11:00:00.000Z')),
        entry(3, 'post3', 'v', at('2026-11-22T10:00:00.000Z')),
      ],
    },
    {
      name: 'permissions unreadable: suggested reviews and own requests still listed, nothing claimed as reviewable otherwise',
      viewer: 'alice',
      check: null,
      want: [
        entry(4, 'post4', 's', at('2026-11-21T11:00:00.000Z')),
        entry(5, '', 'm', 0),
        entry(6, 'post6', 'v', at('2026-11-21T09:00:00.000Z')),
        entry(7, 'post7', 'v', at('2026-11-21T09:00:00.000Z')),
        entry(3, 'post3', 'v', at('2026-11-22T10:00:00.000Z')),
        entry(1, 'post1', 'v', at('2026-11-23T10:00:00.000Z')),
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(computeInbox({viewer: c.viewer, pending, check: c.check, cards, canRead}), c.want);
    });
  }

  it('resolved requests never appear; a request visible to nobody in particular is left out', () => {
    const got = computeInbox({viewer: 'zed', pending, check: () => 'may-not-review', cards, canRead: () => false});
    assert.deepEqual(got, []);
  });
});

describe('reviewer inbox: the stored value', () => {
  const many = Array.from({length: 60}, (_, i) => ({
    id: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
    post: 'p'.repeat(26),
    rel: 'r' as const,
    exp: 1_900_000_000 + i,
  }));

  it('round-trips, and the same list always gives the same value (writes are skipped on no change)', () => {
    const some = many.slice(0, 3);
    assert.equal(encodeInbox(some), encodeInbox([...some]));
    assert.deepEqual(decodeInbox(encodeInbox(some)), {kind: 'ok', inbox: {items: some, more: 0}});
  });

  it('fits 2,000 characters, keeps the most urgent entries and counts the rest', () => {
    const value = encodeInbox(many);
    assert.ok(value.length <= 2000, `value is ${value.length} characters`);
    const read = decodeInbox(value);
    assert.equal(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    assert.ok(read.inbox.items.length >= 15, `${read.inbox.items.length} entries kept`);
    assert.equal(read.inbox.items.length + read.inbox.more, 60);
    assert.deepEqual(read.inbox.items[0], many[0]);
    assert.equal(badgeText(read.inbox), `${read.inbox.items.length}+`);
  });

  const bad: [string, string | null, string][] = [
    ['nothing stored', null, 'none'],
    ['not JSON', '{oops', 'partial:the stored list is not JSON'],
    ['another shape', '{"v":2,"items":[]}', 'partial:the stored list has an unknown shape (v: Invalid input)'],
    [
      'one bad entry among good ones',
      JSON.stringify({
        v: 1,
        items: [
          {id: id(1), post: 'x', rel: 'r', exp: 0},
          {id: '<script>', post: '', rel: 'r', exp: 0},
        ],
        more: 0,
      }),
      'partial:1 stored entry could not be read',
    ],
  ];
  for (const [name, value, want] of bad) {
    it(`reads what it can: ${name}`, () => {
      const read = decodeInbox(value);
      assert.equal(read.kind === 'partial' ? `partial:${read.problem}` : read.kind, want);
      if (read.kind === 'partial' && name.startsWith('one bad'))
        assert.deepEqual(
          read.inbox.items.map((e) => e.id),
          [id(1)],
        );
    });
  }

  it('badge: reviewable entries only, empty when none', () => {
    assert.equal(badgeText({items: [entry(1, 'p', 'r', 0), entry(2, 'p', 'm', 0), entry(3, 'p', 's', 0), entry(4, 'p', 'v', 0)], more: 0}), '2');
    assert.equal(badgeText({items: [entry(2, 'p', 'm', 0)], more: 0}), '');
  });
});
