import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, pendingRequest, settingsOf, teleportUser} from '../../reviews/testing';
import {signDialogState} from '../../reviews/token';
import {TeleportError, type AccessCapabilities, type CreateRequestInput} from '../../teleport/port';
import {createInteractions} from '..';
import {COMMAND_PATH} from '../receiver';
import {testContext} from '../testing';
import {COMMAND_DIALOG_PATH} from './listeners';

const T = 'mattermost_user_id';
const secret = Buffer.from('a-secret-only-the-bridge-knows!!');
const TEAM = 'team1aaaaaaaaaaaaaaaaaaaaa';
const TOKEN = 'cmdtokenaaaaaaaaaaaaaaaaaa';
const CHANNEL = 'chan1aaaaaaaaaaaaaaaaaaaaa';
const EXISTING = '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5b';
const NOW = new Date('2026-11-21T06:00:00Z');
const HOUR = 3_600_000;

function setup(opts: {certExpiry?: Date | null; caps?: Partial<AccessCapabilities>} = {}) {
  const teleport = fakeTeleport({
    users: ['alice', 'ivan', 'bob', 'carol'].map((name) => teleportUser(name, {[T]: [`mm-${name}`]}, {roles: name === 'alice' || name === 'ivan' ? ['dbreviewer'] : ['devops']})),
    requests: [pendingRequest(EXISTING, 'carol', {suggestedReviewers: ['alice']})],
    reviewable: {alice: ['dbadmin'], ivan: ['dbadmin']},
    roles: [
      {name: 'dbreviewer', allowReview: {roles: ['dbadmin'], claimsToRoles: [], where: ''}, denyReview: {roles: [], claimsToRoles: [], where: ''}},
      {name: 'devops', allowReview: {roles: [], claimsToRoles: [], where: ''}, denyReview: {roles: [], claimsToRoles: [], where: ''}},
    ],
  });
  const created: CreateRequestInput[] = [];
  let counter = 0;
  const caps: AccessCapabilities = {
    requestableRoles: ['dbadmin'],
    applicableRolesForResources: [],
    suggestedReviewers: [],
    requestPrompt: 'Please provide your ticket ID',
    requireReason: false,
    ...opts.caps,
  };
  teleport.getAccessCapabilities = async () => caps;
  // Like Teleport: access ends at the earliest of what was asked, the role's 8h and the creator's certificate.
  teleport.createRequest = async (input) => {
    created.push(input);
    const limits = [NOW.getTime() + 8 * HOUR, input.maxDuration?.getTime(), opts.certExpiry?.getTime()].filter((t): t is number => t !== undefined);
    const id = `0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a${String(++counter).padStart(2, '0')}`;
    const request = pendingRequest(id, input.user, {
      roles: input.roles,
      reason: input.reason,
      suggestedReviewers: input.suggestedReviewers,
      accessExpires: new Date(Math.min(...limits)).toISOString(),
    });
    if (!input.dryRun) teleport.requests.set(id, request);
    return request;
  };
  teleport.listRequests = async (filter) => [...teleport.requests.values()].filter((r) => (!filter.state || r.state === filter.state) && (!filter.user || r.user === filter.user));
  const mattermost = fakeMattermost(['alice', 'ivan', 'bob', 'carol', 'dave'].map((name) => mattermostUser(`mm-${name}`, name)));
  const settings = settingsOf();
  const {logger} = captureLogger();
  const ctx = testContext({teleport, mattermost, settings, logger, secret, now: () => NOW.getTime(), certExpiry: opts.certExpiry ?? null});
  const receiver = createInteractions(ctx, () => new Map([[TEAM, TOKEN]]));
  const handler = {
    command: (body: unknown, authorization: string | undefined) => receiver.receive(COMMAND_PATH, body, authorization),
    dialog: async (body: unknown) => (await receiver.receive(COMMAND_DIALOG_PATH, body)).body,
    unreadable: (path: string) => receiver.unreadable(path, 'Unexpected token n in JSON'),
  };
  const run = async (user: string, text: string, extra: Record<string, string> = {}) => {
    const before = mattermost.ephemerals.length;
    const reply = await handler.command(
      new URLSearchParams({
        token: TOKEN,
        team_id: TEAM,
        user_id: `mm-${user}`,
        channel_id: CHANNEL,
        command: '/teleport',
        text,
        trigger_id: `trigger-${user}`,
        ...extra,
      }).toString(),
      `Token ${TOKEN}`,
    );
    assert.equal(reply.body['response_type'], 'ephemeral', 'every reply is private');
    // The answer is the bot's ephemeral post: Mattermost would show a command response's text as
    // the user's own.
    assert.equal(reply.body['text'], '', 'nothing is answered in the name of the user');
    const answer = mattermost.ephemerals.slice(before).find((e) => e.userId === `mm-${user}` && e.channelId === CHANNEL);
    return {status: reply.status, text: answer?.message ?? ''};
  };
  return {teleport, mattermost, handler, created, run, caps};
}

