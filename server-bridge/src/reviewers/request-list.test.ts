import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {request, review} from '../testing/fixtures';
import type {PermissionCheck} from './directory';
import {listMarkdown, loadRequestList} from './request-list';

const id = (n: number) => `0190f3f0-0000-7000-8000-0000${String(n).repeat(8)}`;
const pending = [
  request({id: id(1), user: 'bob', roles: ['dbadmin'], pendingExpires: '2026-11-23T10:00:00.000Z'}),
  request({id: id(2), user: 'carol', roles: ['dbadmin'], pendingExpires: '2026-11-21T12:00:00.000Z', reviews: [review('ivan', 'APPROVED')]}),
  request({id: id(3), user: 'dave', roles: ['webadmin'], pendingExpires: '2026-11-22T10:00:00.000Z'}),
  request({id: id(4), user: 'erin', roles: ['secret'], pendingExpires: '2026-11-21T11:00:00.000Z'}),
  request({id: id(5), user: 'alice', roles: ['dbadmin'], pendingExpires: '2026-11-21T10:30:00.000Z'}),
];
const check: PermissionCheck = (r) =>
  r.user === 'alice' ? 'may-not-review' : r.roles.includes('dbadmin') ? 'may-review' : r.roles.includes('webadmin') ? 'teleport-decides' : 'may-not-review';

describe('/teleport list', () => {
  it('lists what alice may review (or Teleport decides) by expiry, with links, and her own', async () => {
    const list = await loadRequestList(
      {
        teleport: {listRequests: async (f) => pending.filter((r) => (!f.user || r.user === f.user) && (!f.state || r.state === f.state))},
        check,
        cardUrl: async (rid) => (rid === id(2) ? 'https://mm.example.com/acme/pl/post2' : null),
      },
      'alice',
    );
    const text = listMarkdown(list);
    assert.equal(
      text,
      [
        '**Pending requests you can review** (3)',
        '- ⏳ `22222222` `dbadmin` by `carol` · PENDING · approvals 1/2, denials 0/1 · expires 2026-11-21 12:00 UTC · [card](https://mm.example.com/acme/pl/post2)',
        '- ⏳ `33333333` `webadmin` by `dave` · PENDING · approvals 0/2, denials 0/1 · expires 2026-11-22 10:00 UTC · _Teleport decides when you click_',
        '- ⏳ `11111111` `dbadmin` by `bob` · PENDING · approvals 0/2, denials 0/1 · expires 2026-11-23 10:00 UTC',
        '',
        '**Your recent requests** (1)',
        '- ⏳ `55555555` `dbadmin` · PENDING · approvals 0/2, denials 0/1 · expires 2026-11-21 10:30 UTC',
        '',
        'Details: `/teleport show <id>`; the 8 characters shown are enough.',
      ].join('\n'),
    );
  });

  it('says when review permissions could not be read, and still lists suggested reviews', async () => {
    const suggested = request({id: id(6), user: 'bob', suggestedReviewers: ['alice']});
    const list = await loadRequestList(
      {teleport: {listRequests: async () => [...pending, suggested]}, check: {unavailable: 'Could not check.'}, cardUrl: async () => null},
      'alice',
    );
    assert.equal(list.toReviewTotal, 1);
    assert.match(listMarkdown(list), /_Could not check\._\n- ⏳ `66666666` .* · _you are a suggested reviewer_/);
  });
});
