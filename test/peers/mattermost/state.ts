/**
 * The peer's memory: users, tokens, teams, channels, memberships, posts, commands, config, plugins,
 * and what tests read back (ephemeral inboxes, opened dialogs). Plus the few permission rules
 * that matter to the bridge, expressed with Mattermost's role names.
 */
import type {PluginManifest} from '@mattermost/types/plugins';
import type {Post} from '@mattermost/types/posts';
import {notFound, permissionDenied} from './errors';
import {newId} from './ids';
import type {ChannelRecord, CommandRecord, PostRecord, TeamRecord, UserRecord} from './model';

export interface PeerConfig {
  ServiceSettings: {
    SiteURL: string;
    EnableCommands: boolean;
    EnablePostUsernameOverride: boolean;
    EnablePostIconOverride: boolean;
    OutgoingIntegrationRequestsTimeout: number;
    AllowedUntrustedInternalConnections: string;
    PostEditTimeLimit: number;
    [key: string]: unknown;
  };
  PluginSettings: {
    Enable: boolean;
    Plugins: Record<string, Record<string, unknown>>;
    PluginStates: Record<string, {Enable: boolean}>;
    [key: string]: unknown;
  };
  PrivacySettings: {ShowEmailAddress: boolean; [key: string]: unknown};
  [section: string]: unknown;
}

export interface OpenedDialog {
  /** The short id the client receives (not the signed trigger). */
  trigger_id: string;
  url: string;
  dialog: Record<string, unknown>;
  openedAt: number;
}

/** A command's response_url: up to 5 uses within 30 minutes, posting as the invoker. */
export interface CommandHook {
  id: string;
  commandId: string;
  userId: string;
  channelId: string;
  rootId: string;
  createAt: number;
  uses: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  userId: string | null;
}

export class PeerState {
  readonly users = new Map<string, UserRecord>();
  /** Bearer token (personal access token or session) → user id. */
  readonly tokens = new Map<string, string>();
  readonly teams = new Map<string, TeamRecord>();
  /** team id → user id → team roles. */
  readonly teamMembers = new Map<string, Map<string, string>>();
  readonly channels = new Map<string, ChannelRecord>();
  /** channel id → user id → channel roles. */
  readonly channelMembers = new Map<string, Map<string, string>>();
  readonly posts = new Map<string, PostRecord>();
  readonly commands = new Map<string, CommandRecord>();
  readonly commandHooks = new Map<string, CommandHook>();
  /** Ephemeral posts delivered to each user, oldest first (never stored in channels). */
  readonly ephemeral = new Map<string, Post[]>();
  readonly dialogs = new Map<string, OpenedDialog[]>();
  readonly plugins = new Map<string, {manifest: PluginManifest; active: boolean}>();
  readonly requestLog: RequestLogEntry[] = [];
  private clock = 0;

  constructor(public config: PeerConfig) {}

  /** Strictly increasing millis, so ordering by create_at is stable even within one millisecond. */
  now(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    return this.clock;
  }

  user(id: string): UserRecord {
    const u = this.users.get(id);
    if (!u) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    return u;
  }

  userByUsername(username: string): UserRecord | undefined {
    const wanted = username.toLowerCase();
    return [...this.users.values()].find((u) => u.username === wanted);
  }

  userByEmail(email: string): UserRecord | undefined {
    const wanted = email.toLowerCase();
    return [...this.users.values()].find((u) => u.email.toLowerCase() === wanted);
  }

  team(id: string): TeamRecord {
    const t = this.teams.get(id);
    if (!t) throw notFound('app.team.get.find.app_error', 'Unable to find the existing team.');
    return t;
  }

  teamByName(name: string): TeamRecord {
    const t = [...this.teams.values()].find((x) => x.name === name);
    if (!t) throw notFound('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.');
    return t;
  }

  channel(id: string): ChannelRecord {
    const c = this.channels.get(id);
    if (!c) throw notFound('app.channel.get.existing.app_error', 'Unable to find the existing channel.');
    return c;
  }

