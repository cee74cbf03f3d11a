import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Settings} from '../../config/settings';
import {userText} from '../../errors/explain';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, pendingRequest, settingsOf, teleportError, teleportUser} from '../../reviews/testing';
import {signActionContext, signDialogState, type ReviewDecision} from '../../reviews/token';
import {review} from '../../testing/fixtures';
import {createInteractions} from '..';
import {testContext} from '../testing';
import {ACTION_PATH} from '../receiver';
import {REVIEW_DIALOG_PATH} from './listeners';
import {createReviewer, type ReviewInput} from './reviewer';

const T = 'mattermost_user_id';
const secret = Buffer.from('a-secret-only-the-bridge-knows!!');
const REQ = '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5b';
const POST = 'post1aaaaaaaaaaaaaaaaaaaaa';
const CHANNEL = 'chan1aaaaaaaaaaaaaaaaaaaaa';
const nowMs = 1_800_000_000_000;
const expiresAt = nowMs / 1000 + 3600;

function setup(opts: {settings?: Partial<Settings>; answerWithinMs?: number; requestPatch?: Parameters<typeof pendingRequest>[2]} = {}) {
  const teleport = fakeTeleport({
    users: ['alice', 'ivan', 'bob', 'carol'].map((name) => teleportUser(name, {[T]: [`mm-${name}`]})),
    requests: [pendingRequest(REQ, 'bob', opts.requestPatch)],
    reviewable: {alice: ['dbadmin'], ivan: ['dbadmin']},
  });
  const mattermost = fakeMattermost(['alice', 'ivan', 'bob', 'carol', 'dave'].map((name) => mattermostUser(`mm-${name}`, name)));
  const settings = settingsOf(opts.settings);
  const {logger, lines} = captureLogger();
  let selfCheckPassed: boolean | null = true;
  const ctx = testContext({teleport, mattermost, settings, logger, secret, now: () => nowMs, capability: () => ({selfCheckPassed}), answerWithinMs: opts.answerWithinMs ?? 2000});
  const receiver = createInteractions(ctx, () => new Map());
  const reviewer = createReviewer(ctx);
  const handlers = {
    /** Mattermost's answer, plus what the bot said to the clicker meanwhile (`said`, for these tests only). */
    action: async (body: unknown) => {
      const before = mattermost.ephemerals.length;
      const answer = (await receiver.receive(ACTION_PATH, body)).body;
      const clicker = typeof body === 'object' && body !== null ? (body as {user_id?: unknown}).user_id : undefined;
      const said = mattermost.ephemerals.slice(before).filter((e) => e.userId === clicker);
      return said.length > 0 ? {...answer, said: said.map((e) => e.message).join('\n')} : answer;
    },
    dialog: async (body: unknown) => (await receiver.receive(REVIEW_DIALOG_PATH, body)).body,
    /** The review path as `/teleport approve|deny` uses it. */
    review: async (input: Omit<ReviewInput, 'surface'>) => {
      const result = await reviewer.review({...input, surface: 'command'});
      return result.ok ? {ok: true, code: 'reviewed', message: ''} : {ok: false, code: result.error.code, message: userText(result.error.failure)};
    },
  };
  const click = (user: string, decision: ReviewDecision = 'approve', patch: Record<string, unknown> = {}) =>
    handlers.action({
      user_id: `mm-${user}`,
      user_name: user,
      channel_id: CHANNEL,
      post_id: POST,
      trigger_id: `trigger-${user}`,
      type: 'button',
      context: signActionContext(secret, {requestId: REQ, channelId: CHANNEL, decision, expiresAt}),
      ...patch,
    });
  return {teleport, mattermost, settings, handlers, lines, click, failSelfCheck: () => (selfCheckPassed = false)};
}

/** What the clicker reads: the bot's ephemeral post, or Mattermost's ephemeral_text when the bot could not post one. */
const text = (reply: Record<string, unknown>): string => {
  const shown = reply['said'] ?? reply['ephemeral_text'];
  return typeof shown === 'string' ? shown : '';
};

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), 'condition never became true');
}

