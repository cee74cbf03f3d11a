import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Post} from '@mattermost/types/posts';
import {clientFor, type Client4} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {rejection, startIntegration, draft, type FakeIntegration} from './testing';

describe('mattermost peer: post actions', () => {
  let peer: InRepoMattermostPeer;
  let bridge: FakeIntegration;
  let bot: Client4;
  let alice: Client4;

  const cardPost = async (actionId = 'approve', extraProps: Record<string, unknown> = {}): Promise<Post> =>
    bot.createPost(
      draft({
        channel_id: peer.channels.requests.id,
        message: 'bob requests dbadmin',
        type: 'custom_teleport_request',
        props: {
          ...extraProps,
          card: {state: 'pending'},
          attachments: [
            {
              actions: [
                {id: actionId, type: 'button', name: 'Approve', integration: {url: `${bridge.url}/mm/action`, context: {request_id: 'r1', action: 'approve', sig: 'hmac'}}},
              ],
            },
          ],
        },
      }),
    );

  before(async () => {
    peer = await startMattermostPeer();
    bridge = await startIntegration();
    bot = clientFor(peer.url, peer.bot.token);
    alice = clientFor(peer.url, peer.users.alice.token);
  });
  after(async () => {
    await bridge.stop();
    await peer.stop();
  });

  it('routes a click to the integration with the stored context and the attested clicker', async () => {
    const post = await cardPost();
    bridge.reply(() => ({
      body: {
        update: {message: 'approved by alice', props: {card: {state: 'approved'}}},
        ephemeral_text: 'You approved <https://teleport.example/r1|r1>.',
      },
    }));
    const result = await alice.doPostAction(post.id, 'approve');

    assert.equal(result.status, 'OK');
    assert.ok(result.trigger_id, 'the clicker receives a trigger id');
    const sent = JSON.parse(bridge.received.at(-1)?.body ?? '{}') as Record<string, unknown>;
    assert.equal(bridge.received.at(-1)?.headers['content-type'], 'application/json');
    assert.deepEqual(sent['context'], {request_id: 'r1', action: 'approve', sig: 'hmac'});
    assert.equal(sent['user_id'], peer.users.alice.id);
    assert.equal(sent['user_name'], 'alice');
    assert.equal(sent['channel_id'], peer.channels.requests.id);
    assert.equal(sent['channel_name'], 'access-requests');
    assert.equal(sent['team_id'], peer.team.id);
    assert.equal(sent['team_domain'], 'acme');
    assert.equal(sent['post_id'], post.id);
    assert.equal(sent['type'], 'button');
    assert.notEqual(sent['trigger_id'], result.trigger_id, 'the integration gets the signed trigger, the client a short id');

    const after = await alice.getPost(post.id);
    assert.equal(after.message, 'approved by alice');
    assert.deepEqual(after.props, {card: {state: 'approved'}}, 'props replaced wholesale (attachments gone)');
    assert.equal(after.type, 'custom_teleport_request');

    const inbox = peer.ephemeralFor(peer.users.alice.id);
    assert.equal(inbox.at(-1)?.message, 'You approved [r1](https://teleport.example/r1).');
    assert.equal(inbox.at(-1)?.root_id, post.id, 'threaded to the root');
    assert.equal(inbox.at(-1)?.channel_id, peer.channels.requests.id);
  });

  it('keeps props when the update has none, and blanks a message the update leaves out', async () => {
    const post = await cardPost();
    bridge.reply(() => ({body: {update: {}}}));
    await alice.doPostAction(post.id, 'approve');
    const after = await alice.getPost(post.id);
    assert.deepEqual(after.props['card'], {state: 'pending'});
    assert.equal(after.message, '');
  });

  it('retains override and webhook props across an update', async () => {
    const post = await cardPost('approve', {from_webhook: 'true'});
    bridge.reply(() => ({body: {update: {message: 'x', props: {card: {state: 'denied'}, override_username: 'evil'}}}}));
    await alice.doPostAction(post.id, 'approve');
    const after = await alice.getPost(post.id);
    assert.equal(after.props['from_webhook'], 'true');
    assert.equal(after.props['override_username'], undefined, 'a retained key absent before stays absent');
  });

  it('turns a failing integration into 400 action_integration for the clicker', async () => {
    const post = await cardPost();
    bridge.reply(() => ({status: 403, body: {error: 'no'}}));
    const err = await rejection(() => alice.doPostAction(post.id, 'approve'));
    assert.equal(err.status_code, 400);
    assert.equal(err.server_error_id, 'api.post.do_action.action_integration.app_error');

    bridge.reply(() => ({body: 'not json', contentType: 'text/plain'}));
    const bad = await rejection(() => alice.doPostAction(post.id, 'approve'));
    assert.equal(bad.server_error_id, 'api.post.do_action.action_integration.app_error');
    assert.equal((await alice.getPost(post.id)).message, 'bob requests dbadmin', 'nothing applied');
  });

  it('ignores an `error` field in a 200 reply (the server response type has none)', async () => {
    const post = await cardPost();
    bridge.reply(() => ({body: {error: {message: 'You cannot review your own request'}}}));
    assert.equal((await alice.doPostAction(post.id, 'approve')).status, 'OK');
    assert.equal((await alice.getPost(post.id)).message, 'bob requests dbadmin');
  });

  it('gives up on a slow integration after the outgoing timeout', async () => {
    const post = await cardPost();
    peer.setIntegrationTimeout(50);
    try {
      bridge.reply(() => new Promise((resolve) => setTimeout(() => resolve({body: {update: {message: 'too late'}}}), 1000)));
      const err = await rejection(() => alice.doPostAction(post.id, 'approve'));
      assert.equal(err.server_error_id, 'api.post.do_action.action_integration.app_error');
      assert.equal((await alice.getPost(post.id)).message, 'bob requests dbadmin');
    } finally {
      peer.setIntegrationTimeout(30000);
    }
  });

  it('refuses loopback integrations unless AllowedUntrustedInternalConnections lists them', async () => {
    const post = await cardPost();
    const admin = clientFor(peer.url, peer.adminToken);
    const config = await admin.getConfig();
    await admin.updateConfig({...config, ServiceSettings: {...config.ServiceSettings, AllowedUntrustedInternalConnections: ''}});
    try {
      const calls = bridge.received.length;
      const err = await rejection(() => alice.doPostAction(post.id, 'approve'));
      assert.equal(err.server_error_id, 'api.post.do_action.action_integration.app_error');
      assert.equal(bridge.received.length, calls, 'the integration was never called');
    } finally {
      await admin.updateConfig(config);
    }
  });

  it('a click on an action the card no longer has is the real server’s 404 "Invalid action id.", and the integration is not called', async () => {
    // Seen on the real Mattermost 11.4 (test/peers/real/README.md): a stale client clicking Approve
    // on a card the bridge already redrew without buttons.
    const post = await cardPost();
    await bot.patchPost({id: post.id, props: {card: {state: 'approved'}, attachments: [{text: 'resolved'}]}});
    const calls = bridge.received.length;
    const err = await rejection(() => alice.doPostAction(post.id, 'approve'));
    assert.equal(err.status_code, 404);
    assert.equal(err.server_error_id, 'api.post.do_action.action_id.app_error');
    assert.equal(err.message, 'Invalid action id.');
    assert.equal(bridge.received.length, calls, 'the integration was never called');
  });

  it('refuses unknown actions, non-alphanumeric ids and clickers who cannot read the channel', async () => {
    const post = await cardPost();
    assert.equal((await rejection(() => alice.doPostAction(post.id, 'deny'))).status_code, 404);

    const underscored = await cardPost('approve_1');
    assert.equal((await rejection(() => alice.doPostAction(underscored.id, 'approve_1'))).status_code, 404);

    peer.removeFromChannel(peer.channels.requests.id, peer.users.dave.id);
    const dave = clientFor(peer.url, peer.users.dave.token);
    assert.equal((await rejection(() => dave.doPostAction(post.id, 'approve'))).status_code, 403);
    peer.addToChannel(peer.channels.requests.id, peer.users.dave.id);
  });
});
