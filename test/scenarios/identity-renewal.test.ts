/**
 * Live identity renewal (issue 15 §3): while requests come and go, the bridge's identity file is
 * replaced the way tbot replaces its `identity` output (new key and certificate, renamed over),
 * and on the real cluster once across a user CA rotation. The bridge keeps its one watch, misses
 * no request, and no Teleport call fails. Runs in both modes (TMA_TELEPORT_MODE=proxy).
 *
 * Against the real Teleport it renews every 20 s for 2 minutes (TMA_RENEWAL_EVERY_MS shortens the
 * wait between rounds when debugging; test/peers/real/README.md gives the cost); against the
 * in-repo peer a few quick rounds show the same behaviour in the default suite.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {RealTeleportPeer} from '../peers/real/teleport';
import type {TeleportPeer} from '../peers/types';
import {card, startStory, waitFor, type Story} from './harness';

interface Renewer {
  renew(): Promise<void>;
  /** Phases of a user CA rotation, renewing in between (real cluster only). */
  rotateUserCA: ((renew: () => Promise<void>) => Promise<void>) | null;
}

function renewerFor(peer: TeleportPeer): Renewer {
  if (peer.kind === 'real') {
    const real = peer as RealTeleportPeer;
    return {
      renew: async () => void (await real.identities.reissue('bridge')),
      rotateUserCA: async (renew) => {
        // tctl auth rotate --manual --type=user: clients get certificates from the new CA from
        // update_clients on, and the old CA is gone at standby.
        await real.identities.rotateUserCA('init');
        await real.identities.rotateUserCA('update_clients');
        await renew();
        await real.identities.rotateUserCA('update_servers');
        await real.identities.rotateUserCA('standby');
        // The old user CA is gone: the story's people need certificates from the new one too.
        for (const who of ['admin', 'alice', 'bob', 'ivan', 'carol'] as const) await real.identities.reissue(who);
      },
    };
  }
  const inRepo = peer as TeleportPeer & {rotateIdentity(who: 'bridge', ttlSeconds?: number): Promise<unknown>};
  return {renew: async () => void (await inRepo.rotateIdentity('bridge', 3600)), rotateUserCA: null};
}

/** Reads one sample of a counter from the bridge's /metrics (what an operator's dashboard sees). */
async function metric(url: string, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('identity renewal while requests flow', {timeout: 10 * 60_000}, () => {
  let story: Story;
  before(async () => {
    story = await startStory();
  });
  after(async () => story?.stop());

  it('the bridge keeps its watch, cards every request, and no Teleport call fails across renewals', async () => {
    const real = story.peers.teleport.kind === 'real';
    const rounds = real ? 6 : 3;
    const everyMs = real ? Number(process.env.TMA_RENEWAL_EVERY_MS ?? 20_000) : 1_000;
    const bridge = story.bridges[0]!;
    const renewer = renewerFor(story.peers.teleport);
    const errorsBefore = await metric(bridge.url, 'tma_errors_total', 'component="teleport"');
    const reloadsBefore = story.logs.filter((l) => l.msg === 'Teleport credentials reloaded').length;
    const logsBefore = story.logs.length;

    const requests: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      const started = Date.now();
      if (round === 3 && renewer.rotateUserCA) await renewer.rotateUserCA(() => renewer.renew());
      else await renewer.renew();
      // New calls go out on the renewed certificate while the watch stays on its stream.
      await waitFor(`reload ${round}`, async () => story.logs.filter((l) => l.msg === 'Teleport credentials reloaded').length >= reloadsBefore + round, 30_000);
      const request = await story.createRequest('bob', ['dbadmin'], `TICKET-R${round} renewal round ${round}`, ['alice']);
      requests.push(request.id);
      await waitFor(`cards for round ${round}`, async () => {
        const cards = await story.cards(request.id);
        return cards.length === 2 && cards.every((p) => card(p).state === 'PENDING') && cards;
      });
      const rest = everyMs - (Date.now() - started);
      if (rest > 0 && round < rounds) await new Promise((r) => setTimeout(r, rest));
    }

    // A review after the last renewal still reaches every card (the watch delivers it).
    const last = requests.at(-1)!;
    await story.teleportAs('alice').submitReview({requestId: last, author: 'alice', decision: 'APPROVED', reason: 'after renewals', asSelf: true});
    await waitFor('1 of 2 after the renewals', async () => {
      const cards = await story.cards(last);
      return cards.length === 2 && cards.every((p) => card(p).summary.approvals === 1);
    });

    assert.equal(await metric(bridge.url, 'tma_teleport_events_total', 'type="init"'), 1, 'one watch, never re-established');
    const ready = await fetch(`${bridge.url}/readyz`);
    assert.equal(ready.status, 200, await ready.clone().text());
    assert.equal(await metric(bridge.url, 'tma_errors_total', 'component="teleport"'), errorsBefore, 'no Teleport call failed');
    const bad = story.logs.slice(logsBefore).filter((l) => l.level >= 40);
    assert.deepEqual(
      bad.map((l) => l.msg),
      [],
      'no warnings or errors',
    );
    for (const id of requests) assert.equal((await story.cards(id)).length, 2, `request ${id} carded`);
  });
});
