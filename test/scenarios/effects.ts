/**
 * The effects auditor: what a burst of access requests left in Mattermost, read the way users
 * read it (channel posts, DMs with the bot, threads) over REST, per request and summed into one
 * row. It never looks at the bridge's plugin data or logs, so it holds for any pipeline design.
 *
 * "Working buttons" means what a user would find out by clicking: a card of a pending request
 * carries approve/deny actions, and on a sample of cards a click by someone who may not review is
 * answered by the bridge (a refusal it wrote), not Mattermost's 404 "Unable to find the action"
 * nor the bridge's "could not be verified" (a token bound to another post).
 */
import type {Post} from '@mattermost/types/posts';
import {z} from 'zod';
import {CARD_PROPS_KEY, REQUEST_ID_PROPS_KEY, type CardModel} from '@tma/card-contract';
import {clientFor, type Client4} from '../peers/mattermost/client4';
import {STORY_OTHER_CHANNEL, STORY_REQUESTS_CHANNEL, STORY_ROLE_TO_RECIPIENTS, STORY_TEAM, type StoryUserName} from '../peers/story';
import type {MattermostPeer} from '../peers/types';

export type FinalState = 'PENDING' | 'APPROVED' | 'DENIED';

/** A request of the burst, as the scenario created it. */
export interface BurstRequest {
  id: string;
  roles: string[];
  suggestedReviewers: StoryUserName[];
}

/** A review the scenario made (Teleport counts it; the bridge must reply in every card's thread). */
export interface BurstReview {
  requestId: string;
  author: StoryUserName;
  decision: 'APPROVED' | 'DENIED';
}

export interface AuditOptions {
  requests: BurstRequest[];
  reviews: BurstReview[];
  /** Click this many cards of pending requests (spread over the burst) to prove the buttons work; 0 skips clicking. */
  clickSample?: number;
  /** Cards Mattermost refuses to let the bridge edit (bot removed from the channel): not expected to stay true. */
  uneditable?: ReadonlySet<string>;
  /** "requestId recipient" of cards an admin deleted: gone is fine, more than one is a duplicate. */
  deleted?: ReadonlySet<string>;
  /** Whether pending cards must carry buttons (false on a cluster that cannot record reviews made in chat: link-only cards); default true. */
  buttonsExpected?: boolean;
  /** Ephemeral posts a user received (in-repo peer); without it a 200 from the click is the proof. */
  ephemeralFor?: (userId: string) => Post[];
}

export interface RequestEffects {
  requestId: string;
  state: FinalState;
  /** Recipient ("acme/access-requests", "@alice") → number of cards found there. */
  cards: Record<string, number>;
  missing: string[];
  duplicates: number;
  /** Cards (of a pending request) without approve/deny actions, or whose sampled click failed. */
  brokenButtons: string[];
  /** Cards whose state differs from the request's. */
  stale: string[];
  /** Requester DMs: "new request" and resolution, as found. */
  newRequestDms: number;
  resolutionDms: number;
  /** Per card: thread replies expected (one per review, one per resolution) vs found. */
  repliesExpected: number;
  repliesMissing: number;
  repliesDoubled: number;
}

export interface AuditSummary {
  expectedCards: number;
  cards: number;
  missing: number;
  duplicates: number;
  brokenButtons: number;
  stale: number;
  dmsLost: number;
  dmsDoubled: number;
  repliesExpected: number;
  repliesMissing: number;
  repliesDoubled: number;
  clicked: number;
  /** A few concrete findings, for the failure message. */
  examples: string[];
}

export interface Audit {
  perRequest: RequestEffects[];
  summary: AuditSummary;
}

/** The story's thresholds: two approvals approve, one denial denies. */
export function finalState(requestId: string, reviews: BurstReview[]): FinalState {
  const mine = reviews.filter((r) => r.requestId === requestId);
  if (mine.some((r) => r.decision === 'DENIED')) return 'DENIED';
  return new Set(mine.filter((r) => r.decision === 'APPROVED').map((r) => r.author)).size >= 2 ? 'APPROVED' : 'PENDING';
}

/** Where the story routes a request: its roles' routes ("*" for unrouted roles), then the suggested reviewers' DMs. */
export function expectedRecipients(request: BurstRequest): string[] {
  const channels = new Set<string>();
  for (const role of request.roles) for (const r of STORY_ROLE_TO_RECIPIENTS[role] ?? STORY_ROLE_TO_RECIPIENTS['*'] ?? []) channels.add(r);
  return [...channels, ...request.suggestedReviewers.map((u) => `@${u}`)];
}

