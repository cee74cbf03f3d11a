/**
 * Registers the `/teleport` custom slash command in each team, pointing at the bridge, and
 * returns each team's command token (Mattermost generates one per team; the bridge checks it on
 * every call). Idempotent: run it at start-up and again whenever a team may have appeared.
 */
import {describe} from '../app/errors';
import {isMattermostId} from './port';
import type {Client4} from '@mattermost/client';
import type {Command} from '@mattermost/types/integrations';
import type {Logger} from 'pino';
import {AUTOCOMPLETE_DESCRIPTION, AUTOCOMPLETE_HINT} from '../interactions/command/help';

export const COMMAND_TRIGGER = 'teleport';
/** Where Mattermost POSTs `/teleport` (the lead's HTTP server routes it to the command handler). */
export const COMMAND_PATH = '/mattermost/command';

/** The fields of the command the bridge owns; an admin's edits to others (icon, name) are kept. */
function desired(
  teamId: string,
  url: string,
): Pick<Command, 'team_id' | 'trigger' | 'method' | 'url' | 'auto_complete' | 'auto_complete_desc' | 'auto_complete_hint' | 'display_name' | 'description'> {
  return {
    team_id: teamId,
    trigger: COMMAND_TRIGGER,
    method: 'P',
    url,
    auto_complete: true,
    auto_complete_desc: AUTOCOMPLETE_DESCRIPTION,
    auto_complete_hint: AUTOCOMPLETE_HINT,
    display_name: 'Teleport',
    description: 'Teleport access requests (request, list, show, approve, deny, status)',
  };
}

type CommandsClient = Pick<Client4, 'getCustomTeamCommands' | 'addCommand' | 'editCommand' | 'getMyTeams' | 'getTeamByName'>;

async function resolveTeams(client: CommandsClient, teamIds: string[], logger: Logger): Promise<string[]> {
  if (teamIds.length === 0) return (await client.getMyTeams()).filter((t) => t.delete_at === 0).map((t) => t.id);
  const ids: string[] = [];
  for (const entry of teamIds) {
    // A Mattermost id in settings is a team id; anything else is a team name.
    if (isMattermostId(entry)) {
      ids.push(entry);
      continue;
    }
    try {
      ids.push((await client.getTeamByName(entry)).id);
    } catch (error) {
      logger.error({err: describe(error), team: entry}, `/teleport not registered: no team "${entry}" (or the bot cannot see it)`);
    }
  }
  return [...new Set(ids)];
}

async function ensureInTeam(client: CommandsClient, teamId: string, url: string, logger: Logger): Promise<string> {
  const want = desired(teamId, url);
  const existing = (await client.getCustomTeamCommands(teamId)).find((c) => c.trigger === COMMAND_TRIGGER && c.delete_at === 0);
  if (!existing) {
    const created = await client.addCommand({...want, username: '', icon_url: ''} as Command);
    logger.info({team_id: teamId, command_id: created.id, url}, '/teleport registered');
    return created.token;
  }
  const stale = (Object.keys(want) as (keyof typeof want)[]).filter((key) => existing[key] !== want[key]);
  if (stale.length === 0) return existing.token;
  const edited = await client.editCommand({...existing, ...want});
  logger.info({team_id: teamId, command_id: existing.id, changed: stale}, '/teleport registration updated');
  // editCommand keeps the token; fall back to the listed one if the answer omits it.
  return edited.token || existing.token;
}

export async function ensureTeleportCommand(client: CommandsClient, opts: {teamIds: string[]; url: string; logger: Logger}): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  const teams = await resolveTeams(client, opts.teamIds, opts.logger);
  for (const teamId of teams) {
    try {
      const token = await ensureInTeam(client, teamId, opts.url, opts.logger);
      if (token) tokens.set(teamId, token);
      else opts.logger.error({team_id: teamId}, '/teleport is registered but Mattermost did not reveal its token to the bot');
    } catch (error) {
      // One team failing (permissions, trigger taken by someone else's command) must not stop the others.
      opts.logger.error(
        {err: describe(error), team_id: teamId},
        '/teleport could not be registered in this team: the bot needs manage_slash_commands there (team or system admin), and no other command may use the trigger',
      );
    }
  }
  return tokens;
}
