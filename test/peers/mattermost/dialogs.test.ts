import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {DialogSubmission} from '@mattermost/types/integrations';
import type {Post} from '@mattermost/types/posts';
import {clientFor, type Client4} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {rejection, startIntegration, draft, type FakeIntegration} from './testing';

const dialog = {callback_id: 'deny', title: 'Deny request', elements: [{display_name: 'Reason', name: 'reason', type: 'textarea'}], state: 'signed-state'};

describe('mattermost peer: interactive dialogs', () => {
  let peer: InRepoMattermostPeer;
  let bridge: FakeIntegration;
  let bot: Client4;
  let alice: Client4;
  let post: Post;

  const openDialog = (triggerId: string) =>
    fetch(`${peer.url}/api/v4/actions/dialogs/open`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({trigger_id: triggerId, url: `${bridge.url}/mm/dialog`, dialog}),
    });

  /** Clicks Deny and returns the signed trigger id the integration received. */
  const clickForTrigger = async (): Promise<string> => {
    bridge.reply(() => ({body: {}}));
    await alice.doPostAction(post.id, 'deny');
    return (JSON.parse(bridge.received.at(-1)?.body ?? '{}') as {trigger_id: string}).trigger_id;
  };

  before(async () => {
    peer = await startMattermostPeer();
    bridge = await startIntegration();
    bot = clientFor(peer.url, peer.bot.token);
    alice = clientFor(peer.url, peer.users.alice.token);
    post = await bot.createPost(
      draft({
        channel_id: peer.channels.requests.id,
        message: 'card',
        props: {attachments: [{actions: [{id: 'deny', type: 'button', name: 'Deny', integration: {url: `${bridge.url}/mm/action`, context: {}}}]}]},
      }),
    );
  });
  after(async () => {
    await bridge.stop();
    await peer.stop();
  });

  it('opens a dialog for the clicker with the trigger the integration received (no auth needed)', async () => {
    const triggerId = await clickForTrigger();
    const res = await openDialog(triggerId);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {status: 'OK'});
    const opened = peer.openedDialogs(peer.users.alice.id);
    assert.equal(opened.length, 1);
    assert.equal(opened[0]?.url, `${bridge.url}/mm/dialog`);
    assert.deepEqual(opened[0]?.dialog, dialog);
    assert.equal(peer.openedDialogs(peer.users.bob.id).length, 0);
  });

  it('refuses an expired trigger', async () => {
    peer.setTriggerTTL(1);
    try {
      const triggerId = await clickForTrigger();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const res = await openDialog(triggerId);
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as {id: string}).id, 'interactive_message.decode_trigger_id.expired');
    } finally {
      peer.setTriggerTTL(3000);
    }
  });

  it('refuses a trigger re-signed for another user', async () => {
    const triggerId = await clickForTrigger();
    const [client, , millis, sig] = Buffer.from(triggerId, 'base64').toString().split(':');
    const forged = Buffer.from(`${client}:${peer.users.bob.id}:${millis}:${sig}`).toString('base64');
    const res = await openDialog(forged);
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as {id: string}).id, 'interactive_message.decode_trigger_id.verify_signature_failed');
  });

  it('submits as the authenticated user whatever user_id the client sends, and relays errors', async () => {
    bridge.reply(() => ({body: {errors: {reason: 'A reason is required'}}}));
    const submission: DialogSubmission = {
      url: `${bridge.url}/mm/dialog`,
      callback_id: 'deny',
      state: 'signed-state',
      user_id: peer.users.bob.id,
      channel_id: peer.channels.requests.id,
      team_id: peer.team.id,
      submission: {reason: ''},
      cancelled: false,
    };
    const response = await alice.submitInteractiveDialog(submission);
    assert.deepEqual(response, {errors: {reason: 'A reason is required'}});
    const sent = JSON.parse(bridge.received.at(-1)?.body ?? '{}') as Record<string, unknown>;
    assert.deepEqual(sent, {
      type: 'dialog_submission',
      callback_id: 'deny',
      state: 'signed-state',
      user_id: peer.users.alice.id,
      channel_id: peer.channels.requests.id,
      team_id: peer.team.id,
      submission: {reason: ''},
      cancelled: false,
    });

    bridge.reply(() => ({body: ''}));
    assert.deepEqual(await alice.submitInteractiveDialog({...submission, submission: {reason: 'ok'}}), {});
  });

  it('refuses a submission without a team_id with 403, as the real server does', async () => {
    // Seen on the real Mattermost 11.4 (test/peers/real/README.md): it checks view_team on the
    // submitted team even when it is empty, so a client must always send the team.
    const calls = bridge.received.length;
    const err = await rejection(() =>
      alice.submitInteractiveDialog({
        url: `${bridge.url}/mm/dialog`,
        callback_id: 'deny',
        state: 's',
        user_id: '',
        channel_id: peer.channels.requests.id,
        team_id: '',
        submission: {reason: 'x'},
        cancelled: false,
      }),
    );
    assert.equal(err.status_code, 403);
    assert.equal(err.server_error_id, 'api.context.permissions.app_error');
    assert.equal(bridge.received.length, calls, 'the integration was never called');
  });

  it('refuses a submission in a channel the user cannot read', async () => {
    peer.removeFromChannel(peer.channels.other.id, peer.users.carol.id);
    const carol = clientFor(peer.url, peer.users.carol.token);
    const err = await rejection(() =>
      carol.submitInteractiveDialog({
        url: `${bridge.url}/mm/dialog`,
        callback_id: 'x',
        state: '',
        user_id: '',
        channel_id: peer.channels.other.id,
        team_id: peer.team.id,
        submission: {},
        cancelled: false,
      }),
    );
    assert.equal(err.status_code, 403);
  });
});
