/** Teams, channels, memberships and direct channels (api4/team.go, api4/channel.go subset). */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {AppError, notFound, permissionDenied} from '../errors';
import {isValidId, newId} from '../ids';
import {toChannel, toChannelMember, toTeam, toTeamMember, type ChannelRecord, type UserRecord} from '../model';
import type {PeerContext} from '../context';
import type {PeerState} from '../state';
import {authenticate, param, parseBody, requireId, sendJson} from '../http';

const directBody = z
  .array(z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character user id'), 'expected a JSON array of two user ids')
  .length(2, 'expected exactly two user ids');
const addMemberBody = z.object({user_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character user id')});

/** Public channels are visible to team members (read_public_channel); others need membership. */
function requireVisible(state: PeerState, user: UserRecord, channel: ChannelRecord): void {
  if (state.isSystemAdmin(user) || state.channelRoles(channel.id, user.id) !== undefined) return;
  if (channel.type === 'O' && state.teamRoles(channel.teamId, user.id) !== undefined) return;
  throw permissionDenied('read_channel');
}

export function registerChannelRoutes(app: FastifyInstance, {state}: PeerContext): void {
  app.get('/api/v4/teams/name/:team_name', async (request, reply) => {
    const me = authenticate(state, request);
    const team = state.teamByName(param(request.params, 'team_name'));
    state.requireTeamAccess(me, team.id);
    return sendJson(reply, 200, toTeam(team));
  });

  app.get('/api/v4/teams/:team_id', async (request, reply) => {
    const me = authenticate(state, request);
    const team = state.team(requireId(request.params, 'team_id'));
    state.requireTeamAccess(me, team.id);
    return sendJson(reply, 200, toTeam(team));
  });

  app.get('/api/v4/teams/:team_id/members/:user_id', async (request, reply) => {
    const me = authenticate(state, request);
    const teamId = requireId(request.params, 'team_id');
    const userId = requireId(request.params, 'user_id');
    state.requireTeamAccess(me, teamId);
    const roles = state.teamRoles(teamId, userId);
    if (roles === undefined) throw notFound('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.');
    return sendJson(reply, 200, toTeamMember(teamId, userId, roles));
  });

  const byName = (teamId: string, name: string, me: UserRecord): ChannelRecord => {
    const channel = state.channelByName(teamId, name);
    requireVisible(state, me, channel);
    return channel;
  };

  app.get('/api/v4/teams/name/:team_name/channels/name/:channel_name', async (request, reply) => {
    const me = authenticate(state, request);
    const team = state.teamByName(param(request.params, 'team_name'));
    return sendJson(reply, 200, toChannel(byName(team.id, param(request.params, 'channel_name'), me)));
  });

  app.get('/api/v4/teams/:team_id/channels/name/:channel_name', async (request, reply) => {
    const me = authenticate(state, request);
    const team = state.team(requireId(request.params, 'team_id'));
    return sendJson(reply, 200, toChannel(byName(team.id, param(request.params, 'channel_name'), me)));
  });

  app.get('/api/v4/channels/:channel_id', async (request, reply) => {
    const me = authenticate(state, request);
    const channel = state.channels.get(requireId(request.params, 'channel_id'));
    if (!channel) throw permissionDenied('read_channel');
    requireVisible(state, me, channel);
    return sendJson(reply, 200, toChannel(channel));
  });

  // Idempotent: the DM channel's name is the two ids sorted and joined by "__"; its id is a new id.
  app.post('/api/v4/channels/direct', async (request, reply) => {
    const me = authenticate(state, request);
    const [a, b] = parseBody(directBody, request.body, 'user_ids') as [string, string];
    if (me.id !== a && me.id !== b && !state.isSystemAdmin(me)) throw permissionDenied('manage_system');
    for (const id of [a, b]) if (!state.users.has(id)) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    const name = [a, b].sort().join('__');
    let channel = [...state.channels.values()].find((c) => c.type === 'D' && c.name === name);
    if (!channel) {
      const now = state.now();
      channel = {id: newId(), teamId: '', type: 'D', name, displayName: '', creatorId: me.id, createAt: now, lastPostAt: now};
      state.channels.set(channel.id, channel);
      state.addChannelMember(channel.id, a);
      state.addChannelMember(channel.id, b);
    }
    return sendJson(reply, 201, toChannel(channel));
  });

  app.get('/api/v4/channels/:channel_id/members', async (request, reply) => {
    const me = authenticate(state, request);
    const channel = state.requireChannelAccess(me, requireId(request.params, 'channel_id'), 'read_channel');
    const members = [...(state.channelMembers.get(channel.id) ?? new Map<string, string>()).entries()];
    return sendJson(
      reply,
      200,
      members.map(([userId, roles]) => toChannelMember(channel.id, userId, roles)),
    );
  });

  app.get('/api/v4/channels/:channel_id/members/:user_id', async (request, reply) => {
    const me = authenticate(state, request);
    const channel = state.requireChannelAccess(me, requireId(request.params, 'channel_id'), 'read_channel');
    const raw = param(request.params, 'user_id');
    const userId = raw === 'me' ? me.id : raw;
    if (!isValidId(userId)) throw new AppError(400, 'api.context.invalid_url_param.app_error', 'Invalid or missing user_id parameter in request URL.');
    const roles = state.channelRoles(channel.id, userId);
    if (roles === undefined) throw notFound('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.');
    return sendJson(reply, 200, toChannelMember(channel.id, userId, roles));
  });

  app.post('/api/v4/channels/:channel_id/members', async (request, reply) => {
    const me = authenticate(state, request);
    const channel = state.requireChannelAccess(me, requireId(request.params, 'channel_id'), 'manage_public_channel_members');
    const {user_id: userId} = parseBody(addMemberBody, request.body, 'user_id');
    state.user(userId);
    if (channel.teamId && state.teamRoles(channel.teamId, userId) === undefined) {
      throw new AppError(403, 'api.channel.add_user.to.channel.failed.deleted.app_error', 'Failed to add user to channel because they have been removed from the team.');
    }
    if (state.channelRoles(channel.id, userId) === undefined) state.addChannelMember(channel.id, userId);
    return sendJson(reply, 201, toChannelMember(channel.id, userId, state.channelRoles(channel.id, userId) ?? 'channel_user'));
  });

  app.delete('/api/v4/channels/:channel_id/members/:user_id', async (request, reply) => {
    const me = authenticate(state, request);
    const channelId = requireId(request.params, 'channel_id');
    const userId = requireId(request.params, 'user_id');
    state.requireChannelAccess(me, channelId, 'manage_public_channel_members');
    state.removeChannelMember(channelId, userId);
    return sendJson(reply, 200, {status: 'OK'});
  });
}
