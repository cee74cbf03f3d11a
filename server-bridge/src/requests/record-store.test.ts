import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {EMPTY_RECORD, type RequestRecord} from './record';
import {RecordStore} from './record-store';
import {fakePluginData} from './testing';

const lease = {owner: 'replica-a', until: 1_700_000_030_000, since: 1_700_000_000_000};
const posted = (r: RequestRecord): RequestRecord => ({...r, posts: [{channelId: 'c1', postId: 'p1'}], posted: true, stateAnnounced: 'PENDING', lease: null});

// The inbox publisher redraws every reviewer's inbox when the revision moves (app/inbox.ts).
describe('the record store says when what it remembers changed', () => {
  it('a claim and a release move the revision; reading the same record again does not', async () => {
    const plugin = fakePluginData();
    const store = new RecordStore(plugin, 'bridge');
    const start = store.revision;
    await store.modify('r1', (r) => ({...r, lease}), EMPTY_RECORD);
    const claimed = store.revision;
    assert.ok(claimed > start, 'a claim is a change');
    await store.load('r1');
    await store.load('r1');
    assert.equal(store.revision, claimed, 'a re-read of the same record (a new object each time) is no change');
    await store.modify('r1', posted);
    assert.ok(store.revision > claimed, 'cards posted and the lease released is a change');
    const released = store.revision;
    await store.modify('r1', () => null);
    assert.equal(store.revision, released, 'a change that declined is no change');
  });

  it('a record another replica changed is a change when read', async () => {
    const plugin = fakePluginData();
    const store = new RecordStore(plugin, 'bridge');
    await store.modify('r1', (r) => ({...r, lease}), EMPTY_RECORD);
    const before = store.revision;
    plugin.data.set('r1', {...plugin.data.get('r1'), lease: 'replica-b|1700000060000|1700000000000'});
    await store.load('r1');
    assert.ok(store.revision > before);
    assert.equal(store.lastKnown('r1')?.lease?.owner, 'replica-b');
  });
});