  channelByName(teamId: string, name: string): ChannelRecord {
    const c = [...this.channels.values()].find((x) => x.teamId === teamId && x.name === name);
    if (!c) throw notFound('app.channel.get_by_name.missing.app_error', 'Channel does not exist.');
    return c;
  }

  post(id: string): PostRecord {
    const p = this.posts.get(id);
    if (!p || p.deleteAt !== 0) throw notFound('app.post.get.app_error', 'Unable to get the post.');
    return p;
  }

  replyCount(rootId: string): number {
    let n = 0;
    for (const p of this.posts.values()) if (p.rootId === rootId && p.deleteAt === 0) n++;
    return n;
  }

  // --- memberships ----------------------------------------------------------------------------

  addTeamMember(teamId: string, userId: string, roles = 'team_user'): void {
    let members = this.teamMembers.get(teamId);
    if (!members) this.teamMembers.set(teamId, (members = new Map<string, string>()));
    members.set(userId, roles);
  }

  teamRoles(teamId: string, userId: string): string | undefined {
    return this.teamMembers.get(teamId)?.get(userId);
  }

  addChannelMember(channelId: string, userId: string, roles = 'channel_user'): void {
    let members = this.channelMembers.get(channelId);
    if (!members) this.channelMembers.set(channelId, (members = new Map<string, string>()));
    members.set(userId, roles);
  }

  removeChannelMember(channelId: string, userId: string): void {
    this.channelMembers.get(channelId)?.delete(userId);
  }

  channelRoles(channelId: string, userId: string): string | undefined {
    return this.channelMembers.get(channelId)?.get(userId);
  }

  // --- permissions (the subset the bridge meets) ---------------------------------------------

  isSystemAdmin(user: UserRecord): boolean {
    return user.roles.split(' ').includes('system_admin');
  }

  /** read_channel / create_post / edit_post: channel membership, or manage_system (system_admin). */
  requireChannelAccess(user: UserRecord, channelId: string, permission: string): ChannelRecord {
    const channel = this.channels.get(channelId);
    if (!channel) throw permissionDenied(permission);
    if (this.isSystemAdmin(user) || this.channelRoles(channelId, user.id) !== undefined) return channel;
    throw permissionDenied(permission);
  }

  /** view_team: team membership or system_admin. */
  requireTeamAccess(user: UserRecord, teamId: string, permission = 'view_team'): TeamRecord {
    const team = this.teams.get(teamId);
    if (team && (this.isSystemAdmin(user) || this.teamRoles(teamId, user.id) !== undefined)) return team;
    throw permissionDenied(permission);
  }

  /** manage_slash_commands: team_admin or system_admin by default. */
  requireCommandManager(user: UserRecord, teamId: string): void {
    if (this.isSystemAdmin(user)) return;
    if (this.teamRoles(teamId, user.id)?.split(' ').includes('team_admin')) return;
    throw permissionDenied('manage_slash_commands');
  }

  requireSystemAdmin(user: UserRecord, permission: string): void {
    if (!this.isSystemAdmin(user)) throw permissionDenied(permission);
  }

  // --- test inboxes --------------------------------------------------------------------------

  deliverEphemeral(userId: string, post: Post): void {
    let inbox = this.ephemeral.get(userId);
    if (!inbox) this.ephemeral.set(userId, (inbox = []));
    inbox.push(post);
  }

  recordDialog(userId: string, dialog: OpenedDialog): void {
    let list = this.dialogs.get(userId);
    if (!list) this.dialogs.set(userId, (list = []));
    list.push(dialog);
  }

  issueToken(userId: string): string {
    const token = newId();
    this.tokens.set(token, userId);
    return token;
  }

  pluginValues(pluginId: string): Record<string, unknown> {
    return this.config.PluginSettings.Plugins[pluginId] ?? {};
  }
}
