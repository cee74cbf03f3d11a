/**
 * The story's Mattermost side: team acme with channels access-requests and ops; admin
 * (system_admin), the story users and dave (system_user), and the teleport-bot (system_admin,
 * so it can read plugin settings and post ephemerals). Everyone is in the team and both channels.
 */
import {STORY_OTHER_CHANNEL, STORY_REQUESTS_CHANNEL, STORY_TEAM} from '../story';
import {newId} from './ids';
import type {ChannelRecord, UserRecord} from './model';
import type {PeerState} from './state';

export const SEED_PASSWORD = 'Peer-password-1';
export const BOT_USERNAME = 'teleport-bot';
export const SEEDED_USERS = ['admin', 'alice', 'bob', 'ivan', 'carol', 'dave'] as const;
export type SeededUserName = (typeof SEEDED_USERS)[number];

export interface Seeded {
  teamId: string;
  requests: ChannelRecord;
  other: ChannelRecord;
  users: Record<SeededUserName, {user: UserRecord; token: string}>;
  bot: {user: UserRecord; token: string};
}

export function addUser(state: PeerState, username: string, opts: {roles?: string; isBot?: boolean; ownerId?: string; description?: string} = {}): UserRecord {
  const now = state.now();
  const user: UserRecord = {
    id: newId(),
    username,
    email: `${username}@example.com`,
    firstName: username.charAt(0).toUpperCase() + username.slice(1),
    lastName: opts.isBot ? '' : 'Example',
    roles: opts.roles ?? 'system_user',
    isBot: opts.isBot ?? false,
    botDescription: opts.description ?? '',
    ownerId: opts.ownerId ?? '',
    password: opts.isBot ? null : SEED_PASSWORD,
    createAt: now,
    updateAt: now,
    deleteAt: 0,
  };
  state.users.set(user.id, user);
  return user;
}

function addChannel(state: PeerState, teamId: string, name: string, creatorId: string): ChannelRecord {
  const now = state.now();
  const channel: ChannelRecord = {
    id: newId(),
    teamId,
    type: 'O',
    name,
    displayName: name.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    creatorId,
    createAt: now,
    lastPostAt: now,
  };
  state.channels.set(channel.id, channel);
  return channel;
}

export function seedStory(state: PeerState): Seeded {
  const people = {} as Seeded['users'];
  for (const name of SEEDED_USERS) {
    const user = addUser(state, name, {roles: name === 'admin' ? 'system_admin system_user' : 'system_user'});
    people[name] = {user, token: state.issueToken(user.id)};
  }
  const admin = people.admin.user;
  const botUser = addUser(state, BOT_USERNAME, {
    roles: 'system_admin system_user',
    isBot: true,
    ownerId: admin.id,
    description: 'Teleport Access Requests',
  });
  const bot = {user: botUser, token: state.issueToken(botUser.id)};

  const now = state.now();
  const teamId = newId();
  state.teams.set(teamId, {id: teamId, name: STORY_TEAM, displayName: 'Acme', createAt: now});
  const requests = addChannel(state, teamId, STORY_REQUESTS_CHANNEL, admin.id);
  const other = addChannel(state, teamId, STORY_OTHER_CHANNEL, admin.id);

  for (const member of [...Object.values(people).map((p) => p.user), botUser]) {
    state.addTeamMember(teamId, member.id, member.id === admin.id ? 'team_user team_admin' : 'team_user');
    for (const channel of [requests, other]) {
      state.addChannelMember(channel.id, member.id, member.id === admin.id ? 'channel_user channel_admin' : 'channel_user');
    }
  }
  return {teamId, requests, other, users: people, bot};
}