const STORY_DM_USERS: StoryUserName[] = ['alice', 'bob', 'ivan', 'carol'];
const RESOLVED_DM = /(was approved|was denied|was promoted|expired before it was resolved)\./;
const RESOLUTION_REPLY = /The request (was approved|was denied|was promoted|expired before it was resolved)\./;

/** What a client reads of a card post: the card model's state and buttons, and the attachment actions. */
const cardProps = z
  .object({
    [CARD_PROPS_KEY]: z
      .object({
        state: z.enum(['PENDING', 'APPROVED', 'DENIED', 'PROMOTED', 'EXPIRED']),
        buttons: z.object({enabled: z.boolean()}).loose(),
      })
      .loose(),
    attachments: z.array(z.object({actions: z.array(z.object({id: z.string()}).loose()).optional()}).loose()).optional(),
  })
  .loose();

interface VisibleCard {
  state: CardModel['state'];
  buttonsEnabled: boolean;
  actionIds: string[];
}

/** The card as a client sees it, or null when the post is not a readable card (counted as broken by the caller). */
function cardOf(post: Post): VisibleCard | null {
  const parsed = cardProps.safeParse(post.props ?? {});
  if (!parsed.success) return null;
  const model = parsed.data[CARD_PROPS_KEY];
  return {
    state: model.state,
    buttonsEnabled: model.buttons.enabled,
    actionIds: (parsed.data.attachments ?? []).flatMap((a) => (a.actions ?? []).map((x) => x.id)),
  };
}

/** Every post of a channel, oldest first, paging as a client scrolls back. */
async function allPosts(client: Client4, channelId: string): Promise<Post[]> {
  const seen = new Map<string, Post>();
  const perPage = 200;
  for (let page = 0; ; page++) {
    const list = await client.getPosts(channelId, page, perPage);
    for (const id of list.order) {
      const p = list.posts[id];
      if (p && p.channel_id === channelId) seen.set(id, p);
    }
    if (list.order.length < perPage) break;
  }
  return [...seen.values()].sort((a, b) => a.create_at - b.create_at);
}

export class EffectsAuditor {
  private readonly bot: Client4;

  constructor(private readonly mattermost: MattermostPeer) {
    this.bot = clientFor(mattermost.url, mattermost.bot.token);
  }

