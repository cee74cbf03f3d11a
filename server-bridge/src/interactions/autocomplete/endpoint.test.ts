import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {shortRequestId} from '@tma/card-contract';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, pendingRequest, settingsOf, teleportUser} from '../../reviews/testing';
import {createInteractions} from '..';
import {testContext} from '../testing';
import {AUTOCOMPLETE_PATH} from './endpoint';

const T = 'mattermost_user_id';
const TEAM = 'team1aaaaaaaaaaaaaaaaaaaaa';
const TOKEN = 'cmdtokenaaaaaaaaaaaaaaaaaa';
const BOBS = '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5b';
const CAROLS = '0190a6c4-0000-7e6f-8a9b-77c1d9e2b604';
const review = {roles: [], claimsToRoles: [], where: ''};

function setup() {
  const teleport = fakeTeleport({
    users: ['alice', 'bob', 'carol'].map((name) => teleportUser(name, {[T]: [`mm-${name}`]}, {roles: name === 'alice' ? ['dbreviewer'] : ['devops']})),
    requests: [
      pendingRequest(BOBS, 'bob', {roles: ['dbadmin'], reason: 'TICKET-42\r# HEADING\u202E\u200B replica lag'}),
      pendingRequest(CAROLS, 'carol', {roles: ['auditor'], reason: ''}),
    ],
    reviewable: {alice: ['dbadmin']},
    roles: [
      {name: 'dbreviewer', allowReview: {...review, roles: ['dbadmin']}, denyReview: review},
      {name: 'devops', allowReview: review, denyReview: review},
    ],
  });
  teleport.getAccessCapabilities = async (user) => ({
    requestableRoles: user === 'bob' ? ['dbadmin', 'auditor'] : [],
    applicableRolesForResources: [],
    suggestedReviewers: [],
    requestPrompt: '',
    requireReason: true,
  });
  const reads = {count: 0};
  teleport.listRequests = async (filter) => {
    reads.count++;
    return [...teleport.requests.values()].filter((r) => (!filter.state || r.state === filter.state) && (!filter.user || r.user === filter.user));
  };
  const mattermost = fakeMattermost(['alice', 'bob', 'carol', 'dave'].map((name) => mattermostUser(`mm-${name}`, name)));
  const {logger, lines} = captureLogger();
  const ctx = testContext({teleport, mattermost, settings: settingsOf(), logger, secret: Buffer.from('s'.repeat(32)), now: () => Date.parse('2026-11-21T06:00:00Z')});
  const receiver = createInteractions(ctx, () => new Map([[TEAM, TOKEN]]));
  const ask = async (user: string, list: string, authorization: string | null = `Token ${TOKEN}`, team = TEAM) =>
    receiver.receive(AUTOCOMPLETE_PATH, {team_id: team, user_id: `mm-${user}`, list}, authorization ?? undefined);
  const items = async (user: string, list: string) => {
    const answer = await ask(user, list);
    assert.equal(answer.status, 200);
    return answer.body['items'] as {Item: string; Hint: string; HelpText: string}[];
  };
  return {ask, items, lines, reads};
}

describe('/teleport autocomplete lists', () => {
  it('offers a reviewer the pending requests their Teleport roles let them review, by short id', async () => {
    const {items} = setup();
    const offered = await items('alice', 'review');
    assert.deepEqual(
      offered.map((i) => [i.Item, i.Hint]),
      [[shortRequestId(BOBS), 'dbadmin']],
      "carol's auditor request is not alice's to review",
    );
    assert.match(offered[0]!.HelpText, /^by bob · pending · approvals 0\/2 · TICKET-42/);
  });

  it('offers someone who may review nothing no request to approve, but their own to show', async () => {
    const {items} = setup();
    assert.deepEqual(await items('carol', 'review'), []);
    assert.deepEqual(
      (await items('carol', 'show')).map((i) => [i.Item, i.HelpText]),
      [[shortRequestId(CAROLS), 'your request · pending · approvals 0/2']],
    );
  });

  it('reads Teleport once while the user types an id, not once per keystroke', async () => {
    const {items, reads} = setup();
    for (let i = 0; i < 5; i++) await items('alice', 'review');
    assert.equal(reads.count, 2, 'one read of the pending requests and one of her own');
  });

  it('keeps user text inert: one line, no bidi or invisible characters', async () => {
    const {items} = setup();
    const [bobs] = await items('alice', 'review');
    assert.doesNotMatch(bobs!.HelpText, /[\r\n\u202E\u200B]/);
  });

  it('offers the roles Teleport lets the user request', async () => {
    const {items} = setup();
    assert.deepEqual(
      (await items('bob', 'roles')).map((i) => [i.Item, i.HelpText]),
      [
        ['dbadmin', 'you may request it; a reason is required'],
        ['auditor', 'you may request it; a reason is required'],
      ],
    );
    assert.deepEqual(await items('alice', 'roles'), []);
  });

  it('explains, in one item with nothing to type, why a user without a Teleport account gets no list', async () => {
    const {items} = setup();
    const offered = await items('dave', 'review');
    assert.equal(offered.length, 1);
    assert.equal(offered[0]!.Item, '');
    assert.match(offered[0]!.HelpText, /Teleport/);
  });

  it("refuses a call without the team's command token, or with another team's", async () => {
    const {ask, lines} = setup();
    for (const [auth, team] of [
      [null, TEAM],
      ['Token wrong', TEAM],
      [`Token ${TOKEN}`, 'team2aaaaaaaaaaaaaaaaaaaaa'],
    ] as const) {
      const answer = await ask('alice', 'review', auth, team);
      assert.equal(answer.status, 401);
      assert.equal(answer.body['items'], undefined, 'nothing is listed');
    }
    assert.ok(lines.some((l) => l.msg === 'autocomplete list refused'));
  });

  it('names the field of a malformed query', async () => {
    const {ask} = setup();
    const answer = await ask('alice', 'everything');
    assert.equal(answer.status, 400);
    assert.match(String(answer.body['error']), /list/);
  });
});
