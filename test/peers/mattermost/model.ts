/**
 * What the peer stores, and how each record is shown to clients. Stored posts keep their action
 * integrations (URL + context); `toClientPost` strips them on every way out, as the real server's
 * StripActionIntegrations does.
 */
import type {Bot} from '@mattermost/types/bots';
import type {Channel, ChannelMembership} from '@mattermost/types/channels';
import type {Command} from '@mattermost/types/integrations';
import type {Post, PostType} from '@mattermost/types/posts';
import type {Team, TeamMembership} from '@mattermost/types/teams';
import type {UserProfile} from '@mattermost/types/users';

export interface UserRecord {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Space-separated system roles: system_user, system_admin, system_guest. */
  roles: string;
  isBot: boolean;
  botDescription: string;
  /** Bots only: who owns the bot. */
  ownerId: string;
  password: string | null;
  createAt: number;
  updateAt: number;
  deleteAt: number;
}

export interface TeamRecord {
  id: string;
  name: string;
  displayName: string;
  createAt: number;
}

export interface ChannelRecord {
  id: string;
  teamId: string;
  /** O public, P private, D direct, G group. */
  type: 'O' | 'P' | 'D' | 'G';
  name: string;
  displayName: string;
  creatorId: string;
  createAt: number;
  lastPostAt: number;
}

export interface PostRecord {
  id: string;
  createAt: number;
  updateAt: number;
  editAt: number;
  deleteAt: number;
  isPinned: boolean;
  hasReactions: boolean;
  userId: string;
  channelId: string;
  rootId: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  pendingPostId: string;
}

export interface CommandRecord {
  id: string;
  token: string;
  createAt: number;
  updateAt: number;
  deleteAt: number;
  creatorId: string;
  teamId: string;
  trigger: string;
  method: 'P' | 'G';
  username: string;
  iconUrl: string;
  autoComplete: boolean;
  autoCompleteDesc: string;
  autoCompleteHint: string;
  displayName: string;
  description: string;
  url: string;
}

export function toUserProfile(u: UserRecord): UserProfile {
  return {
    id: u.id,
    create_at: u.createAt,
    update_at: u.updateAt,
    delete_at: u.deleteAt,
    username: u.username,
    // The server never returns the password hash; the type still declares it.
    password: '',
    auth_service: '',
    email: u.email,
    nickname: '',
    first_name: u.firstName,
    last_name: u.lastName,
    position: '',
    roles: u.roles,
    props: {},
    notify_props: {
      channel: 'true',
      comments: 'never',
      desktop: 'mention',
      desktop_sound: 'true',
      email: 'true',
      first_name: 'false',
      mention_keys: '',
      push: 'mention',
      push_status: 'away',
    } as UserProfile['notify_props'],
    last_password_update: u.createAt,
    last_picture_update: 0,
    locale: 'en',
    timezone: {automaticTimezone: '', manualTimezone: '', useAutomaticTimezone: 'true'},
    mfa_active: false,
    last_activity_at: 0,
    is_bot: u.isBot,
    bot_description: u.botDescription,
    terms_of_service_id: '',
    terms_of_service_create_at: 0,
  };
}

export function toBot(u: UserRecord): Bot {
  return {
    user_id: u.id,
    username: u.username,
    display_name: u.firstName,
    description: u.botDescription,
    owner_id: u.ownerId,
    create_at: u.createAt,
    update_at: u.updateAt,
    delete_at: u.deleteAt,
  };
}

export function toTeam(t: TeamRecord): Team {
  return {
    id: t.id,
    create_at: t.createAt,
    update_at: t.createAt,
    delete_at: 0,
    display_name: t.displayName,
    name: t.name,
    description: '',
    email: '',
    type: 'O',
    company_name: '',
    allowed_domains: '',
    invite_id: '',
    allow_open_invite: false,
    scheme_id: '',
    group_constrained: false,
  };
}

export function toTeamMember(teamId: string, userId: string, roles: string): TeamMembership {
  return {
    team_id: teamId,
    user_id: userId,
    roles,
    delete_at: 0,
    scheme_user: true,
    scheme_admin: roles.includes('team_admin'),
    scheme_guest: false,
    mention_count: 0,
    msg_count: 0,
    mention_count_root: 0,
    msg_count_root: 0,
    urgent_mention_count: 0,
  } as TeamMembership;
}

export function toChannel(c: ChannelRecord): Channel {
  return {
    id: c.id,
    create_at: c.createAt,
    update_at: c.createAt,
    delete_at: 0,
    team_id: c.teamId,
    type: c.type,
    display_name: c.displayName,
    name: c.name,
    header: '',
    purpose: '',
    last_post_at: c.lastPostAt,
    last_root_post_at: c.lastPostAt,
    creator_id: c.creatorId,
    scheme_id: '',
    group_constrained: false,
  };
}

export function toChannelMember(channelId: string, userId: string, roles: string): ChannelMembership {
  return {
    channel_id: channelId,
    user_id: userId,
    roles,
    last_viewed_at: 0,
    msg_count: 0,
    msg_count_root: 0,
    mention_count: 0,
    mention_count_root: 0,
    urgent_mention_count: 0,
    notify_props: {},
    last_update_at: 0,
    scheme_user: true,
    scheme_admin: roles.includes('channel_admin'),
  };
}

export function toCommand(c: CommandRecord, withToken: boolean): Command {
  return {
    id: c.id,
    token: withToken ? c.token : '',
    create_at: c.createAt,
    update_at: c.updateAt,
    delete_at: c.deleteAt,
    creator_id: c.creatorId,
    team_id: c.teamId,
    trigger: c.trigger,
    method: c.method,
    username: c.username,
    icon_url: c.iconUrl,
    auto_complete: c.autoComplete,
    auto_complete_desc: c.autoCompleteDesc,
    auto_complete_hint: c.autoCompleteHint,
    display_name: c.displayName,
    description: c.description,
    url: c.url,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Actions of every attachment in these props (the shapes the server reads; anything else is ignored). */
export function actionsOf(props: Record<string, unknown>): Record<string, unknown>[] {
  const attachments = props['attachments'];
  if (!Array.isArray(attachments)) return [];
  const out: Record<string, unknown>[] = [];
  for (const attachment of attachments) {
    if (!isRecord(attachment) || !Array.isArray(attachment['actions'])) continue;
    for (const action of attachment['actions']) if (isRecord(action)) out.push(action);
  }
  return out;
}

/** A deep copy of props with every action's integration removed (what any client may see). */
export function stripIntegrations(props: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(props);
  for (const action of actionsOf(copy)) delete action['integration'];
  return copy;
}

export function toClientPost(p: PostRecord, replyCount = 0): Post {
  const props = stripIntegrations(p.props);
  const hasAttachments = Array.isArray(props['attachments']) && props['attachments'].length > 0;
  return {
    id: p.id,
    create_at: p.createAt,
    update_at: p.updateAt,
    edit_at: p.editAt,
    delete_at: p.deleteAt,
    is_pinned: p.isPinned,
    user_id: p.userId,
    channel_id: p.channelId,
    root_id: p.rootId,
    original_id: '',
    message: p.message,
    type: p.type as PostType,
    props,
    hashtags: '',
    pending_post_id: p.pendingPostId,
    reply_count: replyCount,
    metadata: {embeds: hasAttachments ? [{type: 'message_attachment', url: ''}] : [], emojis: [], files: [], images: {}},
  };
}
