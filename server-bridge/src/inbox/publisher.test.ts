import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import type {AccessRequest, TeleportUser} from '../domain/request';
import {request, review} from '../testing/fixtures';
import {decodeInbox} from '@tma/card-contract';
import {InboxPublisher, mappedByTrait, type InboxStore} from './publisher';

const ALICE_MM = 'a'.repeat(26);
const alice: TeleportUser = {name: 'alice', roles: ['dbreviewer'], traits: {mattermost_user_id: [ALICE_MM]}, ssoConnector: null, isBot: false};

function setup(stored: Record<string, string> = {}) {
  let pending: AccessRequest[] = [];
  const prefs = new Map(Object.entries(stored));
  const writes: string[] = [];
  const warnings: string[] = [];
  let memberReads = 0;
  const store: InboxStore = {
    read: async (u) => prefs.get(u) ?? null,
    write: async (u, v) => {
      writes.push(v);
      prefs.set(u, v);
    },
  };
  const logger = pino({level: 'warn'}, {write: (line: string) => void warnings.push((JSON.parse(line) as {msg: string}).msg)});
  const publisher = new InboxPublisher({
    pending: () => pending,
    cards: (id) => [{channelId: 'requests', postId: `post${id.slice(0, 4)}`}],
    users: async () => [{teleport: alice, mattermostId: ALICE_MM}],
    permissions: async () => (r) => (r.user === 'alice' ? 'may-not-review' : 'may-review'),
    isMember: async () => {
      memberReads++;
      return true;
    },
    store,
    logger,
    now: () => 0,
  });
  return {publisher, prefs, writes, warnings, setPending: (p: AccessRequest[]) => (pending = p), memberReads: () => memberReads};
}

const r1 = request({id: '1111aaaa-0000-4000-8000-000000000000', user: 'bob'});
const r2 = request({id: '2222aaaa-0000-4000-8000-000000000000', user: 'carol'});

describe('inbox publisher', () => {
  it('writes a user’s list only when it changes; approvals by others change nothing', async () => {
    const t = setup();
    await t.publisher.run();
    assert.equal(t.writes.length, 0, 'nothing pending and nothing stored: no write');
    t.setPending([r1]);
    await t.publisher.run();
    await t.publisher.run();
    assert.equal(t.writes.length, 1);
    t.setPending([{...r1, reviews: [review('ivan', 'APPROVED')]}]);
    await t.publisher.run();
    assert.equal(t.writes.length, 1, 'another reviewer’s approval keeps the ids: no write');
    t.setPending([{...r1, reviews: [review('alice', 'APPROVED')]}, r2]);
    await t.publisher.run();
    assert.equal(t.writes.length, 2);
    const read = decodeInbox(t.prefs.get(ALICE_MM));
    assert.deepEqual(read.kind === 'ok' && read.inbox.items.map((e) => [e.id.slice(0, 4), e.rel]), [
      ['2222', 'r'],
      ['1111', 'v'],
    ]);
    t.setPending([]);
    await t.publisher.run();
    assert.equal(t.writes.length, 3, 'emptied list is written so the badge clears');
    assert.equal(t.memberReads(), 1, 'channel membership is read once and cached');
  });

  it('after a restart the stored list is read once and an equal one is not rewritten', async () => {
    const before = setup();
    before.setPending([r1]);
    await before.publisher.run();
    const t = setup(Object.fromEntries(before.prefs));
    t.setPending([r1]);
    await t.publisher.run();
    assert.equal(t.writes.length, 0);
  });

  it('a malformed stored list is logged once and replaced', async () => {
    const t = setup({[ALICE_MM]: '{not json'});
    t.setPending([r1]);
    await t.publisher.run();
    await t.publisher.run();
    assert.equal(t.writes.length, 1);
    assert.equal(t.warnings.filter((m) => /malformed/.test(m)).length, 1);
    assert.equal(decodeInbox(t.prefs.get(ALICE_MM)).kind, 'ok');
  });
});

describe('mapped users', () => {
  it('one Mattermost id in the trait maps; none, several, bots or a malformed id do not', () => {
    const u = (name: string, ids: string[], isBot = false): TeleportUser => ({name, roles: [], traits: {mattermost_user_id: ids}, ssoConnector: null, isBot});
    const got = mappedByTrait([u('a', [ALICE_MM]), u('b', []), u('c', [ALICE_MM, 'b'.repeat(26)]), u('d', [ALICE_MM], true), u('e', ['not-an-id'])], 'mattermost_user_id');
    assert.deepEqual(
      got.map((m) => m.teleport.name),
      ['a'],
    );
  });
});