describe('/teleport command authentication', () => {
  const body = (token: string | null, team = TEAM) => ({...(token === null ? {} : {token}), team_id: team, user_id: 'mm-bob', channel_id: CHANNEL, text: 'status'});
  it('answers a call carrying the team token in header and body', async () => {
    const {handler} = setup();
    assert.equal((await handler.command(body(TOKEN), `Token ${TOKEN}`)).status, 200);
  });
  it('accepts the header alone or the body alone', async () => {
    const {handler} = setup();
    assert.equal((await handler.command(body(null), `token ${TOKEN}`)).status, 200);
    assert.equal((await handler.command(body(TOKEN), undefined)).status, 200);
  });
  const refused: [string, Record<string, unknown>, string | undefined][] = [
    ['no token at all', body(null), undefined],
    ['a wrong body token', body('wrong'), undefined],
    ['a right body token with a wrong header', body(TOKEN), 'Token wrong'],
    ['a token of another team', body(TOKEN, 'team2aaaaaaaaaaaaaaaaaaaaa'), `Token ${TOKEN}`],
    ['a prefix of the token', body(TOKEN.slice(0, 10)), undefined],
  ];
  for (const [name, payload, header] of refused) {
    it(`refuses ${name} without running anything`, async () => {
      const {handler, created} = setup();
      const reply = await handler.command({...payload, text: 'request --roles dbadmin'}, header);
      assert.equal(reply.status, 401);
      assert.equal(created.length, 0);
    });
  }
  it('answers a body that could not be read as a malformed call of its kind, with the cause', () => {
    const {handler} = setup();
    const command = handler.unreadable(COMMAND_PATH);
    assert.equal(command.status, 400);
    assert.match(String(command.body['text']), /^Malformed command request: unreadable body: Unexpected token/);
    assert.match(String(handler.unreadable(COMMAND_DIALOG_PATH).body['error']), /Malformed form submission: unreadable body/);
  });
  it('names the missing field of a malformed call', async () => {
    const {handler} = setup();
    const reply = await handler.command({token: TOKEN, user_id: 'mm-bob', channel_id: CHANNEL}, undefined);
    assert.equal(reply.status, 400);
    assert.match(String(reply.body['text']), /team_id/);
  });
});

