import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import pino from 'pino';
import type {AccessRequest} from '../domain/request';
import {request, review} from '../testing/fixtures';
import type {TeleportPort} from '../teleport/port';
import {handlePending} from './lifecycle';
import {RequestProcessor} from './processor';
import {EMPTY_RECORD} from './record';
import {FakeChat, fakeContext, fakePluginData} from './testing';

/** The processor's side of Teleport: one request, as Teleport would answer for it now. */
function teleportWith(current: () => AccessRequest | null): TeleportPort {
  const partial: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
    getRequest: async () => current(),
    listRequests: async () => [],
  };
  return partial as TeleportPort;
}

/** Polls until `done` holds or `ms` pass; the caller asserts what it found either way. */
async function until(done: () => boolean, ms = 1000): Promise<void> {
  for (const deadline = Date.now() + ms; !done() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 5));
}

async function settle(processor: RequestProcessor): Promise<void> {
  // Lets queued tasks (and the tasks they queue) run.
  for (let i = 0; i < 20 && processor.inFlight > 0; i++) await new Promise((r) => setTimeout(r, 5));
}

/** Waits for a card, lets the work settle, and counts the cards. */
async function cardsOnceSettled(chat: FakeChat, processor: RequestProcessor): Promise<number> {
  await until(() => chat.posts.some((p) => p.card));
  await settle(processor);
  return chat.posts.filter((p) => p.card).length;
}

describe('work left idle under our lease is resumed (never abandoned)', () => {
  it('a request denied while its first attempt had failed, with no retry scheduled: the card ends DENIED, one reply, one DM', async () => {
    const chat = new FakeChat();
    const plugin = fakePluginData();
    const clock = {now: Date.now()};
    const ctx = fakeContext(chat, plugin, 'a', clock, ['c-requests']);
    chat.clock = clock.now;
    const pending = request();
    // The first attempt posted the card but its answer was lost: the lease stays, as after a failure.
    chat.faults.push({op: 'postCard', times: 1, after: true});
    await assert.rejects(handlePending(ctx, pending, EMPTY_RECORD, ctx.logger));
    const denied: AccessRequest = {...pending, state: 'DENIED', reviews: [review('alice', 'DENIED')]};
    const processor = new RequestProcessor(
      teleportWith(() => denied),
      ctx,
      pino({level: 'silent'}),
      {concurrency: 4, retryMinMs: 10, retryMaxMs: 50},
    );
    processor.resumeIdleWork();
    await settle(processor);
    const cards = chat.posts.filter((p) => p.card);
    assert.equal(cards.length, 1, 'the card found, not posted again');
    assert.equal(cards[0]?.card?.state, 'DENIED');
    assert.equal(chat.count(`${pending.id}/resolution:DENIED`), 1);
    assert.equal(chat.count(`${pending.id}/dm:DENIED`), 1);
    assert.equal(ctx.store.leasedTo('a', clock.now).length, 0, 'the lease is released');
    await processor.drain();
  });

  it('leaves alone work that is done, and a lease another live replica holds', async () => {
    const chat = new FakeChat();
    const plugin = fakePluginData();
    const clock = {now: Date.now()};
    const ctx = fakeContext(chat, plugin, 'a', clock, ['c-requests']);
    const done = request();
    await handlePending(ctx, done, EMPTY_RECORD, ctx.logger);
    const failing = new FakeChat();
    failing.faults.push({op: 'postCard', times: 1, after: false});
    const other = fakeContext(failing, plugin, 'b', clock, ['c-requests']);
    const theirs = request({id: 'f6b1a2c3-0000-4000-8000-00000000000b'});
    await assert.rejects(handlePending(other, theirs, EMPTY_RECORD, other.logger));
    await ctx.store.load(theirs.id);
    let asked = 0;
    const processor = new RequestProcessor(
      teleportWith(() => {
        asked++;
        return null;
      }),
      ctx,
      pino({level: 'silent'}),
      {concurrency: 4, retryMinMs: 10, retryMaxMs: 50},
    );
    processor.resumeIdleWork();
    await settle(processor);
    assert.equal(asked, 0, 'nothing was re-read');
    clock.now += 31_000;
    processor.resumeIdleWork();
    await settle(processor);
    assert.equal(asked, 1, "once replica b's lease has run out, its work is looked at again");
    await processor.drain();
  });
});

