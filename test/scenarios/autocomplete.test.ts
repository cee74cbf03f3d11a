/**
 * `/teleport` autocomplete on the real Mattermost server (issue 14 point 8): the plugin's server
 * part registers the command with its subcommands and flags, and the server fetches the dynamic
 * lists from the plugin, which asks the bridge for the signed-in user's lists. Asked as a user's
 * client asks: GET /api/v4/teams/{team}/commands/autocomplete_suggestions.
 *
 * Real and mixed peer sets only: the in-repo Mattermost peer runs no Go plugins and has no
 * autocomplete API (the bridge's list endpoint is covered by its unit tests).
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {peerKindFromEnv} from '../peers';
import type {StoryUserName} from '../peers/story';
import {startStory, waitFor, type Story} from './harness';
import {shortRequestId} from '@tma/card-contract';

const onRealServer = peerKindFromEnv() !== 'in-repo';

describe('/teleport autocomplete', {skip: onRealServer ? false : 'needs the real Mattermost server (TMA_PEERS=real or mixed): the in-repo peer runs no Go plugins'}, () => {
  let story: Story;
  /** The short id of the request bob creates below. */
  let short = '';
  before(async () => {
    story = await startStory();
  });
  after(async () => story?.stop());

  async function suggest(user: StoryUserName | 'dave', input: string) {
    const mm = story.peers.mattermost;
    return story.mm(user).getCommandAutocompleteSuggestionsList(input, mm.team.id, {channel_id: mm.channels.requests.id, team_id: mm.team.id});
  }

  it('offers the subcommands and the flags the bridge parses', async () => {
    const subcommands = await waitFor('the plugin registered /teleport', async () => {
      const s = await suggest('bob', '/teleport ');
      return s.length > 1 && s;
    });
    assert.deepEqual(
      subcommands.map((s) => s.Suggestion),
      ['request', 'list', 'show', 'approve', 'deny', 'status', 'help'],
    );
    assert.equal(subcommands.find((s) => s.Suggestion === 'deny')?.Hint, '<request-id> <reason>');
    const flags = await suggest('bob', '/teleport request --roles dbadmin ');
    assert.deepEqual(
      flags.map((s) => s.Suggestion),
      ['--resource', '--reason', '--reviewers', '--max-duration', '--dry-run'],
    );
    // One /teleport in the command list: the server keeps the plugin's and drops the bridge's custom one.
    const triggers = (await suggest('bob', '/tele')).map((s) => s.Suggestion);
    assert.deepEqual(triggers, ['teleport']);
  });

  it("lists the roles each user may request, from Teleport's rules", async () => {
    const roles = async (user: StoryUserName) => (await suggest(user, '/teleport request --roles ')).map((s) => s.Suggestion);
    assert.deepEqual(await roles('bob'), ['dbadmin']);
    assert.deepEqual(await roles('carol'), ['dbadmin']);
    assert.deepEqual(await roles('alice'), [], 'a reviewer-only role may request nothing');
  });

  it('lists the requests a user may review by short id, and only those', async () => {
    const request = await story.createRequest('bob', ['dbadmin'], 'TICKET-77 failover drill');
    short = shortRequestId(request.id);
    const approvable = async (user: StoryUserName) => suggest(user, '/teleport approve ');
    const alices = await waitFor('the request in alice’s list', async () => {
      const s = await approvable('alice');
      return s.some((i) => i.Suggestion === short) && s;
    });
    const item = alices.find((i) => i.Suggestion === short);
    assert.equal(item?.Hint, 'dbadmin');
    assert.match(item?.Description ?? '', /^by bob · pending · approvals 0\/2 · TICKET-77 failover drill$/);
    assert.equal(item?.Complete, `teleport approve ${short}`);
    assert.ok(
      (await approvable('ivan')).some((i) => i.Suggestion === short),
      'ivan may review dbadmin too',
    );
    assert.deepEqual(
      (await approvable('carol')).map((i) => i.Suggestion),
      [],
      'carol may not review dbadmin',
    );
    assert.deepEqual(
      (await approvable('bob')).map((i) => i.Suggestion),
      [],
      'nobody reviews their own request',
    );
    assert.ok(
      (await suggest('bob', '/teleport show ')).some((i) => i.Suggestion === short && /^your request/.test(i.Description)),
      'bob can show his own',
    );
    // Typing narrows the list as Mattermost matches prefixes.
    assert.deepEqual(
      (await suggest('alice', `/teleport deny ${short.slice(0, 4)}`)).map((i) => i.Suggestion),
      [short],
    );
  });

  it('tells a user without a Teleport account why there is nothing to pick', async () => {
    const [notice] = await suggest('dave', '/teleport approve ');
    assert.equal(notice?.Suggestion, '');
    assert.match(notice?.Description ?? '', /Teleport/);
  });

  it('runs /teleport as before (through the plugin, which Mattermost tries before custom commands)', async () => {
    const mm = story.peers.mattermost;
    const inbox = await story.inbox('alice');
    const seen = inbox.ephemerals().length;
    const reply = await story.mm('alice').executeCommand('/teleport list', {channel_id: mm.channels.requests.id, team_id: mm.team.id});
    assert.equal(reply.text ?? '', '', 'nothing is answered in alice’s name');
    // The answer is the bot's private post.
    const answer = await waitFor('the bot’s answer', async () =>
      inbox
        .ephemerals()
        .slice(seen)
        .find((p) => p.user_id === mm.bot.id),
    );
    assert.match(answer.message, /\*\*Pending requests you can review\*\* \(1\)/);
    assert.match(answer.message, new RegExp(`\`${short}[0-9a-f-]*\` \`dbadmin\` by \`bob\``));
  });
});