describe('/teleport request', () => {
  it('creates the request for the mapped Teleport user and says what happens next', async () => {
    const {run, created} = setup();
    const {text} = await run('bob', 'request --roles dbadmin --reason "ticket OPS-1" --reviewers @alice,ivan --max-duration 4h');
    assert.deepEqual(created, [
      {
        user: 'bob',
        roles: ['dbadmin'],
        resources: [],
        reason: 'ticket OPS-1',
        suggestedReviewers: ['alice', 'ivan'],
        maxDuration: new Date(NOW.getTime() + 4 * HOUR),
        dryRun: false,
      },
    ]);
    assert.match(text, /Access request `2e3f4a01` for `dbadmin` created/);
    assert.match(text, /`tsh login --request-id=0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a01`/, 'the full id where it is copied');
    assert.match(text, /needs 2 approvals/);
    assert.match(text, /direct message/);
    assert.match(text, /Access would end at \*\*2026-11-21 10:00 UTC\*\* \(in about 4h\)/);
    assert.doesNotMatch(text, /certificate/);
  });
  it('says so when the bridge certificate shortens the access asked for', async () => {
    const {run} = setup({certExpiry: new Date(NOW.getTime() + HOUR)});
    const {text} = await run('bob', 'request --roles dbadmin --max-duration 4h');
    assert.match(text, /in about 1h/);
    const notice = text.split('\n').filter((l) => /certificate/.test(l));
    assert.deepEqual(notice, [
      "⚠️ The bridge's Teleport certificate (valid until 2026-11-21 07:00 UTC) cut the 4h you asked for short; for longer access use `tsh request create` or the Teleport Web UI.",
    ]);
  });
  it('says nothing about the certificate when it did not cut what was asked for', async () => {
    const {run} = setup({certExpiry: new Date(NOW.getTime() + HOUR)});
    const {text} = await run('bob', 'request --roles dbadmin --max-duration 1h');
    assert.match(text, /in about 1h/);
    assert.doesNotMatch(text, /certificate|shortened/);
  });
  it('explains a shortening by the role when the certificate is not the cause', async () => {
    const {run} = setup({certExpiry: new Date(NOW.getTime() + 24 * HOUR)});
    const {text} = await run('bob', 'request --roles dbadmin --max-duration 2d');
    assert.match(text, /Teleport shortened the 2d you asked for/);
  });
  it('checks without creating on --dry-run', async () => {
    const {run, teleport} = setup();
    const before = teleport.requests.size;
    const {text} = await run('bob', 'request --roles dbadmin --dry-run');
    assert.match(text, /Dry run.*Nothing was created/);
    assert.equal(teleport.requests.size, before);
  });
  it('refuses an unmapped user with how to fix it', async () => {
    const {run, created} = setup();
    const {text} = await run('dave', 'request --roles dbadmin');
    assert.match(text, /not linked to a Teleport user.*mattermost_user_id/);
    assert.equal(created.length, 0);
  });
  it('lists the requestable roles when a role is not', async () => {
    const {run, created} = setup({caps: {requestableRoles: ['dbadmin', 'auditor']}});
    const {text} = await run('bob', 'request --roles root,dbadmin');
    assert.match(text, /You cannot request "root"\. Roles you may request: `dbadmin`, `auditor`\./);
    assert.equal(created.length, 0);
  });
  it('matches a role typed in another case', async () => {
    const {run, created} = setup();
    await run('bob', 'request --roles DBAdmin');
    assert.deepEqual(created[0]?.roles, ['dbadmin']);
  });
  it('asks for the reason with the role prompt when the role requires one', async () => {
    const {run, created} = setup({caps: {requireReason: true}});
    const {text} = await run('bob', 'request --roles dbadmin');
    assert.match(text, /requires a reason\. Teleport asks: _Please provide your ticket ID_/);
    assert.equal(created.length, 0);
  });
  it('a reason of only invisible characters is refused like an empty one, and a reason is recorded as shown', async () => {
    const {run, created} = setup({caps: {requireReason: true}});
    const empty = (await run('bob', 'request --roles dbadmin --reason ""')).text;
    assert.equal((await run('bob', 'request --roles dbadmin --reason "\u200B"')).text, empty);
    assert.equal((await run('bob', 'request --roles dbadmin --reason "\u202E\u2066\uFEFF"')).text, empty);
    assert.equal(created.length, 0);
    await run('bob', 'request --roles dbadmin --reason "fine\r# HEADING\u202E"');
    assert.equal(created[0]?.reason, 'fine # HEADING');
  });
  it('reports Teleport being unreachable', async () => {
    const {run, teleport} = setup();
    teleport.getAccessCapabilities = async () => {
      throw new TeleportError('ConnectionProblem', 'connection refused', 14);
    };
    assert.match((await run('bob', 'request --roles dbadmin')).text, /Teleport is unreachable right now\. Nothing was changed/);
  });
  it('points at the Machine ID set-up when admin-action MFA blocks creation', async () => {
    const {run, teleport} = setup();
    teleport.createRequest = async () => {
      throw new TeleportError('AccessDenied', 'admin-level API request requires MFA verification', 7);
    };
    assert.match((await run('bob', 'request --roles dbadmin')).text, /Machine ID bot/);
  });
  it('names a bad duration', async () => {
    const {run} = setup();
    assert.match((await run('bob', 'request --roles dbadmin --max-duration soon')).text, /Bad duration "soon"/);
  });
  it('refuses a reviewer nobody knows', async () => {
    const {run, created} = setup();
    assert.match((await run('bob', 'request --roles dbadmin --reviewers zed')).text, /Unknown reviewer "zed"/);
    assert.match((await run('bob', 'request --roles dbadmin --reviewers @dave')).text, /Reviewer \\?@dave is not linked to a Teleport user/);
    assert.equal(created.length, 0);
  });
  it('suggests the closest subcommand', async () => {
    const {run} = setup();
    assert.match((await run('bob', 'reqest --roles dbadmin')).text, /Did you mean `\/teleport request`\?/);
  });
});

