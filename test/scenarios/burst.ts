/**
 * Bursts of access requests and reviews, made the way users make them (bob over gRPC with his own
 * identity, alice reviewing as herself), and the report row every fault scenario prints.
 */
import assert from 'node:assert/strict';
import {appendFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {REQUEST_ID_PROPS_KEY} from '@tma/card-contract';
import type {TeleportPort} from '../../server-bridge/src/teleport/port';
import type {InRepoMattermostPeer} from '../peers/mattermost/index';
import {clean, TABLE_HEADER, tableRow, type Audit, type BurstRequest, type BurstReview} from './effects';
import type {LogLine, Story} from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Teleport may be restarting under the scenario: a refused connection is worth another try. */
async function retrying<T>(what: string, fn: () => Promise<T>, attempts = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts || !/UNAVAILABLE|unavailable|ECONNREFUSED|Connection dropped|No connection|Call cancelled|CANCELLED/i.test(String((err as Error).message))) {
        throw new Error(`${what}: ${(err as Error).message}`);
      }
      await sleep(250);
    }
  }
}

export interface BurstOptions {
  /** Every `suggestEvery`-th request suggests alice as reviewer (a DM card on top of the channel card). */
  suggestEvery?: number;
  concurrency?: number;
  label?: string;
}

/** bob creates `count` dbadmin requests; half suggest alice, so 1.5 cards per request are expected. */
export async function createBurst(bob: TeleportPort, count: number, opts: BurstOptions = {}): Promise<BurstRequest[]> {
  const every = opts.suggestEvery ?? 2;
  const out: BurstRequest[] = new Array<BurstRequest>(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const suggested = i % every === 0 ? (['alice'] as const) : ([] as const);
      const created = await retrying(`create request ${i}`, () =>
        bob.createRequest({
          user: 'bob',
          roles: ['dbadmin'],
          reason: `${opts.label ?? 'burst'} #${i}`,
          suggestedReviewers: [...suggested],
          maxDuration: null,
          dryRun: false,
        }),
      );
      out[i] = {id: created.id, roles: ['dbadmin'], suggestedReviewers: [...suggested]};
    }
  };
  await Promise.all(Array.from({length: opts.concurrency ?? 8}, worker));
  return out;
}

/** Whether the request already has a card in the routed channel (in-repo read-back; used to pace, never to assert). */
export function hasChannelCard(peer: InRepoMattermostPeer, requestId: string): boolean {
  return peer.channelPosts(peer.channels.requests.id).some((p) => !p.root_id && p.props?.[REQUEST_ID_PROPS_KEY] === requestId);
}

/** Burst cards visible so far in the routed channel (in-repo read-back; used to pick the instant of a fault). */
export function channelCards(peer: InRepoMattermostPeer): number {
  return peer.channelPosts(peer.channels.requests.id).filter((p) => !p.root_id && p.props?.[REQUEST_ID_PROPS_KEY]).length;
}

/**
 * alice reviews as herself: approves `approve` requests (one of two approvals: still pending) and
 * denies `deny` more (denied at once), choosing, in burst order, requests whose card is already up,
 * so each review is news to a bridge that has carded the request.
 */
export async function aliceReviews(story: Story, requests: BurstRequest[], plan: {approve: number; deny: number}, hasCard: (requestId: string) => boolean): Promise<BurstReview[]> {
  const alice = story.teleportAs('alice');
  const want = plan.approve + plan.deny;
  const picks: BurstRequest[] = [];
  const deadline = Date.now() + 60_000;
  while (picks.length < want) {
    for (const r of requests) if (picks.length < want && !picks.includes(r) && hasCard(r.id)) picks.push(r);
    if (picks.length < want) {
      if (Date.now() > deadline) throw new Error(`only ${picks.length} of ${requests.length} requests got a card within 60 s; cannot review ${want}`);
      await sleep(200);
    }
  }
  const reviews: BurstReview[] = [];
  for (const [i, request] of picks.entries()) {
    const decision = i < plan.approve ? 'APPROVED' : 'DENIED';
    await retrying(`alice reviews ${request.id}`, () =>
      alice.submitReview({requestId: request.id, author: 'alice', decision, reason: decision === 'DENIED' ? 'not during the freeze' : '', asSelf: true}),
    );
    reviews.push({requestId: request.id, author: 'alice', decision});
  }
  return reviews;
}

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');

/**
 * The bridge's log about the requests a failed audit names: what CI shows of a fault scenario
 * that went wrong, since the run cannot be repeated at will.
 */
function logsAbout(examples: readonly string[], logs: readonly LogLine[], perRequest = 30): string {
  const ids = [...new Set(examples.flatMap((e) => e.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []))].slice(0, 3);
  const about = ids.map((id) => {
    const lines = logs.filter((l) => JSON.stringify(l).includes(id)).map((l) => JSON.stringify(l));
    return `bridge log about ${id} (${lines.length} lines, last ${perRequest}):\n${lines.slice(-perRequest).join('\n')}`;
  });
  // What names no request (a watch reconnect, a catch-up, an event handler that threw) can be the cause.
  const general = logs.filter((l) => !('request_id' in l) && (l.level >= 40 || /watch|caught up|catch-up/.test(l.msg))).map((l) => JSON.stringify(l));
  return [...about, `bridge warnings and watch lines naming no request (${general.length}, last ${perRequest}):\n${general.slice(-perRequest).join('\n')}`].join('\n');
}

/** Prints the row (and appends it to test-artifacts/pipeline-faults.md), then asserts the promise. */
export function reportAndAssert(fault: string, audit: Audit, extra = '', logs: readonly LogLine[] = []): void {
  const row = tableRow(fault, audit.summary);
  process.stdout.write(`${TABLE_HEADER}\n${row}\n${extra ? `${extra}\n` : ''}`);
  mkdirSync(artifacts, {recursive: true});
  appendFileSync(path.join(artifacts, 'pipeline-faults.md'), `${row}${extra ? ` <!-- ${extra} -->` : ''}\n`);
  const s = audit.summary;
  if (!clean(s) && logs.length > 0) process.stdout.write(`${logsAbout(s.examples, logs)}\n`);
  assert.ok(
    clean(s),
    `${fault}: expected 0 missing, 0 duplicates, 0 cards without working buttons, 0 stale cards, 0 lost or doubled DMs and one thread reply per review; got\n${TABLE_HEADER}\n${row}\n${s.examples.join('\n')}`,
  );
}
