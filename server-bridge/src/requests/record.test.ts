import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {decodeRecord, EMPTY_RECORD, encodeRecord} from './record';

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
});
