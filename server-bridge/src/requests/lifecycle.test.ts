import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {RetryLater} from '../app/errors';
import {request, review} from '../testing/fixtures';
import {handlePending, handleResolved, workDue} from './lifecycle';
import {decodeRecord, EMPTY_RECORD, type RequestRecord} from './record';
import {FakeChat, fakeCard, fakeContext, fakePluginData} from './testing';

const card = fakeCard(request(), 'PENDING');

const REQ = request();
const posted: RequestRecord = {...EMPTY_RECORD, posted: true, generation: 1, stateAnnounced: 'PENDING', posts: [{channelId: 'c', postId: 'p'}]};

describe('workDue: nothing is written when nothing is due', () => {
  const rows: [string, Parameters<typeof workDue>[0], RequestRecord, boolean][] = [
    ['a new request', REQ, EMPTY_RECORD, true],
    ['carded and announced', REQ, posted, false],
    ['a new review', request({reviews: [review('alice', 'APPROVED')]}), posted, true],
    ['review already drawn and replied', request({reviews: [review('alice', 'APPROVED')]}), {...posted, generation: 11, reviewsAnnounced: 1}, false],
    ['resolved, not yet announced', request({state: 'APPROVED'}), posted, true],
    ['resolved and announced', request({state: 'APPROVED'}), {...posted, generation: 5, stateAnnounced: 'APPROVED'}, false],
    ['a lease left behind', REQ, {...posted, lease: {owner: 'x', until: 1, since: 1}}, true],
    ['resolved before any card, creation never announced', request({state: 'DENIED'}), EMPTY_RECORD, true],
  ];
  for (const [name, req, record, due] of rows) it(`${name} → ${due}`, () => assert.equal(workDue(req, record), due));
});

function world(replica = 'a') {
  const chat = new FakeChat();
  const plugin = fakePluginData();
  const clock = {now: 1_000};
  return {chat, plugin, clock, ctx: fakeContext(chat, plugin, replica, clock)};
}

function stored(plugin: ReturnType<typeof fakePluginData>, id = REQ.id): RequestRecord {
  return decodeRecord(plugin.data.get(id) ?? null);
}

describe('a new request', () => {
  it('costs one lease write and one final write, no reads; each card once, with buttons; one DM', async () => {
    const {chat, plugin, ctx} = world();
    let reads = 0;
    const getPluginData = plugin.getPluginData;
    plugin.getPluginData = async (id, p) => {
      reads++;
      return getPluginData(id, p);
    };
    await handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger);
    assert.equal(reads, 0);
    assert.equal(ctx.store.calls.writes, 2);
    assert.deepEqual(
      chat.posts.filter((p) => p.card).map((p) => [p.channelId, p.buttons]),
      [
        ['c-requests', true],
        ['dm-alice', true],
      ],
    );
    assert.equal(chat.count(`${REQ.id}/dm:PENDING`), 1);
    assert.equal(chat.calls.writes, 3, 'two cards and one DM: no edit');
    const record = stored(plugin);
    assert.equal(record.lease, null);
    assert.equal(record.posted, true);
    assert.equal(record.posts.length, 2);
  });
});