  async audit(opts: AuditOptions): Promise<Audit> {
    const mm = this.mattermost;
    const channelOf = new Map<string, string>([
      [mm.channels.requests.id, `${STORY_TEAM}/${STORY_REQUESTS_CHANNEL}`],
      [mm.channels.other.id, `${STORY_TEAM}/${STORY_OTHER_CHANNEL}`],
    ]);
    const dmChannel: Partial<Record<StoryUserName, string>> = {};
    for (const u of STORY_DM_USERS) {
      const id = (await this.bot.createDirectChannel([mm.bot.id, mm.users[u].id])).id;
      dmChannel[u] = id;
      channelOf.set(id, `@${u}`);
    }

    const cardsByRequest = new Map<string, Post[]>();
    const repliesByRoot = new Map<string, Post[]>();
    const bobDms: Post[] = [];
    for (const [channelId, name] of channelOf) {
      for (const p of await allPosts(this.bot, channelId)) {
        if (p.root_id) {
          const list = repliesByRoot.get(p.root_id) ?? [];
          list.push(p);
          repliesByRoot.set(p.root_id, list);
          continue;
        }
        const requestId = p.props?.[REQUEST_ID_PROPS_KEY];
        if (typeof requestId === 'string') {
          const list = cardsByRequest.get(requestId) ?? [];
          list.push(p);
          cardsByRequest.set(requestId, list);
        } else if (name === '@bob') {
          bobDms.push(p);
        }
      }
    }

    const recipientOf = (p: Post) => channelOf.get(p.channel_id) ?? p.channel_id;
    const perRequest: RequestEffects[] = [];
    const clickCandidates: {effects: RequestEffects; post: Post}[] = [];
    for (const request of opts.requests) {
      const state = finalState(request.id, opts.reviews);
      const reviews = opts.reviews.filter((r) => r.requestId === request.id);
      const cards = cardsByRequest.get(request.id) ?? [];
      const byRecipient: Record<string, number> = {};
      for (const p of cards) byRecipient[recipientOf(p)] = (byRecipient[recipientOf(p)] ?? 0) + 1;
      const expected = expectedRecipients(request);
      const effects: RequestEffects = {
        requestId: request.id,
        state,
        cards: byRecipient,
        missing: expected.filter((r) => !byRecipient[r] && !opts.deleted?.has(`${request.id} ${r}`)),
        duplicates: Object.values(byRecipient).reduce((n, c) => n + Math.max(0, c - 1), 0),
        brokenButtons: [],
        stale: [],
        newRequestDms: 0,
        resolutionDms: 0,
        repliesExpected: 0,
        repliesMissing: 0,
        repliesDoubled: 0,
      };
      for (const p of cards) {
        if (opts.uneditable?.has(p.id)) continue;
        const c = cardOf(p);
        if (!c) {
          effects.stale.push(`${p.id} (props not a readable card)`);
          continue;
        }
        if (c.state !== state) effects.stale.push(p.id);
        if (state === 'PENDING') {
          const shown = c.buttonsEnabled || (opts.buttonsExpected ?? true);
          const working = c.buttonsEnabled && c.actionIds.includes('approve') && c.actionIds.includes('deny');
          if (shown && !working) effects.brokenButtons.push(p.id);
          else if (working) clickCandidates.push({effects, post: p});
        }
        // One reply per review and one per resolution, in every card's thread.
        const replies = repliesByRoot.get(p.id) ?? [];
        const wanted = reviews.map((r) => new RegExp(`\`${r.author}\` ${r.decision === 'APPROVED' ? 'approved' : 'denied'}( via Mattermost)? at`));
        if (state !== 'PENDING') wanted.push(RESOLUTION_REPLY);
        for (const pattern of wanted) {
          const found = replies.filter((x) => pattern.test(x.message)).length;
          effects.repliesExpected++;
          if (found === 0) effects.repliesMissing++;
          effects.repliesDoubled += Math.max(0, found - 1);
        }
      }
      // DMs print only the short id (8 random characters of the id: unique in practice, not by
      // construction); the bridge's effect marker carries the full id.
      const mentions = bobDms.filter((p) => {
        const marker: unknown = p.props?.teleport_effect;
        return typeof marker === 'string' && marker.startsWith(`${request.id}/`);
      });
      effects.newRequestDms = mentions.filter((p) => /is waiting for review\./.test(p.message)).length;
      effects.resolutionDms = mentions.filter((p) => RESOLVED_DM.test(p.message)).length;
      perRequest.push(effects);
    }

    let clicked = 0;
    const sample = opts.clickSample ?? 0;
    if (sample > 0 && clickCandidates.length > 0) {
      const step = Math.max(1, Math.floor(clickCandidates.length / sample));
      for (let i = 0; i < clickCandidates.length && clicked < sample; i += step) {
        const {effects, post} = clickCandidates[i]!;
        const problem = await this.click(post, dmChannel, opts.ephemeralFor);
        clicked++;
        if (problem) effects.brokenButtons.push(`${post.id} (${problem})`);
      }
    }
    const summary = summarize(perRequest, opts.requests, clicked);
    summary.expectedCards -= opts.deleted?.size ?? 0;
    return {perRequest, summary};
  }

  /**
   * Clicks Approve as someone who may not review: carol in channels (a Teleport user without
   * review rights), the bot in DMs (the only other member). Returns what went wrong, or null.
   */
  private async click(post: Post, dms: Partial<Record<StoryUserName, string>>, ephemeralFor?: (userId: string) => Post[]): Promise<string | null> {
    const mm = this.mattermost;
    const inDm = Object.values(dms).includes(post.channel_id);
    const clicker = inDm ? {id: mm.bot.id, token: mm.bot.token} : {id: mm.users.carol.id, token: mm.users.carol.token};
    const before = ephemeralFor?.(clicker.id).length ?? 0;
    const res = await fetch(`${mm.url}/api/v4/posts/${post.id}/actions/approve`, {
      method: 'POST',
      headers: {authorization: `Bearer ${clicker.token}`, 'content-type': 'application/json'},
      body: '{}',
    });
    const text = await res.text();
    if (res.status !== 200) {
      let message = text;
      try {
        const said = (JSON.parse(text) as {message?: unknown}).message;
        message = typeof said === 'string' ? said : text;
      } catch {
        // not JSON: keep the raw text
      }
      return `click answered ${res.status} "${message}"`;
    }
    if (!ephemeralFor) return null;
    const answer = ephemeralFor(clicker.id)
      .slice(before)
      .find((p) => p.root_id === post.id);
    if (!answer) return 'the bridge sent no answer to the click';
    if (/could not be verified|went wrong/i.test(answer.message)) return `the bridge answered "${answer.message}"`;
    return null;
  }
}