describe('/teleport request form', () => {
  it('opens a form with the roles Teleport allows and the role prompt', async () => {
    const {run, mattermost} = setup({caps: {requestableRoles: ['dbadmin', 'auditor'], requireReason: true}});
    const {text} = await run('bob', 'request');
    assert.equal(text, '');
    const opened = mattermost.dialogs[0];
    assert.equal(opened?.triggerId, 'trigger-bob');
    assert.equal(opened?.url, 'http://bridge.internal:8081/mattermost/command-dialog');
    const elements = opened?.dialog['elements'] as Record<string, unknown>[];
    assert.deepEqual(elements[0]?.['options'], [
      {text: 'dbadmin', value: 'dbadmin'},
      {text: 'auditor', value: 'auditor'},
    ]);
    const field = (name: string) => elements.find((e) => e['name'] === name);
    assert.deepEqual(
      elements.map((e) => e['name']),
      ['role', 'resources', 'reason', 'reviewers', 'max_duration'],
    );
    assert.equal(field('reason')?.['optional'], false);
    assert.equal(field('resources')?.['optional'], true);
    // The role's prompt once, at the top, whether or not the reason is required.
    const shown = JSON.stringify(opened?.dialog).split('Please provide your ticket ID').length - 1;
    assert.equal(shown, 1);
    assert.match(String(opened?.dialog['introduction_text']), /\*\*Teleport asks:\*\* Please provide your ticket ID$/);
    assert.equal(field('reason')?.['help_text'], 'Required. Shown to the reviewers.');
    assert.equal(field('reviewers')?.['data_source'], 'users');
  });
  it('shows the prompt once even when the reason is optional, as one inert line', async () => {
    const {run, mattermost} = setup({caps: {requestableRoles: ['dbadmin'], requireReason: false, requestPrompt: 'Ticket?\r# now @channel'}});
    await run('bob', 'request');
    const dialog = mattermost.dialogs[0]?.dialog ?? {};
    assert.equal(JSON.stringify(dialog).split('Ticket?').length - 1, 1);
    assert.match(String(dialog['introduction_text']), /\*\*Teleport asks:\*\* Ticket\? \\# now @\u200Bchannel$/);
    assert.equal((dialog['elements'] as Record<string, unknown>[]).find((e) => e['name'] === 'reason')?.['help_text'], 'Optional. Shown to the reviewers.');
  });
  it('falls back to the typed form when the dialog cannot open', async () => {
    const {run, mattermost} = setup();
    mattermost.failOpenDialog = true;
    assert.match((await run('bob', 'request')).text, /Could not open the request form.*--roles dbadmin/);
  });

  const submit = (handler: ReturnType<typeof setup>['handler'], user: string, submission: Record<string, unknown>, stateUser = user) =>
    handler.dialog({
      type: 'dialog_submission',
      callback_id: 'teleport_request',
      user_id: `mm-${user}`,
      channel_id: CHANNEL,
      team_id: TEAM,
      state: signDialogState(secret, {userId: `mm-${stateUser}`, requestId: '', postId: '', decision: 'approve', expiresAt: NOW.getTime() / 1000 + 600}),
      submission,
      cancelled: false,
    });

  it('creates the request from the submission and confirms privately', async () => {
    const {handler, created, mattermost} = setup();
    const answer = await submit(handler, 'bob', {role: 'dbadmin', reason: 'OPS-7', reviewers: 'mm-alice', max_duration: '90m'});
    assert.deepEqual(answer, {});
    assert.deepEqual(created[0], {
      user: 'bob',
      roles: ['dbadmin'],
      resources: [],
      reason: 'OPS-7',
      suggestedReviewers: ['alice'],
      maxDuration: new Date(NOW.getTime() + 90 * 60_000),
      dryRun: false,
    });
    assert.equal(mattermost.ephemerals[0]?.userId, 'mm-bob');
    assert.match(mattermost.ephemerals[0]?.message ?? '', /created/);
  });
  it('keeps the form open with the error next to the field', async () => {
    const {handler, created} = setup({caps: {requireReason: true}});
    const missing = await submit(handler, 'bob', {role: 'dbadmin', reason: ''});
    assert.match(String((missing['errors'] as Record<string, string>)['reason']), /requires a reason.*Please provide your ticket ID/);
    const invisible = await submit(handler, 'bob', {role: 'dbadmin', reason: '\u200B\u200B'});
    assert.deepEqual(invisible['errors'], missing['errors'], 'a zero-width reason gets the same answer as an empty one');
    const badDuration = await submit(handler, 'bob', {role: 'dbadmin', reason: 'x', max_duration: 'forever'});
    assert.match(String((badDuration['errors'] as Record<string, string>)['max_duration']), /Bad duration "forever"/);
    assert.equal(created.length, 0);
  });
  it('asks for resources from the form: one per line or comma-separated, each checked, and a role or a resource needed', async () => {
    const {handler, created} = setup({caps: {applicableRolesForResources: ['dbadmin']}});
    const answer = await submit(handler, 'bob', {role: '', resources: '/c/node/web-1\n/c/db/orders, /c/node/web-1', reason: 'OPS-8'});
    assert.deepEqual(answer, {});
    assert.deepEqual(created[0]?.roles, [], 'Teleport picks the roles of a resource request');
    assert.deepEqual(created[0]?.resources, [
      {cluster: 'c', kind: 'node', name: 'web-1', subResource: ''},
      {cluster: 'c', kind: 'db', name: 'orders', subResource: ''},
    ]);
    const bad = await submit(handler, 'bob', {role: '', resources: '/c/node/web-1\nweb-2', reason: 'x'});
    assert.match(String((bad['errors'] as Record<string, string>)['resources']), /^web-2 does not start with "\/"; expected \/<cluster>\/<kind>\/<name>/);
    const neither = await submit(handler, 'bob', {role: '', resources: '', reason: 'x'});
    assert.equal((neither['errors'] as Record<string, string>)['role'], 'Pick a role, or list resources below.');
    assert.equal(created.length, 1);
  });
  it('with resources, checks named roles against the search_as_roles that reach them', async () => {
    const {run, created} = setup({caps: {requestableRoles: ['dbadmin', 'auditor'], applicableRolesForResources: ['dbadmin']}});
    const refused = await run('bob', 'request --roles auditor --resource /c/db/orders');
    assert.match(refused.text, /With resources, Teleport picks the roles from your search_as_roles, and "auditor" is not one of them\. Roles that reach them: `dbadmin`/);
    assert.equal(created.length, 0);
    await run('bob', 'request --roles DBAdmin --resource /c/db/orders --reason x');
    assert.deepEqual(created[0]?.roles, ['dbadmin']);
    assert.deepEqual(created[0]?.resources, [{cluster: 'c', kind: 'db', name: 'orders', subResource: ''}]);
  });
  it('refuses a form state made for someone else', async () => {
    const {handler, created} = setup();
    const answer = await submit(handler, 'carol', {role: 'dbadmin', reason: 'x'}, 'bob');
    assert.match(String(answer['error']), /expired or is not valid for you/);
    assert.equal(created.length, 0);
  });
});

describe('/teleport approve, deny, show, list, status', () => {
  it('reviews through the same path as the buttons', async () => {
    const {run, teleport} = setup();
    assert.match((await run('alice', `approve ${EXISTING} fine by me`)).text, /approv/i);
    assert.deepEqual(
      teleport.calls.submitReview.map((r) => [r.author, r.decision, r.reason]),
      [['alice', 'APPROVED', 'fine by me']],
    );
    const own = await run('carol', `approve ${EXISTING}`);
    assert.match(own.text, /own access request/);
    assert.equal(teleport.calls.submitReview.length, 1);
  });
  it('requires a reason to deny', async () => {
    const {run, teleport} = setup();
    assert.match((await run('ivan', `deny ${EXISTING}`)).text, /Denying needs a reason/);
    assert.equal(teleport.calls.submitReview.length, 0);
  });
  it('shows the card privately', async () => {
    const {run} = setup();
    const {text} = await run('alice', `show ${EXISTING}`);
    assert.match(text, /Access request pending review/);
    assert.match(text, new RegExp(EXISTING));
    assert.match(text, /Approvals 0\/2/);
    assert.match((await run('alice', 'show 0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4aff')).text, /No access request .* found/);
  });
  it('shows a request only to its requester, its reviewers and its suggested reviewers; others get the not-found answer', async () => {
    const {run, teleport} = setup();
    // bob (devops) cannot review carol's dbadmin request and is not suggested.
    const hidden = (await run('bob', `show ${EXISTING}`)).text;
    const missing = (await run('bob', 'show 0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4aff')).text;
    assert.equal(hidden.replace(EXISTING, 'X'), missing.replace('0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4aff', 'X'), 'the same answer, byte for byte');
    assert.doesNotMatch(hidden, /carol|dbadmin|TICKET/);
    const hiddenPrefix = (await run('bob', 'show 0190a6b2-1c')).text;
    const missingPrefix = (await run('bob', 'show 0190a6b2-9c')).text;
    assert.equal(hiddenPrefix.replace('0190a6b2-1c', 'X'), missingPrefix.replace('0190a6b2-9c', 'X'));
    assert.match((await run('carol', `show ${EXISTING}`)).text, /Access request pending review/, 'the requester');
    assert.match((await run('ivan', `show ${EXISTING}`)).text, /Access request pending review/, 'a reviewer who is not suggested');
    teleport.requests.set(EXISTING, {...teleport.requests.get(EXISTING)!, suggestedReviewers: ['bob']});
    assert.match((await run('bob', `show ${EXISTING}`)).text, /Access request pending review/, 'a suggested reviewer');
  });
  it('resolves the short id the card prints, or any unique prefix or suffix of 8+ characters; lists the candidates of an ambiguous one', async () => {
    const {run, teleport} = setup();
    assert.match((await run('alice', 'show 2e3f4a5b')).text, /Access request pending review/, 'the card prints the last 8 characters');
    assert.match((await run('alice', 'show 0190a6b2')).text, /Access request pending review/);
    const twin = '0190a6b2-ffff-4fff-8fff-ffffffffffff';
    teleport.requests.set(twin, pendingRequest(twin, 'bob'));
    const ambiguous = (await run('alice', 'show 0190a6b2')).text;
    assert.match(ambiguous, /matches 2 requests/);
    // Each candidate is printed just long enough to be typed back.
    assert.match(ambiguous, /^- `2e3f4a5b` /m);
    assert.match(ambiguous, /^- `ffffffff` /m);
    assert.match((await run('alice', 'show 2e3f4a5b')).text, /Access request pending review/, 'the printed id still resolves');
    // carol sees only her own of the two: the same prefix is unique for her.
    assert.match((await run('carol', 'show 0190a6b2')).text, new RegExp(EXISTING));
    assert.match((await run('alice', 'approve 0190a6b2-1c --reason ok')).text, /approved/i);
    assert.equal(teleport.calls.submitReview.at(-1)?.requestId, EXISTING);
    assert.match((await run('alice', 'approve 0190a6b')).text, /is not a request id/);
    assert.match((await run('alice', 'approve 2e3f4a5')).text, /is not a request id/);
  });
  it("lists requests to review and the user's own", async () => {
    const {run} = setup();
    await run('bob', 'request --roles dbadmin --reason mine');
    const alice = (await run('alice', 'list')).text;
    assert.match(alice, /Pending requests you can review\*\* \(2\)/, "bob's new request too: alice may review dbadmin");
    // Both ids start 0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a…: the list prints their last 8 characters, which differ.
    assert.match(alice, /`2e3f4a5b` `dbadmin` by `carol` · PENDING · approvals 0\/2/);
    assert.match(alice, /`2e3f4a01` `dbadmin` by `bob`/);
    assert.match((await run('ivan', 'list')).text, /Pending requests you can review\*\* \(2\)/, 'ivan may review dbadmin without being suggested');
    const bob = (await run('bob', 'list')).text;
    assert.match(bob, /Pending requests you can review\*\* \(0\)/, 'devops may review nothing, and never their own');
    assert.match(bob, /Your recent requests\*\* \(1\)\n- ⏳ `2e3f4a01` `dbadmin` · PENDING · approvals 0\/2, denials 0\/1 · expires /);
  });
  it('tells the user who they are in Teleport and whether reviews work', async () => {
    const {run} = setup();
    const bob = (await run('bob', 'status')).text;
    assert.match(bob, /mapped to Teleport user `bob`/);
    assert.match(bob, /In-chat reviews are available/);
    assert.match((await run('dave', 'status')).text, /not linked to a Teleport user/);
  });
  it('answers help and usage errors privately', async () => {
    const {run} = setup();
    assert.match((await run('bob', '')).text, /\/teleport request/);
    assert.match((await run('bob', 'request --roles "x')).text, /Unterminated quote/);
  });
  it('answers in the command response only when the bot may not post ephemeral messages', async () => {
    const {handler, mattermost} = setup();
    mattermost.createEphemeralPost = async () => {
      throw new Error('HTTP 403: you do not have the appropriate permissions');
    };
    const reply = await handler.command({token: TOKEN, team_id: TEAM, user_id: 'mm-bob', channel_id: CHANNEL, command: '/teleport', text: 'help'}, `Token ${TOKEN}`);
    assert.equal(reply.status, 200);
    assert.match(String(reply.body['text']), /\/teleport request/);
  });
});
