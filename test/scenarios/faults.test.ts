/**
 * Bad input and failing peers (issue 2): each fault gives one clear log line naming the cause,
 * the bridge keeps running, and nothing is lost.
 */
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {after, before, describe, it} from 'node:test';
import {card, startStory, STORY_SETTINGS, waitFor, type Story} from './harness';

// Mattermost faults work on every set (the real server sits behind our fault proxy); Teleport
// faults need the in-repo Teleport peer (the real 13.3.8 harness has none).
const NO_TELEPORT_FAULTS = 'fault injection into Teleport needs the in-repo Teleport peer';

describe('faults: the bridge keeps running and loses nothing', () => {
  let story: Story;
  before(async () => {
    story = await startStory();
  });
  after(async () => story?.stop());

  it('a 429 storm with Retry-After delays the card but posts it exactly once', async () => {
    story.peers.mattermost.faults!.failNext('/api/v4/posts', 429, 6, 1);
    const request = await story.createRequest('bob', ['dbadmin'], '429 storm');
    const cards = await waitFor(
      'card after the storm',
      async () => {
        const c = await story.cards(request.id);
        return c.length >= 1 && card(c[0]!).buttons.enabled === story.clusterReviews && c;
      },
      40_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal((await story.cards(request.id)).length, 1);
    assert.ok(cards[0]);
    assert.ok(
      story.logs.some((l) => l.level >= 40 && /429/.test(String(l.err)) && l.request_id === request.id),
      'a warning names the 429',
    );
  });

  it('Mattermost 5xx: the card is retried until posted', async () => {
    story.peers.mattermost.faults!.failNext('/api/v4/posts', 503, 4);
    const request = await story.createRequest('bob', ['dbadmin'], '503s');
    await waitFor('card after 503s', async () => (await story.cards(request.id)).length === 1, 40_000);
  });

  it('a recipient that does not exist is skipped with a warning; the others get their card', async () => {
    await story.setSettings({roletorecipients: JSON.stringify({dbadmin: ['acme/access-requests', 'acme/no-such-channel', 'nobody@example.com']})});
    const request = await story.createRequest('bob', ['dbadmin'], 'missing recipient');
    await waitFor('card', async () => (await story.cards(request.id)).length === 1);
    await waitFor('warning', async () => story.logs.some((l) => l.recipient === 'acme/no-such-channel' && /not found/.test(l.msg)));
    assert.ok(story.logs.some((l) => l.recipient === 'nobody@example.com' && /not found/.test(l.msg)));
    await story.setSettings({roletorecipients: STORY_SETTINGS.roletorecipients});
  });

  it('no recipients at all: a warning and nothing posted', async () => {
    await story.setSettings({roletorecipients: JSON.stringify({other: ['acme/ops']})});
    const request = await story.createRequest('bob', ['dbadmin'], 'nowhere to go');
    await waitFor('no-recipients warning', async () => story.logs.some((l) => l.request_id === request.id && /no recipients/.test(l.msg)));
    assert.equal((await story.cards(request.id)).length, 0);
    await story.setSettings({roletorecipients: STORY_SETTINGS.roletorecipients});
  });

  it('a dropped watch stream reconnects; requests created meanwhile are carded', async (t) => {
    if (!story.peers.teleport.faults) return t.skip(NO_TELEPORT_FAULTS);
    story.peers.teleport.faults.dropStreams();
    const request = await story.createRequest('bob', ['dbadmin'], 'during reconnect');
    await waitFor('card after reconnect', async () => (await story.cards(request.id)).length === 1);
  });

  it('Teleport restarts: not ready while down, then catches up', async (t) => {
    if (!story.peers.teleport.faults) return t.skip(NO_TELEPORT_FAULTS);
    const restart = story.peers.teleport.faults.restart();
    await restart;
    const request = await story.createRequest('bob', ['dbadmin'], 'after Teleport restart');
    await waitFor('card after Teleport restart', async () => (await story.cards(request.id)).length === 1, 30_000);
    await waitFor('ready again', async () => story.bridges[0]!.status().ready);
  });

  it('a malformed identity file rewrite is logged and the last good credentials stay in use', async () => {
    const seen = story.logs.length;
    await writeFile(story.peers.teleport.identityFile('bridge'), 'this is not an identity file\n');
    await waitFor(
      'identity error logged',
      async () =>
        story.logs
          .slice(seen)
          .some((l) => l.level >= 40 && /identity/i.test(`${l.msg} ${JSON.stringify(l.err ?? '')}`) && /bridge|identity/.test(typeof l.err === 'string' ? l.err : l.msg)),
      10_000,
    );
    const request = await story.createRequest('bob', ['dbadmin'], 'after bad identity rewrite');
    await waitFor('card with the old credentials', async () => (await story.cards(request.id)).length === 1);
  });
});
