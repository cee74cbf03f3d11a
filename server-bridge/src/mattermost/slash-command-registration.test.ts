import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Command} from '@mattermost/types/integrations';
import type {Team} from '@mattermost/types/teams';
import {captureLogger} from '../reviews/testing';
import {ensureTeleportCommand} from './slash-command-registration';

const A = 'teamaaaaaaaaaaaaaaaaaaaaaa';
const B = 'teambbbbbbbbbbbbbbbbbbbbbb';
const URL_1 = 'http://bridge.internal:8081/mattermost/command';

/** Mattermost's commands API as far as registration uses it: per-team commands, one token each. */
function fakeClient(teams: string[]) {
  const commands: Command[] = [];
  const calls = {add: 0, edit: 0};
  let next = 0;
  const client = {
    commands,
    calls,
    async getMyTeams() {
      return teams.map((id) => ({id, name: `name-${id.slice(4, 5)}`, delete_at: 0}) as Team);
    },
    async getTeamByName(name: string) {
      const id = teams.find((t) => `name-${t.slice(4, 5)}` === name);
      if (!id) throw new Error('404 team not found');
      return {id, name, delete_at: 0} as Team;
    },
    async getCustomTeamCommands(teamId: string) {
      return commands.filter((c) => c.team_id === teamId).map((c) => ({...c}));
    },
    async addCommand(command: Command) {
      calls.add += 1;
      if (commands.some((c) => c.team_id === command.team_id && c.trigger === command.trigger && c.delete_at === 0)) throw new Error('400 trigger in use');
      const stored = {...command, id: `cmd${++next}`, token: `token-${command.team_id}-${next}`, delete_at: 0};
      commands.push(stored);
      return {...stored};
    },
    async editCommand(command: Command) {
      calls.edit += 1;
      const i = commands.findIndex((c) => c.id === command.id);
      commands[i] = {...command, token: commands[i]!.token};
      return {...commands[i]};
    },
  };
  return client;
}

describe('ensureTeleportCommand', () => {
  it('registers /teleport in every team of the bot when no team is configured', async () => {
    const client = fakeClient([A, B]);
    const tokens = await ensureTeleportCommand(client, {teamIds: [], url: URL_1, logger: captureLogger().logger});
    assert.deepEqual([...tokens.keys()], [A, B]);
    const command = client.commands[0]!;
    assert.equal(command.trigger, 'teleport');
    assert.equal(command.method, 'P');
    assert.equal(command.url, URL_1);
    assert.equal(command.auto_complete, true);
    assert.match(command.auto_complete_hint, /request\|list/);
    assert.equal(tokens.get(A), command.token);
  });
  it('is idempotent: a second run changes nothing and returns the same tokens', async () => {
    const client = fakeClient([A, B]);
    const first = await ensureTeleportCommand(client, {teamIds: [], url: URL_1, logger: captureLogger().logger});
    const second = await ensureTeleportCommand(client, {teamIds: [], url: URL_1, logger: captureLogger().logger});
    assert.deepEqual(second, first);
    assert.deepEqual(client.calls, {add: 2, edit: 0});
  });
  it('updates the URL when the bridge moved, keeping the token', async () => {
    const client = fakeClient([A]);
    const first = await ensureTeleportCommand(client, {teamIds: [A], url: URL_1, logger: captureLogger().logger});
    const moved = 'https://bridge.example.com/mattermost/command';
    const second = await ensureTeleportCommand(client, {teamIds: [A], url: moved, logger: captureLogger().logger});
    assert.equal(client.commands[0]?.url, moved);
    assert.equal(client.calls.edit, 1);
    assert.deepEqual(second, first);
  });
  it('registers only in the configured teams, given by id or name', async () => {
    const client = fakeClient([A, B]);
    const tokens = await ensureTeleportCommand(client, {teamIds: ['name-b'], url: URL_1, logger: captureLogger().logger});
    assert.deepEqual([...tokens.keys()], [B]);
  });
  it('keeps going when one team fails, and logs why', async () => {
    const client = fakeClient([A, B]);
    const original = client.getCustomTeamCommands.bind(client);
    client.getCustomTeamCommands = async (teamId) => {
      if (teamId === A) throw new Error('403 missing manage_slash_commands');
      return original(teamId);
    };
    const {logger, lines} = captureLogger();
    const tokens = await ensureTeleportCommand(client, {teamIds: [], url: URL_1, logger});
    assert.deepEqual([...tokens.keys()], [B]);
    assert.ok(lines.some((l) => l['team_id'] === A && /manage_slash_commands/.test(String(l['msg']))));
  });
});
