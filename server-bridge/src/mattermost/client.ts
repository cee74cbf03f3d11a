/**
 * MattermostPort over REST with @mattermost/client's Client4, as the bot. Errors become
 * MattermostError with the HTTP status and Retry-After, so callers can tell a 429 storm or a
 * 5xx (retry) from a missing channel (skip).
 */
import {Client4} from './client4';
import type {Post} from '@mattermost/types/posts';
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import {isMattermostId, MattermostError, type MattermostPort, type MattermostPost, type MattermostPostInput, type MattermostUser} from './port';
import {createHttpTransport, type TransportResponse} from './transport';
import {describe} from '../app/errors';

type FetchOptions = RequestInit & {ignoreStatus?: boolean; idOnly?: boolean};
type FetchWithResponse = (url: string, options: FetchOptions) => Promise<{response: TransportResponse; headers: TransportResponse['headers']; data: unknown}>;

/** Client4 plus the one call it lacks (opening a dialog). */
export class BotClient extends Client4 {
  openDialog(triggerId: string, url: string, dialog: Record<string, unknown>): Promise<unknown> {
    // No Client4 method exists; the trigger id is the credential.
    return this.doFetch(`${this.getBaseRoute()}/actions/dialogs/open`, {
      method: 'post',
      body: JSON.stringify({trigger_id: triggerId, url, dialog}),
    });
  }

  /**
   * Client4's createPost, reading only the new post's id from the answer (transport.ts,
   * `answeredId`): the bridge needs nothing else of it.
   */
  async createPostForId(post: Partial<Post>): Promise<string> {
    const created = await this.doFetch<unknown>(this.getPostsRoute(), {method: 'post', body: JSON.stringify(post), idOnly: true} as Parameters<Client4['doFetch']>[1]);
    const id = typeof created === 'object' && created !== null && 'id' in created ? created.id : undefined;
    if (typeof id !== 'string' || !isMattermostId(id)) throw new MattermostError(0, 'POST /api/v4/posts: the answer has no post id');
    return id;
  }

  /** A user's preferences in one category; [] when it is empty (Mattermost answers 404). */
  async getUserPreferencesByCategory(userId: string, category: string): Promise<unknown> {
    try {
      return await this.doFetch<unknown>(`${this.getUserRoute(userId)}/preferences/${encodeURIComponent(category)}`, {method: 'get'});
    } catch (err) {
      if (err instanceof MattermostError && err.status === 404) return [];
      throw err;
    }
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/**
 * The headers Client4's getOptions sends (token, X-Requested-With, Content-Type), built here
 * because getOptions tests every body with `instanceof FormData`, and the first touch of that
 * global loads Node's whole fetch implementation (undici) into the heap of a bridge that never
 * uses it.
 */
function requestHeaders(token: string, body: string | undefined | null, extra: HeadersInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {'X-Requested-With': 'XMLHttpRequest', Authorization: `Bearer ${token}`};
  if (body) headers['Content-Type'] = 'application/json';
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) Object.assign(headers, extra);
  return headers;
}

/**
 * A Client4 on the keep-alive transport (transport.ts) whose failures keep their HTTP status and
 * Retry-After (Client4 drops both for non-JSON bodies).
 */
export function createBotClient(url: string, token: string, timeoutMs = 15000): BotClient {
  const client = new BotClient();
  client.setUrl(url.replace(/\/+$/, ''));
  client.setToken(token);
  client.setIncludeCookies(false);
  const transport = createHttpTransport();
  // doFetchWithResponse is private in the typings but an instance property at run time; every
  // Client4 call goes through it, so replacing it once covers the whole client.
  const open = client as unknown as {doFetchWithResponse: FetchWithResponse};
  open.doFetchWithResponse = async (route, options) => {
    let response: TransportResponse;
    try {
      const {method, body} = options;
      // Every call the bridge makes sends JSON; file uploads (FormData) are not among them.
      if (body !== undefined && body !== null && typeof body !== 'string') throw new Error('only JSON request bodies are supported');
      const headers = requestHeaders(token, body, options.headers);
      const request = {method: method ?? 'GET', headers, ...(typeof body === 'string' ? {body} : {}), ...(options.idOnly ? {idOnly: true} : {})};
      response = await transport.request(route, request, timeoutMs);
    } catch (err) {
      throw new MattermostError(0, `Mattermost unreachable (${route}): ${describe(err)}`);
    }
    const {data} = response;
    const result = {response, headers: response.headers, data};
    if (!response.ok && !options.ignoreStatus) {
      const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : response.statusText;
      throw new MattermostError(
        response.status,
        `${options.method ?? 'GET'} ${new URL(route).pathname}: ${response.status} ${message}`,
        parseRetryAfter(response.headers.get('Retry-After')),
      );
    }
    return result;
  };
  return client;
}

/**
 * What the bridge reads of a user profile. Answers decoded with it (the batch lookup) drop a
 * malformed time zone rather than the whole answer.
 */
const profileSchema = z.object({
  id: z.string().min(1),
  username: z.string(),
  email: z.string().optional(),
  delete_at: z.number().optional(),
  is_bot: z.boolean().optional(),
  roles: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  timezone: z
    .object({useAutomaticTimezone: z.union([z.boolean(), z.string()]), automaticTimezone: z.string(), manualTimezone: z.string()})
    .optional()
    .catch(undefined),
});
const profileList = z.array(profileSchema);
type Profile = z.infer<typeof profileSchema>;

function toUser(u: Profile): MattermostUser {
  return {
    id: u.id,
    username: u.username,
    email: u.email ?? '',
    deleteAt: u.delete_at ?? 0,
    isBot: Boolean(u.is_bot),
    roles: u.roles ?? '',
    firstName: u.first_name ?? '',
    lastName: u.last_name ?? '',
    ...(u.timezone
      ? {timezone: {useAutomaticTimezone: String(u.timezone.useAutomaticTimezone), automaticTimezone: u.timezone.automaticTimezone, manualTimezone: u.timezone.manualTimezone}}
      : {}),
  };
}

function toPost(p: Post): MattermostPost {
  return {
    id: p.id,
    channelId: p.channel_id,
    userId: p.user_id,
    message: p.message,
    type: p.type ?? '',
    rootId: p.root_id ?? '',
    props: p.props ?? {},
    createAt: p.create_at,
    updateAt: p.update_at,
  };
}

async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof MattermostError && (err.status === 404 || err.status === 403)) return null;
    throw err;
  }
}