/** One replica's lifecycle over a fake chat, and a request as it is before and after alice's denial. */
function rig() {
  const chat = new FakeChat();
  const clock = {now: Date.now()};
  const ctx = fakeContext(chat, fakePluginData(), 'a', clock, ['c-requests']);
  chat.clock = clock.now;
  const pending = request();
  const denied: AccessRequest = {...pending, state: 'DENIED', reviews: [review('alice', 'DENIED')], resolveReason: 'not during the freeze'};
  return {chat, clock, ctx, pending, denied};
}

describe('a snapshot read before a newer event never stands in for it', () => {
  it("a retry's re-read answered with the PENDING snapshot after the DENIED event was queued: the denial is still carried out", async () => {
    const {chat, clock, ctx, pending, denied} = rig();
    // The card is posted but its answer lost (first attempt), and so is the requester's "new" DM
    // when the denial's turn finishes the posting: each attempt leaves the lease and a retry.
    chat.faults.push({op: 'postCard', times: 1, after: true}, {op: 'dm', times: 1, after: true});
    // The retry's re-read of the request is answered late, with what Teleport had before alice's
    // review: the read raced the DENIED event (the scenario's bridge log showed exactly this).
    let answerFirstRead: (r: AccessRequest) => void = () => undefined;
    const firstRead = new Promise<AccessRequest>((resolve) => (answerFirstRead = resolve));
    let reads = 0;
    const teleport: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
      getRequest: async () => (++reads === 1 ? firstRead : denied),
      listRequests: async () => [],
    };
    const processor = new RequestProcessor(teleport as TeleportPort, ctx, pino({level: 'silent'}), {concurrency: 4, retryMinMs: 10, retryMaxMs: 50});

    processor.handle({type: 'put', request: pending});
    await until(() => reads === 1);
    assert.equal(reads, 1, 'the first attempt failed and its retry is re-reading the request');
    processor.handle({type: 'put', request: denied});
    answerFirstRead(pending);

    const card = () => chat.posts.find((p) => p.card)?.card;
    await until(() => card()?.state === 'DENIED' && chat.count(`${pending.id}/dm:DENIED`) === 1);
    assert.equal(chat.posts.filter((p) => p.card).length, 1, 'one card, found rather than posted again');
    assert.equal(card()?.state, 'DENIED', 'the card shows the denial');
    assert.equal(chat.count(`${pending.id}/review:0`), 1, "one thread reply for alice's review");
    assert.equal(chat.count(`${pending.id}/resolution:DENIED`), 1, 'one resolution reply');
    assert.equal(chat.count(`${pending.id}/dm:PENDING`), 1, 'the requester heard once of the request');
    assert.equal(chat.count(`${pending.id}/dm:DENIED`), 1, 'and once of the denial');
    assert.deepEqual(processor.pendingRequests(), [], 'the denied request is no longer tracked as pending');
    assert.equal(ctx.store.leasedTo('a', clock.now).length, 0, 'the lease is released');
    await processor.drain();
  });

  it('a catch-up listing made before the DENIED event was queued still shows the request PENDING: the denial is still carried out', async () => {
    const {chat, ctx, pending, denied} = rig();
    chat.faults.push({op: 'postCard', times: 1, after: true}, {op: 'dm', times: 1, after: true});
    const teleport: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
      getRequest: async () => denied,
      // A reconnect's listing, read before alice's review and answered after its event.
      listRequests: async (filter) => (filter?.state === 'PENDING' ? [pending] : []),
    };
    const processor = new RequestProcessor(teleport as TeleportPort, ctx, pino({level: 'silent'}), {concurrency: 4, retryMinMs: 10, retryMaxMs: 50});

    processor.handle({type: 'put', request: pending});
    processor.handle({type: 'put', request: denied});
    processor.handle({type: 'init'});

    const card = () => chat.posts.find((p) => p.card)?.card;
    await until(() => card()?.state === 'DENIED' && chat.count(`${pending.id}/dm:DENIED`) === 1);
    assert.equal(chat.posts.filter((p) => p.card).length, 1, 'one card');
    assert.equal(card()?.state, 'DENIED', 'the card shows the denial');
    assert.equal(chat.count(`${pending.id}/resolution:DENIED`), 1, 'one resolution reply');
    assert.equal(chat.count(`${pending.id}/dm:DENIED`), 1, 'the requester heard of the denial');
    assert.deepEqual(processor.pendingRequests(), [], 'the listing did not bring the pending snapshot back');
    await processor.drain();
  });
});

