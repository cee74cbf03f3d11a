import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Command} from '@mattermost/types/integrations';
import {clientFor, type Client4} from './client4';
import {startMattermostPeer, type InRepoMattermostPeer} from './index';
import {rejection, startIntegration, type FakeIntegration} from './testing';

describe('mattermost peer: slash commands', () => {
  let peer: InRepoMattermostPeer;
  let bridge: FakeIntegration;
  let admin: Client4;
  let alice: Client4;
  let command: Command;

  before(async () => {
    peer = await startMattermostPeer();
    bridge = await startIntegration();
    admin = clientFor(peer.url, peer.adminToken);
    alice = clientFor(peer.url, peer.users.alice.token);
    command = await admin.addCommand({
      team_id: peer.team.id,
      trigger: 'Teleport',
      method: 'P',
      url: `${bridge.url}/mm/command`,
      auto_complete: true,
      auto_complete_desc: 'Teleport access requests',
      auto_complete_hint: '[request|list|help]',
      display_name: 'Teleport',
      description: 'Teleport Access Requests',
      username: '',
    } as Command);
  });
  after(async () => {
    await bridge.stop();
    await peer.stop();
  });

  it('creates a per-team command with a lowercased trigger and a 26-character token', async () => {
    assert.equal(command.trigger, 'teleport');
    assert.match(command.token, /^[a-z0-9]{26}$/);
    assert.equal(command.creator_id, peer.users.admin.id);
    const listed = await admin.getCustomTeamCommands(peer.team.id);
    assert.deepEqual(
      listed.map((c) => [c.id, c.token]),
      [[command.id, command.token]],
    );
    const dup = await rejection(() => admin.addCommand({...command, id: ''}));
    assert.equal(dup.server_error_id, 'api.command.duplicate_trigger.app_error');
  });

  it('lets only team or system admins manage commands', async () => {
    assert.equal((await rejection(() => alice.addCommand({...command, trigger: 'other'}))).status_code, 403);
    assert.equal((await rejection(() => alice.getCustomTeamCommands(peer.team.id))).status_code, 403);
    const visible = await alice.getCommandsList(peer.team.id);
    assert.equal(visible[0]?.token, '', 'autocomplete listing never shows the token');
  });

  it('executes: form body and Token header to the URL, ephemeral reply to the invoker', async () => {
    bridge.reply(() => ({body: {response_type: 'ephemeral', text: 'Usage: /teleport request <roles>'}}));
    const result = await alice.executeCommand('/teleport help me', {channel_id: peer.channels.requests.id, team_id: peer.team.id});

    const received = bridge.received.at(-1);
    assert.equal(received?.method, 'POST');
    assert.equal(received?.headers['authorization'], `Token ${command.token}`);
    assert.equal(received?.headers['content-type'], 'application/x-www-form-urlencoded');
    const form = new URLSearchParams(received?.body);
    assert.equal(form.get('token'), command.token);
    assert.equal(form.get('team_id'), peer.team.id);
    assert.equal(form.get('team_domain'), 'acme');
    assert.equal(form.get('channel_id'), peer.channels.requests.id);
    assert.equal(form.get('channel_name'), 'access-requests');
    assert.equal(form.get('user_id'), peer.users.alice.id);
    assert.equal(form.get('user_name'), 'alice');
    assert.equal(form.get('command'), '/teleport');
    assert.equal(form.get('text'), 'help me');
    assert.ok(form.get('trigger_id'));
    assert.match(form.get('response_url') ?? '', new RegExp(`^${peer.url}/hooks/commands/[a-z0-9]{26}$`));

    assert.ok((result as {trigger_id?: string}).trigger_id);
    assert.equal(peer.ephemeralFor(peer.users.alice.id).at(-1)?.message, 'Usage: /teleport request <roles>');
    assert.ok(!peer.channelPosts(peer.channels.requests.id).some((p) => p.message.startsWith('Usage')));
  });

  it('posts an in_channel reply as the invoking user, and treats non-JSON replies as text', async () => {
    bridge.reply(() => ({body: {response_type: 'in_channel', text: 'bob asked for dbadmin'}}));
    await alice.executeCommand('/teleport list', {channel_id: peer.channels.requests.id, team_id: peer.team.id});
    const posted = peer.channelPosts(peer.channels.requests.id).at(-1);
    assert.equal(posted?.message, 'bob asked for dbadmin');
    assert.equal(posted?.user_id, peer.users.alice.id);
    assert.equal(posted?.props['from_webhook'], 'true');

    bridge.reply(() => ({contentType: 'text/plain', body: '{"text":"not parsed"}'}));
    await alice.executeCommand('/teleport x', {channel_id: peer.channels.requests.id, team_id: peer.team.id});
    assert.equal(peer.ephemeralFor(peer.users.alice.id).at(-1)?.message, '{"text":"not parsed"}');
  });

  it('accepts up to five delayed replies on the response_url, posted as the invoker', async () => {
    bridge.reply(() => ({body: {}}));
    await alice.executeCommand('/teleport later', {channel_id: peer.channels.requests.id, team_id: peer.team.id});
    const responseUrl = new URLSearchParams(bridge.received.at(-1)?.body).get('response_url') ?? '';
    const send = (body: string, contentType: string) => fetch(responseUrl, {method: 'POST', headers: {'content-type': contentType}, body});
    assert.equal((await send(JSON.stringify({response_type: 'in_channel', text: 'done later'}), 'application/json')).status, 200);
    const posted = peer.channelPosts(peer.channels.requests.id).at(-1);
    assert.equal(posted?.message, 'done later');
    assert.equal(posted?.user_id, peer.users.alice.id);
    for (let i = 0; i < 4; i++) assert.equal((await send(`note ${i}`, 'text/plain')).status, 200);
    assert.equal(peer.ephemeralFor(peer.users.alice.id).at(-1)?.message, 'note 3');
    assert.equal((await send('one too many', 'text/plain')).status, 400);
  });

  it('reports unknown triggers and failing integrations', async () => {
    const unknown = await rejection(() => alice.executeCommand('/nothing', {channel_id: peer.channels.requests.id, team_id: peer.team.id}));
    assert.equal(unknown.status_code, 404);
    bridge.reply(() => ({status: 500, body: 'boom', contentType: 'text/plain'}));
    const failed = await rejection(() => alice.executeCommand('/teleport', {channel_id: peer.channels.requests.id, team_id: peer.team.id}));
    assert.equal(failed.status_code, 500);
    assert.equal(failed.server_error_id, 'api.command.execute_command.failed_resp.app_error');
  });

  it('edits, regenerates the token of, and deletes a command', async () => {
    const edited = await admin.editCommand({...command, url: `${bridge.url}/mm/command2`});
    assert.equal(edited.url, `${bridge.url}/mm/command2`);
    assert.equal(edited.token, command.token);
    const regen = await admin.regenCommandToken(command.id);
    assert.notEqual(regen.token, command.token);
    await admin.deleteCommand(command.id);
    assert.deepEqual(await admin.getCustomTeamCommands(peer.team.id), []);
  });
});