export class RestMattermost implements MattermostPort {
  private botId: string | null = null;
  private readonly directChannels = new Map<string, string>();

  constructor(readonly client: BotClient) {}

  async botUserId(): Promise<string> {
    if (!this.botId) this.botId = (await this.client.getMe()).id;
    return this.botId;
  }

  async getUser(id: string): Promise<MattermostUser | null> {
    const u = await orNull(this.client.getUser(id));
    return u ? toUser(u) : null;
  }

  async getUserByEmail(email: string): Promise<MattermostUser | null> {
    const u = await orNull(this.client.getUserByEmail(email));
    return u ? toUser(u) : null;
  }

  async getUserByUsername(username: string): Promise<MattermostUser | null> {
    const u = await orNull(this.client.getUserByUsername(username));
    return u ? toUser(u) : null;
  }

  async getUsersByUsernames(usernames: readonly string[]): Promise<MattermostUser[]> {
    // The server answers an empty list with a 400.
    if (usernames.length === 0) return [];
    const answer: unknown = await this.client.getProfilesByUsernames([...usernames]);
    const parsed = profileList.safeParse(answer);
    if (!parsed.success) throw new Error(`POST /users/usernames: unexpected answer (${formatIssues(parsed.error.issues, {root: 'users', firstOnly: true})})`);
    return parsed.data.map(toUser);
  }

  async getChannelByName(team: string, channel: string): Promise<string | null> {
    const c = await orNull(this.client.getChannelByNameAndTeamName(team, channel));
    return c ? c.id : null;
  }

  async directChannel(userId: string): Promise<string> {
    const known = this.directChannels.get(userId);
    if (known) return known;
    const channel = await this.client.createDirectChannel([await this.botUserId(), userId]);
    this.directChannels.set(userId, channel.id);
    return channel.id;
  }

  async createPost(post: MattermostPostInput): Promise<{id: string}> {
    const id = await this.client.createPostForId({
      channel_id: post.channelId,
      message: post.message,
      type: post.type ?? '',
      props: post.props ?? {},
      root_id: post.rootId ?? '',
    } as unknown as Post);
    return {id};
  }

  async getPost(id: string): Promise<MattermostPost | null> {
    const p = await orNull(this.client.getPost(id));
    return p ? toPost(p) : null;
  }

  async updatePost(id: string, message: string, props: Record<string, unknown>): Promise<MattermostPost> {
    // patch sends only message and props: pinned state and reactions stay as they are.
    const updated = await this.client.patchPost({id, message, props});
    return toPost(updated);
  }

  async postsSince(channelId: string, sinceMs: number): Promise<MattermostPost[]> {
    const list = await this.client.getPostsSince(channelId, sinceMs, false);
    return Object.values(list.posts).map(toPost);
  }

  async thread(rootId: string): Promise<MattermostPost[]> {
    const list = await this.client.getPostThread(rootId, false);
    return Object.values(list.posts).map(toPost);
  }

  async isChannelMember(channelId: string, userId: string): Promise<boolean | null> {
    try {
      await this.client.getChannelMember(channelId, userId);
      return true;
    } catch (err) {
      if (!(err instanceof MattermostError) || err.status !== 404) throw err;
    }
    // 404 for both "not a member" and "no such channel": tell them apart.
    return (await this.getChannel(channelId)) ? false : null;
  }

  private async getChannel(channelId: string): Promise<{id: string} | null> {
    return orNull(this.client.getChannel(channelId));
  }

  async createEphemeralPost(userId: string, channelId: string, message: string, rootId?: string): Promise<void> {
    await this.client.createPostEphemeral(userId, {channel_id: channelId, message, root_id: rootId ?? ''});
  }

  async openDialog(triggerId: string, url: string, dialog: Record<string, unknown>): Promise<void> {
    await this.client.openDialog(triggerId, url, dialog);
  }
}
