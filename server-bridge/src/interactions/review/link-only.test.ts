import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {userText} from '../../errors/explain';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, pendingRequest, settingsOf, teleportUser} from '../../reviews/testing';
import {testContext} from '../testing';
import {createReviewer} from './reviewer';

const REQ = '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5b';

/** A click while reviews are off, on a cluster with or without Teleport's review page. */
async function clickWhileReviewsOff(advancedAccessWorkflows: boolean): Promise<string> {
  const teleport = fakeTeleport({users: [teleportUser('alice', {mattermost_user_id: ['mm-alice']})], requests: [pendingRequest(REQ, 'bob')]});
  teleport.cluster = {...teleport.cluster, advancedAccessWorkflows};
  const mattermost = fakeMattermost([mattermostUser('mm-alice', 'alice')]);
  const settings = settingsOf({reviewsEnabled: false});
  const {logger} = captureLogger();
  const reviewer = createReviewer(testContext({teleport, mattermost, settings, logger, secret: Buffer.alloc(32, 1), now: () => Date.now()}));
  const result = await reviewer.review({mattermostUserId: 'mm-alice', requestId: REQ, decision: 'approve', reason: '', channelId: 'c1', postId: 'p1', surface: 'button'});
  assert.equal(result.ok ? 'reviewed' : result.error.code, 'link_only');
  return result.ok ? '' : userText(result.error.failure);
}

describe('the answer to a click on a link-only card', () => {
  it('links to the request in the Teleport Web UI', async () => {
    assert.match(await clickWhileReviewsOff(true), /turned off by the administrator.*\[Open the request in Teleport\]\(https:\/\/teleport\.example\.com\/web\/requests\/0190a6b2-/);
  });

  it('has no link on Community Edition, which has no review page (as the card itself)', async () => {
    const message = await clickWhileReviewsOff(false);
    assert.match(message, /turned off by the administrator/);
    assert.doesNotMatch(message, /Open the request in Teleport|\/web\/requests\//);
  });
});