describe('approve by click', () => {
  it('alice approves → recorded as alice, 1 of 2; ivan approves → APPROVED', async () => {
    const s = setup();
    assert.match(text(await s.click('alice')), /You approved bob's request for dbadmin\. 1 of 2 approvals so far/);
    assert.deepEqual(s.teleport.calls.submitReview, [{requestId: REQ, author: 'alice', decision: 'APPROVED', reason: ''}]);
    assert.match(text(await s.click('ivan')), /now APPROVED/);
    assert.equal(s.teleport.requests.get(REQ)?.state, 'APPROVED');
  });

  it('the answer comes from the bot, threaded under the card, not as the clicker', async () => {
    const s = setup();
    const reply = await s.click('alice');
    assert.equal(reply['ephemeral_text'], undefined, "nothing for Mattermost to show as alice's own post");
    assert.deepEqual(
      s.mattermost.ephemerals.map((e) => [e.userId, e.channelId, e.rootId]),
      [['mm-alice', CHANNEL, POST]],
    );
  });

  it('if the bot may not post ephemerals, the answer still arrives through Mattermost', async () => {
    const s = setup();
    s.mattermost.createEphemeralPost = async () => {
      throw new Error('403 create_post_ephemeral');
    };
    const reply = await s.click('alice');
    assert.match(String(reply['ephemeral_text']), /You approved bob's request/);
  });

  it('a click after the request resolved says so and does not call SubmitAccessReview', async () => {
    const s = setup({requestPatch: {state: 'APPROVED', reviews: [review('ivan', 'APPROVED'), review('carol', 'DENIED'), review('alice', 'APPROVED')]}});
    assert.match(text(await s.click('alice')), /already approved by ivan and alice; nothing was recorded/);
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('a click on a request Teleport no longer has (expired) says resolved or expired', async () => {
    const s = setup();
    s.teleport.requests.clear();
    assert.match(text(await s.click('alice')), /already resolved or expired/);
  });
});

describe('refusals before Teleport is asked', () => {
  const cases: {name: string; user: string; setup?: Parameters<typeof setup>[0]; tweak?: (s: ReturnType<typeof setup>) => void; expect: RegExp}[] = [
    {name: 'the requester reviews their own request', user: 'bob', expect: /cannot review your own/},
    {name: 'an unmapped user is told how to get mapped', user: 'dave', expect: /not linked to a Teleport user.*mattermost_user_id: \["mm-dave"\]/},
    {name: 'a sensitive role is link-only', user: 'alice', setup: {settings: {sensitiveRoles: ['dbadmin']}}, expect: /must be reviewed in Teleport.*\/web\/requests\//},
    {name: 'a long-term request is link-only', user: 'alice', setup: {requestPatch: {requestKind: 'LONG_TERM'}}, expect: /Long-term/},
    {name: 'reviews turned off by the admin', user: 'alice', setup: {settings: {reviewsEnabled: false}}, expect: /turned off by the administrator/},
    {
      name: 'an older cluster',
      user: 'alice',
      tweak: (s) => (s.teleport.cluster = {...s.teleport.cluster, serverVersion: '18.10.2', onBehalfReviews: false}),
      expect: /needs Teleport 18\.11/,
    },
    {name: 'a failed self-check', user: 'alice', tweak: (s) => s.failSelfCheck(), expect: /cannot record reviews made in chat/},
    {
      name: 'a deactivated Mattermost user',
      user: 'alice',
      tweak: (s) => s.mattermost.users.set('mm-alice', mattermostUser('mm-alice', 'alice', {deleteAt: 1})),
      expect: /Deactivated/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const s = setup(c.setup);
      c.tweak?.(s);
      assert.match(text(await s.click(c.user)), c.expect);
      assert.equal(s.teleport.calls.submitReview.length, 0);
    });
  }

  it("the request's own state comes first: an unmapped clicker on a resolved or link-only request hears that", async () => {
    const resolved = setup({requestPatch: {state: 'DENIED'}});
    assert.match(text(await resolved.click('dave')), /already denied/);
    const sensitive = setup({settings: {sensitiveRoles: ['dbadmin']}});
    assert.match(text(await sensitive.click('dave')), /must be reviewed in Teleport/);
  });

  it('a second click by the same reviewer is "already reviewed" without asking Teleport again', async () => {
    const s = setup();
    await s.click('alice');
    assert.match(text(await s.click('alice')), /already reviewed/);
    assert.equal(s.teleport.calls.submitReview.length, 1);
  });
});

describe("Teleport's answers, made specific", () => {
  const cases: {name: string; error: ReturnType<typeof teleportError>; expect: RegExp; code: string}[] = [
    {
      name: 'not allowed to review the role',
      error: teleportError('AccessDenied', 'user "carol" cannot review this request'),
      expect: /does not allow you to review requests for dbadmin/,
      code: 'not_allowed',
    },
    {
      name: 'already reviewed (ALREADY_EXISTS)',
      error: teleportError('AlreadyExists', 'user "alice" has already reviewed this request'),
      expect: /already reviewed/,
      code: 'already_reviewed',
    },
    {
      name: 'resolved meanwhile',
      error: teleportError('AccessDenied', 'the access request has been already approved'),
      expect: /already resolved or expired/,
      code: 'already_resolved',
    },
    {name: 'deleted meanwhile (NOT_FOUND)', error: teleportError('NotFound', 'access_request not found'), expect: /already resolved or expired/, code: 'already_resolved'},
    {name: 'unreachable', error: teleportError('ConnectionProblem', 'connection refused'), expect: /could not be reached.*try again/, code: 'teleport_unavailable'},
    {
      name: 'on-behalf refused',
      error: teleportError('AccessDenied', 'user "bridge" cannot submit reviews on behalf of "alice"'),
      expect: /does not accept reviews made in chat/,
      code: 'unsupported',
    },
    {
      name: 'own request (Teleport says so)',
      error: teleportError('AccessDenied', 'user "alice" cannot review their own access request'),
      expect: /cannot review your own/,
      code: 'self_review',
    },
    {name: 'admin MFA', error: teleportError('AccessDenied', 'admin-level API request requires MFA verification'), expect: /requires MFA/, code: 'bridge_misconfigured'},
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const s = setup();
      s.teleport.failNext.set('submitReview', [c.error]);
      const result = await s.handlers.review({mattermostUserId: 'mm-alice', requestId: REQ, decision: 'approve', reason: '', channelId: CHANNEL, postId: null});
      assert.equal(result.ok, false);
      assert.equal(result.code, c.code);
      assert.match(result.message, c.expect);
    });
  }

  it('carol, who may not review dbadmin, is told so by Teleport (the bridge does not pre-judge RBAC)', async () => {
    const s = setup();
    assert.match(text(await s.click('carol')), /does not allow you to review requests for dbadmin/);
    assert.equal(s.teleport.calls.submitReview.length, 1);
  });

  it('Teleport unreachable while reading the request: try again, nothing submitted', async () => {
    const s = setup();
    s.teleport.failNext.set('getRequest', [teleportError('ConnectionProblem', 'down')]);
    assert.match(text(await s.click('alice')), /try again/);
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });
});

describe('fast answers and exactly once', () => {
  it('slow Teleport: the click is answered at once and the result follows as an ephemeral post', async () => {
    const s = setup({answerWithinMs: 30});
    s.teleport.delayMs = 150;
    const reply = await s.click('alice');
    assert.match(text(reply), /Sending your approval to Teleport/);
    await until(() => s.mattermost.ephemerals.length === 2);
    // Both from the bot, both under the card.
    assert.deepEqual(
      s.mattermost.ephemerals.map((e) => [e.userId, e.channelId, e.rootId]),
      [
        ['mm-alice', CHANNEL, POST],
        ['mm-alice', CHANNEL, POST],
      ],
    );
    assert.match(s.mattermost.ephemerals[1]?.message ?? '', /You approved/);
  });

  it('50 concurrent clicks by one user → one review; the others hear "already reviewed"', async () => {
    const s = setup();
    s.teleport.delayMs = 20;
    await Promise.all(Array.from({length: 50}, () => s.click('alice')));
    assert.equal(s.teleport.calls.submitReview.length, 1);
    const said = s.mattermost.ephemerals.map((e) => e.message);
    assert.equal(said.length, 50, 'one answer per click');
    assert.equal(said.filter((m) => /You approved/.test(m)).length, 1);
    assert.equal(said.filter((m) => /already reviewed/.test(m)).length, 49);
  });

  it('concurrent clicks while Teleport is down all get "try again", not "already reviewed"', async () => {
    const s = setup();
    s.teleport.delayMs = 20;
    s.teleport.failNext.set('submitReview', [teleportError('ConnectionProblem', 'down')]);
    await Promise.all(Array.from({length: 5}, () => s.click('alice')));
    const said = s.mattermost.ephemerals.map((e) => e.message);
    assert.equal(said.length, 5);
    assert.ok(said.every((m) => /try again/.test(m)));
    assert.match(text(await s.click('alice')), /You approved/);
  });
});

describe('forged and stale button callbacks', () => {
  const good = signActionContext(secret, {requestId: REQ, channelId: CHANNEL, decision: 'approve', expiresAt});
  const cases: {name: string; patch: Record<string, unknown>; expect: RegExp}[] = [
    {name: 'no token', patch: {context: {}}, expect: /could not be verified/},
    {name: 'no context at all', patch: {context: undefined}, expect: /could not be verified/},
    {name: 'altered token', patch: {context: {...good, request_id: '0190a6b2-1c1d-7e6f-8a9b-000000000000'}}, expect: /could not be verified/},
    {name: 'replayed on a card in another channel', patch: {channel_id: 'chan2bbbbbbbbbbbbbbbbbbbbb'}, expect: /could not be verified/},
    {
      name: 'expired',
      patch: {context: signActionContext(secret, {requestId: REQ, channelId: CHANNEL, decision: 'approve', expiresAt: nowMs / 1000 - 1})},
      expect: /resolved or expired/,
    },
    {
      name: 'signed by someone else',
      patch: {context: signActionContext(Buffer.from('not-the-bridge-secret-at-all!!!!'), {requestId: REQ, channelId: CHANNEL, decision: 'approve', expiresAt})},
      expect: /could not be verified/,
    },
    {name: 'no user id', patch: {user_id: undefined}, expect: /could not be verified/},
  ];
  for (const c of cases) {
    it(`refuses: ${c.name}`, async () => {
      const s = setup();
      assert.match(text(await s.click('alice', 'approve', c.patch)), c.expect);
      assert.equal(s.teleport.calls.submitReview.length, 0);
      assert.ok(s.lines.some((l) => l['outcome'] === 'invalid_callback'));
    });
  }

  it('never throws on garbage', async () => {
    const s = setup();
    for (const body of [null, 'x', 42, [], {user_id: 5}]) assert.match(text(await s.handlers.action(body)), /could not be verified/);
  });
});

describe('deny asks for a reason in a dialog', () => {
  async function openDeny(s: ReturnType<typeof setup>, user = 'alice') {
    const reply = await s.click(user, 'deny');
    assert.deepEqual(reply, {});
    const opened = s.mattermost.dialogs.at(-1);
    assert.ok(opened);
    return opened;
  }

  it('opens a dialog with a required reason, posting back to the bridge', async () => {
    const s = setup();
    const opened = await openDeny(s);
    assert.equal(opened.triggerId, 'trigger-alice');
    assert.equal(opened.url, 'http://bridge.internal:8081/mattermost/dialog');
    const elements = opened.dialog['elements'] as {name: string; optional: boolean}[];
    assert.deepEqual(
      elements.map((e) => [e.name, e.optional]),
      [['reason', false]],
    );
    assert.match(String(opened.dialog['introduction_text']), /bob.*dbadmin.*alice/);
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('submitting with a reason denies, and the result arrives privately', async () => {
    const s = setup();
    const opened = await openDeny(s);
    const reply = await s.handlers.dialog({
      type: 'dialog_submission',
      callback_id: 'teleport_review',
      state: opened.dialog['state'],
      user_id: 'mm-alice',
      channel_id: CHANNEL,
      submission: {reason: 'no ticket'},
      cancelled: false,
    });
    assert.deepEqual(reply, {});
    assert.deepEqual(s.teleport.calls.submitReview, [{requestId: REQ, author: 'alice', decision: 'DENIED', reason: 'no ticket'}]);
    assert.match(s.mattermost.ephemerals[0]?.message ?? '', /You denied bob's request.*now DENIED/);
  });

  it('an empty reason keeps the dialog open with a field error', async () => {
    const s = setup();
    const opened = await openDeny(s);
    const reply = await s.handlers.dialog({state: opened.dialog['state'], user_id: 'mm-alice', channel_id: CHANNEL, submission: {reason: '  '}});
    assert.deepEqual(reply, {errors: {reason: 'A reason is required to deny.'}});
    const invisible = await s.handlers.dialog({state: opened.dialog['state'], user_id: 'mm-alice', channel_id: CHANNEL, submission: {reason: '\u200B'}});
    assert.deepEqual(invisible, reply, 'only a zero-width space is no reason either');
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('a state opened for alice and submitted by someone else is refused', async () => {
    const s = setup();
    const opened = await openDeny(s);
    const reply = await s.handlers.dialog({state: opened.dialog['state'], user_id: 'mm-ivan', channel_id: CHANNEL, submission: {reason: 'x'}});
    assert.match(String(reply['error']), /could not be verified/);
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('an expired or forged state is refused; cancel does nothing', async () => {
    const s = setup();
    const stale = signDialogState(secret, {userId: 'mm-alice', requestId: REQ, postId: POST, decision: 'deny', expiresAt: nowMs / 1000 - 1});
    assert.match(String((await s.handlers.dialog({state: stale, user_id: 'mm-alice', submission: {reason: 'x'}}))['error']), /expired/);
    assert.match(String((await s.handlers.dialog({state: 'forged.state', user_id: 'mm-alice', submission: {reason: 'x'}}))['error']), /could not be verified/);
    assert.deepEqual(await s.handlers.dialog({state: stale, user_id: 'mm-alice', cancelled: true}), {});
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('refuses at once, without a dialog, when the clicker cannot review anyway', async () => {
    const s = setup();
    assert.match(text(await s.click('dave', 'deny')), /not linked/);
    assert.match(text(await s.click('bob', 'deny')), /own access request/);
    assert.equal(s.mattermost.dialogs.length, 0);
  });

  it('Teleport unreachable on submit keeps the dialog open to retry', async () => {
    const s = setup();
    const opened = await openDeny(s);
    s.teleport.failNext.set('submitReview', [teleportError('ConnectionProblem', 'down')]);
    const body = {state: opened.dialog['state'], user_id: 'mm-alice', channel_id: CHANNEL, submission: {reason: 'no ticket'}};
    assert.match(String((await s.handlers.dialog(body))['error']), /try again/);
    assert.deepEqual(await s.handlers.dialog(body), {});
    assert.equal(s.teleport.requests.get(REQ)?.state, 'DENIED');
  });

  it('approve asks for a reason only when the admin wants it', async () => {
    const s = setup({settings: {approveReasonRequired: true}});
    assert.deepEqual(await s.click('alice', 'approve'), {});
    assert.equal(s.mattermost.dialogs.length, 1);
    assert.equal(s.teleport.calls.submitReview.length, 0);
  });

  it('a click without a trigger id cannot open the dialog and says to click again', async () => {
    const s = setup();
    assert.match(text(await s.click('alice', 'deny', {trigger_id: undefined})), /click again/);
  });

  it('the /teleport command path refuses a deny without a reason', async () => {
    const s = setup();
    const result = await s.handlers.review({mattermostUserId: 'mm-alice', requestId: REQ, decision: 'deny', reason: '', channelId: CHANNEL, postId: null});
    assert.deepEqual({ok: result.ok, code: result.code}, {ok: false, code: 'reason_required'});
  });
});

describe('audit', () => {
  it('logs who decided what, where, and how it ended', async () => {
    const s = setup();
    await s.click('alice');
    await s.click('bob');
    const audit = s.lines.filter((l) => l['audit'] === 'review');
    const pick = (l: Record<string, unknown>) => ({
      mattermost_user_id: l['mattermost_user_id'],
      teleport_user: l['teleport_user'],
      request_id: l['request_id'],
      post_id: l['post_id'],
      decision: l['decision'],
      outcome: l['outcome'],
    });
    assert.deepEqual(audit.map(pick), [
      {mattermost_user_id: 'mm-alice', teleport_user: 'alice', request_id: REQ, post_id: POST, decision: 'approve', outcome: 'submitted'},
      {mattermost_user_id: 'mm-bob', teleport_user: 'bob', request_id: REQ, post_id: POST, decision: 'approve', outcome: 'self_review'},
    ]);
  });
});
