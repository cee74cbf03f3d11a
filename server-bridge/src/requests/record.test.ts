import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {decodeRecord, EMPTY_RECORD, encodeRecord, encodeWrite, type RecordWrite, type RequestRecord} from './record';
import {fakePluginData} from './testing';

describe('request record in plugin data', () => {
  it('round-trips', () => {
    const record = {
      posts: [
        {channelId: 'c1', postId: 'p1'},
        {channelId: 'c2', postId: 'p2'},
      ],
      posted: true,
      reviewsAnnounced: 2,
      stateAnnounced: 'APPROVED' as const,
      generation: 25,
      lease: null,
    };
    assert.deepEqual(decodeRecord(encodeRecord(record)), record);
    const leased = {...record, lease: {owner: 'host-a1b2c3', until: 1700000030000, since: 1700000000000}};
    assert.deepEqual(decodeRecord(encodeRecord(leased)), leased);
  });
  it('nothing stored is the empty record', () => assert.deepEqual(decodeRecord(null), EMPTY_RECORD));
  it('empty record encodes to all-empty values (matches "no entry" in a CAS expectation)', () => {
    assert.ok(Object.values(encodeRecord(EMPTY_RECORD)).every((v) => v === ''));
  });
  it('a corrupt field does not lose the posts', () => {
    const r = decodeRecord({posts: 'c1/p1,garbage,c2/p2', reviews_announced: 'x', state_announced: 'BOGUS'});
    assert.deepEqual(r.posts, [
      {channelId: 'c1', postId: 'p1'},
      {channelId: 'c2', postId: 'p2'},
    ]);
    assert.equal(r.reviewsAnnounced, 0);
    assert.equal(r.stateAnnounced, '');
  });
  it('a lease that does not parse counts as none', () => {
    assert.equal(decodeRecord({lease: 'no-separators'}).lease, null);
    assert.equal(decodeRecord({lease: '|1|2'}).lease, null);
  });

  describe('a compare-and-swap write', () => {
    const lease = {owner: 'host-a', until: 1700000030000, since: 1700000000000};
    const posted: RequestRecord = {...EMPTY_RECORD, posts: [{channelId: 'c1', postId: 'p1'}], posted: true, generation: 3, stateAnnounced: 'PENDING'};
    // fakePluginData has Teleport's UpdatePluginData semantics (api/types/plugin_data.go): every
    // expected key must match (empty = absent), then Set is merged into the entry, empty deleting.
    const apply = async (before: RequestRecord, w: RecordWrite) => {
      const plugin = fakePluginData();
      plugin.data.set('r1', stored(before));
      await plugin.updatePluginData('r1', 'bridge', w.set, w.expect);
      return plugin.data.get('r1');
    };
    const stored = (r: RequestRecord) => Object.fromEntries(Object.entries(encodeRecord(r)).filter(([, v]) => v !== ''));
    const cases: [name: string, expected: RequestRecord, next: RequestRecord, setKeys: string[]][] = [
      ['the first claim', EMPTY_RECORD, {...EMPTY_RECORD, lease}, ['lease']],
      ['cards posted, the lease released', {...EMPTY_RECORD, lease}, posted, ['posts', 'posted', 'generation', 'state_announced', 'lease']],
      ['a claim on a posted request', posted, {...posted, lease}, ['lease']],
      ['a redraw and a review announced', {...posted, lease}, {...posted, generation: 4, reviewsAnnounced: 1}, ['generation', 'reviews_announced', 'lease']],
      ['nothing changed', posted, posted, []],
    ];
    for (const [name, expected, next, setKeys] of cases) {
      it(`${name}: expects the whole record, sets only what changes, and leaves exactly the new record`, async () => {
        const w = encodeWrite(next, expected);
        assert.deepEqual(w.expect, encodeRecord(expected));
        assert.deepEqual(Object.keys(w.set).sort(), [...setKeys].sort());
        assert.deepEqual(await apply(expected, w), stored(next));
      });
    }
    it('fails when the stored record moved on, even in a key the write does not set', async () => {
      const w = encodeWrite({...posted, lease}, posted);
      await assert.rejects(apply({...posted, reviewsAnnounced: 1}, w), {kind: 'CompareFailed'});
      await assert.rejects(apply({...posted, lease: {...lease, owner: 'host-b'}}, w), {kind: 'CompareFailed'});
    });
  });
});
