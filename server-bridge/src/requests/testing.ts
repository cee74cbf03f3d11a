/**
 * Test doubles for the lifecycle: a chat that keeps its posts like Mattermost does (and can fail
 * after acting, the way a lost answer does), and plugin data with Teleport's CAS semantics.
 */
import pino from 'pino';
import {ChatError, type ChatPort, type Effect, effectKey} from '../chat/port';
import type {AccessRequest} from '../domain/request';
import type {CardModel} from '@tma/card-contract';
import {buildCardModel} from '../card/model';
import {cluster, settings} from '../testing/fixtures';
import {TeleportError, type TeleportPort} from '../teleport/port';
import type {LifecycleContext} from './context';
import type {PostRef} from './record';
import {RecordStore} from './record-store';

export interface FakePost {
  id: string;
  channelId: string;
  rootId: string;
  key: string;
  createAt: number;
  card: CardModel | null;
  /** Whether the card was created or drawn with its buttons. */
  buttons: boolean;
}

type Op = 'postCard' | 'updateCard' | 'reply' | 'dm';

export class FakeChat implements ChatPort {
  readonly calls = {writes: 0, reads: 0};
  readonly posts: FakePost[] = [];
  /** Failures to inject: `after` acts first (the post exists) and then fails, like a lost answer. */
  readonly faults: {op: Op; times: number; after: boolean}[] = [];
  clock = 1_000;

  private fault(op: Op): {after: boolean} | null {
    const f = this.faults.find((x) => x.op === op && x.times > 0);
    if (!f) return null;
    f.times--;
    return {after: f.after};
  }

  private act<T>(op: Op, action: () => T): T {
    this.calls.writes++;
    const f = this.fault(op);
    if (f && !f.after) throw new ChatError('retry', `${op}: 503`);
    const result = action();
    if (f) throw new ChatError('retry', `${op}: answer lost`);
    return result;
  }

  private add(channelId: string, rootId: string, key: string, card: CardModel | null): FakePost {
    const post = {id: `p${this.posts.length + 1}`, channelId, rootId, key, createAt: this.clock++, card, buttons: Boolean(card?.buttons.enabled)};
    this.posts.push(post);
    return post;
  }

  async postCard(channelId: string, card: CardModel): Promise<PostRef> {
    return this.act('postCard', () => ({channelId, postId: this.add(channelId, '', `${card.requestId}/card`, card).id}));
  }

  async updateCard(ref: PostRef, card: CardModel): Promise<void> {
    this.act('updateCard', () => {
      const post = this.posts.find((p) => p.id === ref.postId);
      if (!post) throw new ChatError('gone', 'deleted');
      post.card = card;
      post.buttons = card.buttons.enabled;
    });
  }

  async reply(card: PostRef, requestId: string, effect: Effect, _message = ''): Promise<void> {
    this.act('reply', () => this.add(card.channelId, card.postId, `${requestId}/${effectKey(effect)}`, null));
  }

  async dm(userId: string, requestId: string, effect: Effect, _message = ''): Promise<void> {
    this.act('dm', () => this.add(`dm-${userId}`, '', `${requestId}/${effectKey(effect)}`, null));
  }

  async dmChannel(userId: string): Promise<string> {
    return `dm-${userId}`;
  }

  async findCard(requestId: string, channelId: string, sinceMs: number): Promise<PostRef | null> {
    this.calls.reads++;
    const p = this.posts.find((x) => x.channelId === channelId && x.key === `${requestId}/card` && x.createAt >= sinceMs);
    return p ? {channelId, postId: p.id} : null;
  }

  async findReply(card: PostRef, requestId: string, effect: Effect): Promise<boolean> {
    this.calls.reads++;
    return this.posts.some((x) => x.rootId === card.postId && x.key === `${requestId}/${effectKey(effect)}`);
  }

  async findDm(userId: string, requestId: string, effect: Effect, sinceMs: number): Promise<boolean> {
    this.calls.reads++;
    return this.posts.some((x) => x.channelId === `dm-${userId}` && x.key === `${requestId}/${effectKey(effect)}` && x.createAt >= sinceMs);
  }

  count(key: string): number {
    return this.posts.filter((p) => p.key === key).length;
  }
}

/** Plugin data with Teleport's CAS semantics (an expected empty value means "absent"). */
export function fakePluginData(): Pick<TeleportPort, 'getPluginData' | 'updatePluginData'> & {data: Map<string, Record<string, string>>} {
  const data = new Map<string, Record<string, string>>();
  return {
    data,
    async getPluginData(id) {
      return data.get(id) ?? null;
    },
    async updatePluginData(id, _plugin, set, expect) {
      const cur = data.get(id) ?? {};
      for (const [k, v] of Object.entries(expect)) {
        if ((cur[k] ?? '') !== v) throw new TeleportError('CompareFailed', `plugin data changed: ${k}`);
      }
      data.set(id, Object.fromEntries(Object.entries({...cur, ...set}).filter(([, v]) => v !== '')));
    },
  };
}

export function fakeCard(request: AccessRequest, state: CardModel['state']): CardModel {
  return buildCardModel({
    request,
    state,
    cluster,
    settings,
    capability: {selfCheckPassed: true},
    mattermostIds: {},
    bridgeUser: 'bridge',
    requestPrompt: '',
    now: new Date('2026-11-21T10:00:00Z'),
  });
}

/** A lifecycle context over the fakes; `channels` are where the request is routed. */
export function fakeContext(
  chat: FakeChat,
  plugin: ReturnType<typeof fakePluginData>,
  replicaId: string,
  clock: {now: number},
  channels = ['c-requests', 'dm-alice'],
): LifecycleContext {
  return {
    chat,
    store: new RecordStore(plugin, 'bridge'),
    settings: {current: () => ({notifyRequester: true}) as never},
    cardFor: async (request, state) => fakeCard(request, state),
    recipients: async () => ({channels, skipped: [], retryable: [], via: {}, rules: {}}),
    mattermostIdOf: async (user) => `mm-${user}`,
    replicaId,
    bridgeUser: 'bridge',
    logger: pino({level: 'silent'}),
    now: () => clock.now,
    leaseTtlMs: 30_000,
  };
}
