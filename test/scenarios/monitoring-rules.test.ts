/**
 * Routing by Teleport's access monitoring rules (issue 14 point 6). The System Console routes
 * dbadmin requests to #access-requests; a Teleport admin then adds a rule for this plugin that
 * sends them to #ops instead, and later deletes it. Suggested reviewers keep their DM throughout.
 * On a cluster without rules (the real 13.3.8, or the in-repo peer started like one) the console
 * routing carries on and the status box says why rules are not used.
 */
import assert from 'node:assert/strict';
import {shortRequestId} from '@tma/card-contract';
import {after, before, describe, it} from 'node:test';
import type {RoutingStatus} from '../../server-bridge/src/app/rule-routing';
import {clientsFromIdentity, call, type PeerClients} from '../peers/teleport/test-client';
import {STORY_OTHER_CHANNEL, STORY_TEAM} from '../peers/story';
import {startStory, waitFor, type Story} from './harness';

const PLUGIN = 'mattermost-access-bridge';

function routing(story: Story): RoutingStatus {
  return story.bridges[0]!.status().details['routing'] as RoutingStatus;
}

/** The channels holding a request's cards, by name ("access-requests", "ops", "dm:alice"). */
async function cardPlaces(story: Story, requestId: string, expected: number): Promise<string[]> {
  const cards = await waitFor(`${expected} cards`, async () => {
    const c = await story.cards(requestId);
    return c.length >= expected && c;
  });
  // Give a wrongly routed extra card the time to show up before counting.
  await new Promise((r) => setTimeout(r, 300));
  const settled = await story.cards(requestId);
  assert.equal(settled.length, cards.length, 'no further cards arrive');
  const {requests, other} = story.peers.mattermost.channels;
  const names = new Map([
    [requests.id, requests.name],
    [other.id, other.name],
  ]);
  const alice = (await story.dm('alice'))[0]?.channel_id;
  if (alice) names.set(alice, 'dm:alice');
  return settled.map((p) => names.get(p.channel_id) ?? `elsewhere:${p.channel_id}`).sort();
}

describe('cards follow Teleport’s access monitoring rules', () => {
  let story: Story;
  let admin: PeerClients;
  let rulesServed = true;
  before(async () => {
    story = await startStory();
    admin = clientsFromIdentity(story.peers.teleport.authAddr, story.peers.teleport.identityFile('admin'));
    await waitFor('rules read', async () => routing(story).rules.state !== 'starting');
    rulesServed = routing(story).rules.state === 'active';
  });
  after(async () => {
    admin?.close();
    await story?.stop();
  });

  it('an admin adds a rule for this plugin: the next dbadmin request is carded in the rule’s channel, not the console’s', async (t) => {
    if (!rulesServed) return t.skip(`this Teleport (${story.peers.teleport.version}) has no access monitoring rules`);
    await call(admin.rules, 'CreateAccessMonitoringRule', {
      rule: {
        metadata: {name: 'dbadmin-to-ops'},
        spec: {
          subjects: ['access_request'],
          condition: 'access_request.spec.roles.contains("dbadmin") && !access_request.spec.roles.contains("root")',
          notification: {name: PLUGIN, recipients: [`${STORY_TEAM}/${STORY_OTHER_CHANNEL}`]},
        },
      },
    });
    await waitFor('the bridge uses the rule', async () => routing(story).rules.active === 1);
    const before = routing(story).cards_by_source;

    const request = await story.createRequest('bob', ['dbadmin'], 'INC-7 rules route this', ['alice']);
    assert.deepEqual(await cardPlaces(story, request.id, 2), ['dm:alice', STORY_OTHER_CHANNEL]);

    const after = routing(story).cards_by_source;
    assert.equal(after.rule - before.rule, 1, 'one card routed by the rule');
    assert.equal(after.suggested - before.suggested, 1, 'one card to the suggested reviewer');
    assert.equal(after.console - before.console, 0, 'none by the console routing');
    // The status box names the card's source: the rule, by name.
    const short = shortRequestId(request.id);
    const named = routing(story)
      .recent_cards.filter((c) => c.request === short)
      .sort((a, b) => a.via.localeCompare(b.via));
    assert.deepEqual(named, [
      {request: short, via: 'rule', rule: 'dbadmin-to-ops'},
      {request: short, via: 'suggested'},
    ]);
  });

  it('the admin deletes the rule: the next request falls back to the System Console routing', async (t) => {
    if (!rulesServed) return t.skip(`this Teleport (${story.peers.teleport.version}) has no access monitoring rules`);
    await call(admin.rules, 'DeleteAccessMonitoringRule', {name: 'dbadmin-to-ops'});
    await waitFor('the bridge dropped the rule', async () => routing(story).rules.active === 0);

    const request = await story.createRequest('bob', ['dbadmin'], 'INC-8 back to the console', ['alice']);
    assert.deepEqual(await cardPlaces(story, request.id, 2), ['access-requests', 'dm:alice']);
  });

  it('a rule the bridge cannot evaluate is set aside and named in the status, and routing stays the console’s', async (t) => {
    if (!rulesServed) return t.skip(`this Teleport (${story.peers.teleport.version}) has no access monitoring rules`);
    await call(admin.rules, 'UpsertAccessMonitoringRule', {
      rule: {
        metadata: {name: 'by-label'},
        spec: {
          subjects: ['access_request'],
          condition: 'has_labels(access_request.spec.requested_resources, "env", "prod")',
          notification: {name: PLUGIN, recipients: [`${STORY_TEAM}/${STORY_OTHER_CHANNEL}`]},
        },
      },
    });
    await waitFor('the rule is listed as skipped', async () => routing(story).rules.skipped.some((s) => s.name === 'by-label'));
    assert.ok(
      story.logs.some((l) => l['msg'] === 'access monitoring rule skipped: the bridge cannot evaluate it exactly' && l['rule'] === 'by-label'),
      'the log names the rule and why',
    );
    const request = await story.createRequest('bob', ['dbadmin'], 'INC-9 unsupported rule', ['alice']);
    assert.deepEqual(await cardPlaces(story, request.id, 2), ['access-requests', 'dm:alice']);
  });
});

describe('a Teleport cluster without access monitoring rules', () => {
  let story: Story;
  before(async () => {
    // The real Teleport here is 13.3.8, which has none; the in-repo peer is started like it.
    story = await startStory({teleportAccessMonitoringRules: false});
  });
  after(async () => story?.stop());

  it('is detected once, shown in the status, and the console routing carries every card', async () => {
    await waitFor('rules state known', async () => routing(story).rules.state === 'unavailable');
    assert.match(routing(story).rules.note ?? '', /no access monitoring rules/);
    const said = story.logs.filter((l) => typeof l['msg'] === 'string' && /has no access monitoring rules/.test(l['msg']));
    assert.equal(said.length, 1, 'said once in the log');

    const request = await story.createRequest('bob', ['dbadmin'], 'INC-10 old cluster', ['alice']);
    assert.deepEqual(await cardPlaces(story, request.id, 2), ['access-requests', 'dm:alice']);
  });
});
