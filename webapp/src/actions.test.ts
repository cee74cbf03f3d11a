import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {clickMissedResolution, staleClickMessage} from './actions';
import {cardPost, PROFILES, storyCard} from './test_support/fixtures';

describe('a click the card had already outlived', () => {
  const rows: [string, ReturnType<typeof storyCard>, string, boolean][] = [
    ['still pending: the click is in flight as usual', storyCard('PENDING'), PROFILES.alice.id, false],
    ['approved with the viewer among the reviewers: this click counted', storyCard('APPROVED'), PROFILES.alice.id, false],
    ['denied by someone else before the viewer clicked', storyCard('DENIED'), PROFILES.ivan.id, true],
    ['approved, viewer unknown', storyCard('APPROVED'), '', true],
  ];
  for (const [name, card, viewer, missed] of rows) {
    it(`${name} → ${missed ? 'say so' : 'nothing to say'}`, () => assert.equal(clickMissedResolution(cardPost(card), viewer || undefined), missed));
  }

  it('names the outcome the refreshed card shows', () => {
    assert.match(staleClickMessage(cardPost(storyCard('DENIED'))), /already denied/);
    assert.match(staleClickMessage(null), /out of date/);
  });
});
