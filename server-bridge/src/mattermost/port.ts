/**
 * What the bridge needs from Mattermost. Implemented by mattermost/client.ts over REST with
 * @mattermost/client; the card core and app depend only on this interface.
 */

export interface MattermostUser {
  id: string;
  username: string;
  email: string;
  /** Non-zero when deactivated. */
  deleteAt: number;
  isBot: boolean;
  roles: string;
  firstName: string;
  lastName: string;
  /** The profile's time zone fields as Mattermost stores them (strings), if any. */
  timezone?: {useAutomaticTimezone?: string; automaticTimezone?: string; manualTimezone?: string};
}

export interface MattermostPostInput {
  channelId: string;
  message: string;
  type?: string;
  props?: Record<string, unknown>;
  rootId?: string;
}

export interface MattermostPost {
  id: string;
  channelId: string;
  userId: string;
  message: string;
  type: string;
  rootId: string;
  props: Record<string, unknown>;
  createAt: number;
  updateAt: number;
}

/** Whether `value` has the shape of a Mattermost id (users, channels, teams, posts): 26 of a-z0-9. */
export function isMattermostId(value: string): boolean {
  return /^[a-z0-9]{26}$/.test(value);
}

export class MattermostError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'MattermostError';
  }
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export interface MattermostPort {
  botUserId(): Promise<string>;
  getUser(id: string): Promise<MattermostUser | null>;
  getUserByEmail(email: string): Promise<MattermostUser | null>;
  getUserByUsername(username: string): Promise<MattermostUser | null>;
  /**
   * The users with these usernames, in one call (`POST /users/usernames`); a name with no user is
   * simply absent from the answer, deactivated users are in it (see deleteAt). Empty in, empty out.
   */
  getUsersByUsernames(usernames: readonly string[]): Promise<MattermostUser[]>;
  /** `team/channel` → channel id, or null when it does not exist. */
  getChannelByName(team: string, channel: string): Promise<string | null>;
  /** DM channel between the bot and this user (idempotent). */
  directChannel(userId: string): Promise<string>;
  /** The created post's id (the rest of the answer is not needed and not decoded). */
  createPost(post: MattermostPostInput): Promise<{id: string}>;
  getPost(id: string): Promise<MattermostPost | null>;
  /** Replaces message and the whole props map (Mattermost semantics: no merge). */
  updatePost(id: string, message: string, props: Record<string, unknown>): Promise<MattermostPost>;
  /** Posts of a channel created or changed after `sinceMs` (finds lost posts after a crash). */
  postsSince(channelId: string, sinceMs: number): Promise<MattermostPost[]>;
  /** A root post and its replies. */
  thread(rootId: string): Promise<MattermostPost[]>;
  /** Whether the user is a member of the channel (null when the channel does not exist). */
  isChannelMember(channelId: string, userId: string): Promise<boolean | null>;
  /** Ephemeral post to one user (needs create_post_ephemeral). */
  createEphemeralPost(userId: string, channelId: string, message: string, rootId?: string): Promise<void>;
  /** Opens an interactive dialog; the trigger id is the credential. */
  openDialog(triggerId: string, url: string, dialog: Record<string, unknown>): Promise<void>;
}