describe('exactly once across crashes and lost answers', () => {
  it('a card created but whose answer was lost is found, not posted again', async () => {
    const {chat, plugin, ctx} = world();
    chat.faults.push({op: 'postCard', times: 1, after: true});
    await assert.rejects(handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger));
    assert.ok(stored(plugin).lease, 'the lease stays: work is unfinished');
    await handlePending(ctx, REQ, await ctx.store.load(REQ.id), ctx.logger);
    assert.equal(chat.count(`${REQ.id}/card`), 2, 'one card per channel');
    assert.equal(chat.count(`${REQ.id}/dm:PENDING`), 1);
    assert.equal(stored(plugin).lease, null);
  });

  it('a crash after posting (nothing written down) is recovered by looking since the lease began', async () => {
    const {chat, plugin, ctx, clock} = world();
    // The crashed run: it took the lease, posted both cards and the DM, and died before writing.
    await ctx.store.modify(REQ.id, (r) => ({...r, lease: {owner: 'a', until: clock.now + 30_000, since: chat.clock}}), EMPTY_RECORD);
    await ctx.chat.postCard('c-requests', card);
    await ctx.chat.postCard('dm-alice', card);
    await ctx.chat.dm('mm-bob', REQ.id, {kind: 'dm', state: 'PENDING'}, 'x');
    // The same replica restarts at once (stable replica id) and resumes.
    await handlePending(ctx, REQ, await ctx.store.load(REQ.id), ctx.logger);
    assert.equal(chat.count(`${REQ.id}/card`), 2);
    assert.equal(chat.count(`${REQ.id}/dm:PENDING`), 1);
    assert.equal(stored(plugin).posts.length, 2);
  });

  it("another replica waits for a live lease, takes over a dead one's after it runs out", async () => {
    const a = world('a');
    const b = {...a, ctx: fakeContext(a.chat, a.plugin, 'b', a.clock)};
    await a.ctx.store.modify(REQ.id, (r) => ({...r, lease: {owner: 'a', until: a.clock.now + 30_000, since: a.chat.clock}}), EMPTY_RECORD);
    await a.ctx.chat.postCard('c-requests', card);
    await assert.rejects(handlePending(b.ctx, REQ, await b.ctx.store.load(REQ.id), b.ctx.logger), (err: unknown) => err instanceof RetryLater && (err.afterMs ?? 0) > 29_000);
    a.clock.now += 31_000;
    await handlePending(b.ctx, REQ, await b.ctx.store.load(REQ.id), b.ctx.logger);
    assert.equal(a.chat.count(`${REQ.id}/card`), 2, 'the card a posted is found, the missing one posted');
  });

  it('resolved while its cards were still being posted: cards found and finished, creation then resolution announced', async () => {
    const {chat, plugin, ctx} = world();
    chat.faults.push({op: 'postCard', times: 2, after: true});
    await assert.rejects(handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger));
    const denied = request({state: 'DENIED', reviews: [review('alice', 'DENIED')]});
    await handleResolved(ctx, denied, await ctx.store.load(REQ.id), ctx.logger);
    const cards = chat.posts.filter((p) => p.card);
    assert.equal(cards.length, 2, 'one card per recipient');
    assert.ok(
      cards.every((p) => p.card?.state === 'DENIED' && !p.buttons),
      'both show DENIED',
    );
    assert.equal(chat.count(`${REQ.id}/dm:PENDING`), 1);
    assert.equal(chat.count(`${REQ.id}/dm:DENIED`), 1);
    assert.ok(chat.posts.findIndex((p) => p.key.endsWith('dm:PENDING')) < chat.posts.findIndex((p) => p.key.endsWith('dm:DENIED')));
    assert.equal(chat.count(`${REQ.id}/review:0`), 2);
    assert.equal(stored(plugin).lease, null);
  });

  it('the requester’s mapping cannot be looked up for a moment: the resolution DM is sent on the retry, not skipped', async () => {
    const {chat, plugin, ctx} = world();
    await handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger);
    const lookup = ctx.mattermostIdOf.bind(ctx);
    let failures = 1;
    ctx.mattermostIdOf = async (user) => {
      if (failures-- > 0) throw new Error('14 UNAVAILABLE: Teleport restarting');
      return lookup(user);
    };
    const denied = request({state: 'DENIED', reviews: [review('alice', 'DENIED')]});
    await assert.rejects(handleResolved(ctx, denied, await ctx.store.load(REQ.id), ctx.logger), /UNAVAILABLE/);
    assert.notEqual(stored(plugin).stateAnnounced, 'DENIED', 'not noted as told');
    await handleResolved(ctx, denied, await ctx.store.load(REQ.id), ctx.logger);
    assert.equal(chat.count(`${REQ.id}/dm:DENIED`), 1);
    assert.equal(stored(plugin).stateAnnounced, 'DENIED');
    assert.equal(chat.count(`${REQ.id}/resolution:DENIED`), 2, 'one resolution reply per card, none doubled by the retry');
  });

  it('two tasks of one replica (the processor and reminders) never share its lease', async () => {
    const {chat, ctx} = world();
    const first = handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger);
    await assert.rejects(handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger), (err: unknown) => err instanceof RetryLater && /another task of this replica/.test(err.message));
    await first;
    await handlePending(ctx, REQ, await ctx.store.load(REQ.id), ctx.logger);
    assert.equal(chat.count(`${REQ.id}/card`), 2);
  });

  it('edits failing for a while: the cards keep their buttons and are redrawn once edits work', async () => {
    const {chat, ctx} = world();
    await handlePending(ctx, REQ, EMPTY_RECORD, ctx.logger);
    const reviewed = request({reviews: [review('alice', 'APPROVED')]});
    chat.faults.push({op: 'updateCard', times: 3, after: false});
    await assert.rejects(handlePending(ctx, reviewed, await ctx.store.load(REQ.id), ctx.logger));
    assert.ok(
      chat.posts.filter((p) => p.card).every((p) => p.buttons),
      'no card without buttons',
    );
    for (let i = 0; i < 3; i++) await handlePending(ctx, reviewed, await ctx.store.load(REQ.id), ctx.logger).catch(() => undefined);
    assert.equal(chat.count(`${REQ.id}/review:0`), 2, 'one reply per card for the one review');
    const approved = request({state: 'APPROVED', reviews: [review('alice', 'APPROVED'), review('ivan', 'APPROVED')]});
    await handleResolved(ctx, approved, await ctx.store.load(REQ.id), ctx.logger);
    await handleResolved(ctx, approved, await ctx.store.load(REQ.id), ctx.logger);
    assert.equal(chat.count(`${REQ.id}/review:1`), 2);
    assert.equal(chat.count(`${REQ.id}/resolution:APPROVED`), 2);
    assert.equal(chat.count(`${REQ.id}/dm:APPROVED`), 1);
    assert.ok(chat.posts.filter((p) => p.card).every((p) => p.card?.state === 'APPROVED' && !p.buttons));
  });
});