describe('inbox publisher while Teleport is unusable', () => {
  it('makes no pass (the credentials problem is reported once elsewhere) and resumes after', async () => {
    let active = false;
    let listed = 0;
    const writes: string[] = [];
    const publisher = new InboxPublisher({
      pending: () => [r1],
      cards: () => [],
      users: async () => {
        listed++;
        return [{teleport: alice, mattermostId: ALICE_MM}];
      },
      permissions: async () => () => 'may-review',
      isMember: async () => true,
      store: {read: async () => null, write: async (_u, v) => void writes.push(v)},
      active: () => active,
      logger: pino({level: 'silent'}),
      now: () => 0,
    });
    await publisher.run();
    assert.equal(listed, 0);
    active = true;
    await publisher.run();
    assert.equal(writes.length, 1);
  });
});

describe('inbox publisher with the pipeline’s revision', () => {
  function revisioned() {
    let revision = 0;
    let now = 0;
    let pending: AccessRequest[] = [r1];
    let mayReview = true;
    let failWrites = false;
    let failPermissions = false;
    let permissionReads = 0;
    let busy = false;
    const prefs = new Map<string, string>();
    const publisher = new InboxPublisher({
      pending: () => pending,
      cards: (id) => [{channelId: 'requests', postId: `post${id.slice(0, 4)}`}],
      users: async () => [{teleport: alice, mattermostId: ALICE_MM}],
      permissions: async () => {
        permissionReads++;
        if (failPermissions) throw new Error('14 UNAVAILABLE');
        return () => (mayReview ? 'may-review' : 'may-not-review');
      },
      isMember: async () => true,
      store: {
        read: async (u) => prefs.get(u) ?? null,
        write: async (u, v) => {
          if (failWrites) throw new Error('503 Service Unavailable');
          prefs.set(u, v);
        },
      },
      logger: pino({level: 'silent'}),
      now: () => now,
      revision: () => revision,
      refreshMs: 60_000,
      busy: () => busy,
      maxDeferMs: 10_000,
    });
    const listed = () => {
      const read = decodeInbox(prefs.get(ALICE_MM));
      return read.kind === 'ok' ? read.inbox.items.map((e) => `${e.id.slice(0, 4)}:${e.rel}`) : [];
    };
    return {
      publisher,
      listed,
      permissionReads: () => permissionReads,
      change: (p: AccessRequest[]) => ((pending = p), revision++),
      set mayReview(v: boolean) {
        mayReview = v;
      },
      set failWrites(v: boolean) {
        failWrites = v;
      },
      set failPermissions(v: boolean) {
        failPermissions = v;
      },
      set busy(v: boolean) {
        busy = v;
      },
      advance: (ms: number) => (now += ms),
    };
  }

  it('a new request shows on the next tick; ticks with nothing new read no permissions', async () => {
    const t = revisioned();
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:r']);
    for (let i = 0; i < 10; i++) {
      t.advance(3000);
      await t.publisher.run();
    }
    assert.equal(t.permissionReads(), 1, 'nine idle ticks cost nothing');
    t.change([r1, r2]);
    await t.publisher.run();
    assert.deepEqual(t.listed().sort(), ['1111:r', '2222:r']);
  });

  it('while cards are being posted the lists wait, at most the bound, and the first idle tick brings them up to date', async () => {
    const t = revisioned();
    await t.publisher.run();
    t.busy = true;
    t.change([r1, r2]);
    const seen: string[][] = [];
    // Ticks every 3 s of a burst: put off at 0, 3, 6 and 9 s; the one at 12 s is past the 10 s bound.
    for (let i = 0; i < 5; i++) {
      await t.publisher.run();
      seen.push(t.listed().sort());
      t.advance(3000);
    }
    assert.deepEqual(seen, [['1111:r'], ['1111:r'], ['1111:r'], ['1111:r'], ['1111:r', '2222:r']]);
    t.change([r2]);
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:r', '2222:r'], 'the bound counts again from the first tick put off');
    t.busy = false;
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['2222:r'], 'the first idle tick publishes at once');
  });

  it('a permission taken away with no request event is seen within the refresh interval', async () => {
    const t = revisioned();
    await t.publisher.run();
    t.mayReview = false;
    t.advance(30_000);
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:r'], 'not yet: nothing moved and the refresh is not due');
    t.advance(30_000);
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:v'], 'listed, no longer to review');
  });

  it('a list that could not be written is tried again on the next tick, though nothing moved', async () => {
    const t = revisioned();
    t.failWrites = true;
    await t.publisher.run();
    assert.deepEqual(t.listed(), []);
    t.failWrites = false;
    t.advance(3000);
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:r']);
  });

  it('a list drawn without the user’s permissions (unreadable for a moment) is redrawn on the next tick', async () => {
    const t = revisioned();
    t.failPermissions = true;
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:v'], 'suggested reviews only: not shown as hers to review');
    t.failPermissions = false;
    t.advance(3000);
    await t.publisher.run();
    assert.deepEqual(t.listed(), ['1111:r']);
  });
});
