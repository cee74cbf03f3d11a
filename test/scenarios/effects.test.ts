/**
 * The auditor itself, without a bridge: posts laid out by hand in the in-repo Mattermost peer
 * (a good card, a duplicate, a missing DM card, a card without actions, a card whose action does
 * not answer, doubled DMs and replies) must come out exactly as counted, so a clean row from the
 * fault scenarios means what it says.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {CARD_PROPS_KEY, REQUEST_ID_PROPS_KEY} from '@tma/card-contract';
import {clientFor, type Client4} from '../peers/mattermost/client4';
import {startMattermostPeer, type InRepoMattermostPeer} from '../peers/mattermost/index';
import {draft, startIntegration, type FakeIntegration} from '../peers/mattermost/testing';
import {clean, EffectsAuditor, type BurstRequest} from './effects';

describe('effects auditor', {skip: process.env.TMA_PEERS === 'real' ? 'lays posts out in the in-repo peer' : false}, () => {
  let peer: InRepoMattermostPeer;
  let bot: Client4;
  let bridge: FakeIntegration;

  before(async () => {
    peer = await startMattermostPeer();
    bot = clientFor(peer.url, peer.bot.token);
    bridge = await startIntegration();
    // Stands in for the bridge: a click on a card it signed is refused politely.
    bridge.reply(() => ({body: {ephemeral_text: 'Teleport does not allow you to review requests for dbadmin.'}}));
  });
  after(async () => {
    await bridge.stop();
    await peer.stop();
  });

  const cardPost = async (channelId: string, requestId: string, opts: {state?: string; actions?: boolean; url?: string} = {}) => {
    const url = opts.url ?? `${bridge.url}/mm/action`;
    const integration = {url, context: {token: 't'}};
    return bot.createPost(
      draft({
        channel_id: channelId,
        type: 'custom_teleport_request',
        message: `card ${requestId}`,
        props: {
          [REQUEST_ID_PROPS_KEY]: requestId,
          [CARD_PROPS_KEY]: {state: opts.state ?? 'PENDING', buttons: {enabled: true}},
          attachments: [
            opts.actions === false
              ? {}
              : {
                  actions: [
                    {id: 'approve', type: 'button', name: 'Approve', integration},
                    {id: 'deny', type: 'button', name: 'Deny', integration},
                  ],
                },
          ],
        },
      }),
    );
  };
  const dmWith = async (user: 'alice' | 'bob') => (await bot.createDirectChannel([peer.bot.id, peer.users[user].id])).id;

  it('counts duplicates, missing cards, broken buttons, stale cards, DMs and replies exactly', async () => {
    const channel = peer.channels.requests.id;
    const aliceDm = await dmWith('alice');
    const bobDm = await dmWith('bob');
    const requests: BurstRequest[] = [
      {id: 'req-good', roles: ['dbadmin'], suggestedReviewers: ['alice']},
      {id: 'req-dup', roles: ['dbadmin'], suggestedReviewers: []},
      {id: 'req-nodm', roles: ['dbadmin'], suggestedReviewers: ['alice']},
      {id: 'req-noactions', roles: ['dbadmin'], suggestedReviewers: []},
      {id: 'req-deadlink', roles: ['dbadmin'], suggestedReviewers: []},
      {id: 'req-denied', roles: ['dbadmin'], suggestedReviewers: []},
    ];
    await cardPost(channel, 'req-good');
    const goodDm = await cardPost(aliceDm, 'req-good');
    await cardPost(channel, 'req-dup');
    await cardPost(channel, 'req-dup');
    await cardPost(channel, 'req-nodm');
    await cardPost(channel, 'req-noactions', {actions: false});
    await cardPost(channel, 'req-deadlink', {url: 'http://127.0.0.1:9/gone'});
    const denied = await cardPost(channel, 'req-denied', {state: 'PENDING'});
    for (const r of requests)
      await bot.createPost(
        draft({channel_id: bobDm, message: `⏳ Your access request \`${r.id}\` for \`dbadmin\` is waiting for review.`, props: {teleport_effect: `${r.id}/dm:PENDING`}}),
      );
    // bob is told twice that req-dup exists, and never that req-denied was denied.
    await bot.createPost(
      draft({channel_id: bobDm, message: '⏳ Your access request `req-dup` for `dbadmin` is waiting for review.', props: {teleport_effect: 'req-dup/dm:PENDING'}}),
    );
    // alice's review of req-good is replied twice under the DM card, never under the channel card.
    for (let i = 0; i < 2; i++) await bot.createPost(draft({channel_id: aliceDm, root_id: goodDm.id, message: '✅ `alice` approved at 2026-01-01T00:00:00Z'}));
    await bot.createPost(draft({channel_id: channel, root_id: denied.id, message: '❌ `alice` denied at 2026-01-01T00:00:00Z'}));

    const audit = await new EffectsAuditor(peer).audit({
      requests,
      reviews: [
        {requestId: 'req-good', author: 'alice', decision: 'APPROVED'},
        {requestId: 'req-denied', author: 'alice', decision: 'DENIED'},
      ],
      clickSample: 100,
      ephemeralFor: (id) => peer.ephemeralFor(id),
    });
    const s = audit.summary;
    assert.equal(s.expectedCards, 8);
    assert.equal(s.cards, 8);
    assert.equal(s.missing, 1, "req-nodm has no card in alice's DM");
    assert.equal(s.duplicates, 1, 'req-dup has two channel cards');
    // req-noactions shows enabled buttons without actions; req-deadlink's click fails upstream.
    assert.equal(s.brokenButtons, 2, s.examples.join('\n'));
    assert.equal(s.stale, 1, 'req-denied still shows PENDING');
    assert.deepEqual([s.dmsLost, s.dmsDoubled], [1, 1]);
    // req-good: 2 cards × 1 review (channel card missing it, DM card doubled); req-denied: review + resolution.
    assert.deepEqual([s.repliesExpected, s.repliesMissing, s.repliesDoubled], [4, 2, 1]);
    assert.ok(s.clicked >= 4, `clicked ${s.clicked}`);
    assert.equal(clean(s), false);
  });
});