describe('a pass that keeps failing backs off', () => {
  it('each retry re-reads the request, and the attempts (and waits) grow until the card is posted once', async () => {
    const {chat, ctx, pending} = rig();
    // Mattermost refuses the card five times: every retry's re-read of the request works, its pass does not.
    chat.faults.push({op: 'postCard', times: 5, after: false});
    const lines: {attempt?: number; retry_in_ms?: number}[] = [];
    const logger = pino({level: 'debug'}, {write: (line: string) => void lines.push(JSON.parse(line) as {attempt?: number})});
    const processor = new RequestProcessor(
      teleportWith(() => pending),
      ctx,
      logger,
      {concurrency: 4, retryMinMs: 10, retryMaxMs: 1000},
    );
    processor.handle({type: 'put', request: pending});
    await until(() => chat.posts.some((p) => p.card), 3000);
    const attempts = lines.filter((l) => l.attempt !== undefined);
    assert.deepEqual(
      attempts.map((l) => l.attempt),
      [1, 2, 3, 4, 5],
      'one attempt count for the whole run of failures',
    );
    assert.ok(attempts[4]!.retry_in_ms! >= 80, `the fifth wait is at least 8 x the first's minimum: ${attempts.map((l) => l.retry_in_ms).join(', ')} ms`);
    assert.equal(chat.posts.filter((p) => p.card).length, 1);
    await processor.drain();
  });
});

describe('a reconnect during a burst', () => {
  it('a catch-up listing the very snapshot whose card is being posted queues nothing more: one card, no plugin-data read', async () => {
    const {chat, ctx, pending} = rig();
    // Mattermost takes its time over the card: the watch drops and the listing arrives meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const post = chat.postCard.bind(chat);
    chat.postCard = async (channelId, card) => {
      await held;
      return post(channelId, card);
    };
    let listed = false;
    const teleport: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
      getRequest: async () => pending,
      listRequests: async (filter) => {
        listed = true;
        return filter?.state === 'PENDING' ? [pending] : [];
      },
    };
    const lines: {msg?: string; already_queued?: number}[] = [];
    const logger = pino({level: 'info'}, {write: (line: string) => void lines.push(JSON.parse(line) as {msg?: string})});
    const processor = new RequestProcessor(teleport as TeleportPort, ctx, logger, {concurrency: 4, retryMinMs: 10, retryMaxMs: 50});

    processor.handle({type: 'put', request: pending});
    processor.handle({type: 'init'});
    await until(() => listed && lines.some((l) => l.msg === 'caught up with pending requests'));
    release();

    assert.equal(await cardsOnceSettled(chat, processor), 1, 'one card');
    assert.equal(ctx.store.calls.reads, 0, 'the listing did not queue a second pass that re-reads the plugin data');
    assert.equal(lines.find((l) => l.msg === 'caught up with pending requests')?.already_queued, 1, 'the log says the listed request was already in hand');
    await processor.drain();
  });

  it('a request created while the watch was down is carded from the listing without reading its empty plugin data first', async () => {
    const {chat, ctx, pending} = rig();
    let listings = 0;
    const teleport: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
      getRequest: async () => pending,
      // Start-up's listing is empty; the reconnect's holds the request created during the gap.
      listRequests: async (filter) => (filter?.state === 'PENDING' && ++listings === 2 ? [pending] : []),
    };
    const processor = new RequestProcessor(teleport as TeleportPort, ctx, pino({level: 'silent'}), {concurrency: 4, retryMinMs: 10, retryMaxMs: 50});

    processor.handle({type: 'init'});
    await until(() => listings === 1);
    await settle(processor);
    processor.handle({type: 'init'});

    assert.equal(await cardsOnceSettled(chat, processor), 1, 'one card');
    assert.equal(ctx.store.calls.reads, 0, 'no plugin-data read before the claim');
    await processor.drain();
  });

  it('at start-up a listed request is read first: it may have been carded before the restart', async () => {
    const {chat, ctx, pending} = rig();
    const teleport: Pick<TeleportPort, 'getRequest' | 'listRequests'> = {
      getRequest: async () => pending,
      listRequests: async (filter) => (filter?.state === 'PENDING' ? [pending] : []),
    };
    const processor = new RequestProcessor(teleport as TeleportPort, ctx, pino({level: 'silent'}), {concurrency: 4, retryMinMs: 10, retryMaxMs: 50});
    processor.handle({type: 'init'});
    assert.equal(await cardsOnceSettled(chat, processor), 1, 'one card');
    assert.equal(ctx.store.calls.reads, 1, 'its record was read before the claim');
    await processor.drain();
  });
});