function summarize(perRequest: RequestEffects[], requests: BurstRequest[], clicked: number): AuditSummary {
  const s: AuditSummary = {
    expectedCards: requests.reduce((n, r) => n + expectedRecipients(r).length, 0),
    cards: 0,
    missing: 0,
    duplicates: 0,
    brokenButtons: 0,
    stale: 0,
    dmsLost: 0,
    dmsDoubled: 0,
    repliesExpected: 0,
    repliesMissing: 0,
    repliesDoubled: 0,
    clicked,
    examples: [],
  };
  const example = (text: string) => {
    if (s.examples.length < 8) s.examples.push(text);
  };
  for (const e of perRequest) {
    s.cards += Object.values(e.cards).reduce((a, b) => a + b, 0);
    s.missing += e.missing.length;
    s.duplicates += e.duplicates;
    s.brokenButtons += e.brokenButtons.length;
    s.stale += e.stale.length;
    const wantResolution = e.state === 'PENDING' ? 0 : 1;
    s.dmsLost += (e.newRequestDms === 0 ? 1 : 0) + (e.resolutionDms < wantResolution ? 1 : 0);
    s.dmsDoubled += Math.max(0, e.newRequestDms - 1) + Math.max(0, e.resolutionDms - wantResolution);
    s.repliesExpected += e.repliesExpected;
    s.repliesMissing += e.repliesMissing;
    s.repliesDoubled += e.repliesDoubled;
    if (e.missing.length) example(`${e.requestId}: no card in ${e.missing.join(', ')}`);
    if (e.duplicates) example(`${e.requestId}: ${JSON.stringify(e.cards)} cards`);
    if (e.brokenButtons.length) example(`${e.requestId}: buttons missing or not working on ${e.brokenButtons.join(', ')}`);
    if (e.stale.length) example(`${e.requestId}: ${e.stale.length} card(s) not showing ${e.state}`);
    if (e.newRequestDms !== 1 || e.resolutionDms !== wantResolution) {
      example(`${e.requestId}: requester DMs new=${e.newRequestDms} resolution=${e.resolutionDms} (want 1 and ${wantResolution})`);
    }
    if (e.repliesMissing || e.repliesDoubled) example(`${e.requestId}: thread replies missing ${e.repliesMissing}, doubled ${e.repliesDoubled}`);
  }
  return s;
}

/**
 * Audits until everything expected has arrived (or `timeoutMs` passed), waits `quietMs` more so a
 * duplicate the bridge was about to make can appear, then audits once more with clicks.
 */
export async function settledAudit(auditor: EffectsAuditor, opts: AuditOptions, timing: {timeoutMs: number; quietMs?: number}): Promise<Audit> {
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    let s: AuditSummary | null = null;
    try {
      s = (await auditor.audit({...opts, clickSample: 0})).summary;
    } catch {
      // Mattermost may still be recovering from the fault; read again.
    }
    const arrived = s && s.missing === 0 && s.brokenButtons === 0 && s.stale === 0 && s.dmsLost === 0 && s.repliesMissing === 0;
    if (arrived || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  await new Promise((r) => setTimeout(r, timing.quietMs ?? 3000));
  return auditor.audit(opts);
}

/** Everything is as promised: the condition every fault scenario asserts. */
export function clean(s: AuditSummary): boolean {
  return (
    s.missing === 0 && s.duplicates === 0 && s.brokenButtons === 0 && s.stale === 0 && s.dmsLost === 0 && s.dmsDoubled === 0 && s.repliesMissing === 0 && s.repliesDoubled === 0
  );
}

export const TABLE_HEADER =
  '| Fault | Expected cards | Cards | Missing | Duplicates | Cards without working buttons | Stale cards | Requester DMs lost / doubled | Thread replies expected / missing / doubled | Clicked |';

/** One row like the fault table of issue 10. */
export function tableRow(fault: string, s: AuditSummary): string {
  return `| ${fault} | ${s.expectedCards} | ${s.cards} | ${s.missing} | ${s.duplicates} | ${s.brokenButtons} | ${s.stale} | ${s.dmsLost} / ${s.dmsDoubled} | ${s.repliesExpected} / ${s.repliesMissing} / ${s.repliesDoubled} | ${s.clicked} |`;
}
