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

async function settle(processor: RequestProcessor): Promise<void> {
  // Lets queued tasks (and the tasks they queue) run.
  for (let i = 0; i < 20 && processor.inFlight > 0; i++) await new Promise((r) => setTimeout(r, 5));
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
