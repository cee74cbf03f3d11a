/**
 * Follow-ups after approval (issue 12): "access active until …" in the card thread and the
 * requester's DM; one warning before the granted access ends, even with two replicas; and in that
 * DM a signed "Request again" button that opens the request form filled in as before, for the
 * requester only.
 *
 * The bridges run with a 100 ms "minute"; the in-repo Teleport ends access at the request's max
 * duration, so an 8-second grant is enough.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {BridgeOverrides} from '../../server-bridge/src/app/bridge';
import {startStory, waitFor, type Story} from './harness';
import {shortRequestId} from '@tma/card-contract';
import {STORY_CLUSTER} from '../peers/story';

describe('follow-ups after approval', () => {
  let story: Story;
  before(async () => {
    // Warn 30 "minutes" (3 s) before access ends.
    story = await startStory({bridge: false, settings: {accessexpirywarningminutes: 30}});
    const overrides: BridgeOverrides = {reminderMinuteMs: 100, reminderScanMs: 50, configWebsocket: false};
    await story.startBridge({replicaId: 'replica-a', overrides});
    await story.startBridge({replicaId: 'replica-b', overrides});
  });
  after(async () => story?.stop());

  it('access active until …, one warning before it ends, and Request again opens the form filled in', async (t) => {
    if (story.peers.teleport.kind !== 'in-repo') return t.skip('access lasting seconds (via max duration) is what the in-repo Teleport peer grants');
    const mm = story.peers.mattermost;
    const bobInbox = await story.inbox('bob');
    const request = await story.teleportAs('bob').createRequest({
      user: 'bob',
      roles: ['dbadmin'],
      // A resource access request (granted through devops' search_as_roles): Request again brings the resources back too.
      resources: [
        {cluster: STORY_CLUSTER, kind: 'db', name: 'orders', subResource: ''},
        {cluster: STORY_CLUSTER, kind: 'node', name: 'db-1', subResource: ''},
      ],
      reason: 'TICKET-130 rotate again',
      suggestedReviewers: [],
      maxDuration: new Date(Date.now() + 8000),
      dryRun: false,
    });
    const card = await waitFor('card', async () => (await story.cards(request.id)).find((p) => p.channel_id === mm.channels.requests.id));
    for (const who of ['alice', 'ivan'] as const) {
      await story.teleportAs(who).submitReview({requestId: request.id, author: who, decision: 'APPROVED', reason: 'ok', asSelf: true});
    }
    const approved = await story.teleportAs('admin').getRequest(request.id);
    assert.ok(approved?.accessExpires, 'Teleport set an end of access');
    const until = `${approved.accessExpires.slice(0, 16).replace('T', ' ')} UTC`;

    await waitFor('thread says until when', async () => (await story.replies(card.id)).some((p) => p.message.includes(`Access active until ${until}`)));
    await waitFor('DM says until when', async () => (await story.dm('bob')).some((p) => p.message.includes(request.id) && p.message.includes(`Access active until ${until}`)));

    const warning = await waitFor('end-of-access warning', async () =>
      (await story.dm('bob')).find((p) => /ends in about/.test(p.message) && p.message.includes(shortRequestId(request.id))),
    );
    const actions = (warning.props as {attachments?: {actions?: {id: string; name: string}[]}[]}).attachments?.[0]?.actions ?? [];
    assert.deepEqual(
      actions.map((a) => [a.id, a.name]),
      [['requestagain', 'Request again']],
      'a standard button every client draws',
    );

    // Someone else cannot use bob's button (here: cannot even reach his DM post).
    await assert.rejects(story.mm('carol').doPostAction(warning.id, 'requestagain'));
    await story.mm('bob').doPostAction(warning.id, 'requestagain');
    const opened = await waitFor('request form opened for bob', async () => bobInbox.dialogs().find((d) => d.dialog.callback_id === 'teleport_request'));
    const elements = opened.dialog.elements as {name: string; default?: string}[];
    assert.equal(elements.find((e) => e.name === 'role')?.default, 'dbadmin');
    assert.equal(elements.find((e) => e.name === 'resources')?.default, `/${STORY_CLUSTER}/db/orders\n/${STORY_CLUSTER}/node/db-1`);
    assert.equal(elements.find((e) => e.name === 'reason')?.default, 'TICKET-130 rotate again');
    assert.doesNotMatch(String(opened.dialog.introduction_text), /Not filled in again/);

    // Past the end of access, with both replicas scanning all along: one warning.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(approved.accessExpires!) - Date.now()) + 500));
    const warnings = (await story.dm('bob')).filter((p) => /ends in about/.test(p.message) && p.message.includes(shortRequestId(request.id)));
    assert.equal(warnings.length, 1, 'one warning across two replicas');
  });
});
