import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createHmac} from 'node:crypto';
import type {Result} from '../errors/failure';
import {signActionContext, signDialogState, verifyActionContext, verifyDialogState, type ActionClaims, type DialogClaims} from './token';

/** Why a token was refused, as the verifier words it. */
function reasonOf(result: Result<unknown>): string {
  if (result.ok) return '';
  const failure = result.error.failure;
  return 'detail' in failure ? failure.detail : failure.code;
}

const secret = Buffer.from('0123456789abcdef0123456789abcdef');
const otherSecret = Buffer.from('fedcba9876543210fedcba9876543210');
const now = 1_800_000_000;
const claims: ActionClaims = {
  requestId: '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5b',
  channelId: 'c1aaaaaaaaaaaaaaaaaaaaaaaa',
  decision: 'approve',
  expiresAt: now + 3600,
};
const postId = 'p1aaaaaaaaaaaaaaaaaaaaaaaa';
const clicked = {channelId: claims.channelId, postId};

describe('action token', () => {
  const good = signActionContext(secret, claims);

  it('accepts the context it signed, on a card in its own channel, before expiry', () => {
    const result = verifyActionContext(secret, good, clicked, now);
    assert.deepEqual(result, {ok: true, value: claims});
  });

  it('accepts a v1 token of a card posted by an earlier version, on its own post only', () => {
    const fields = [claims.requestId, postId, claims.decision, claims.expiresAt];
    const sig = createHmac('sha256', secret).update('teleport-mattermost/action/v1').update('\n').update(JSON.stringify(fields)).digest('base64url');
    const legacy = {v: 1, request_id: claims.requestId, post_id: postId, decision: claims.decision, exp: claims.expiresAt, sig};
    assert.deepEqual(verifyActionContext(secret, legacy, clicked, now), {ok: true, value: claims});
    const elsewhere = verifyActionContext(secret, legacy, {...clicked, postId: 'p9zzzzzzzzzzzzzzzzzzzzzzzz'}, now);
    assert.equal(elsewhere.ok, false);
    if (!elsewhere.ok) assert.match(reasonOf(elsewhere), /another post/);
    const forgedVersion = verifyActionContext(secret, {...legacy, v: 2, channel_id: claims.channelId}, clicked, now);
    assert.equal(forgedVersion.ok, false);
  });

  it('uses only JSON-safe values Mattermost can store in integration.context', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(good)), good);
  });

  const refusals: {name: string; context: unknown; channelId?: string; at?: number; reason: RegExp}[] = [
    {name: 'missing context', context: undefined, reason: /missing/},
    {name: 'null context', context: null, reason: /missing/},
    {name: 'empty object', context: {}, reason: /malformed.*request_id/},
    {name: 'no signature', context: {...good, sig: undefined}, reason: /malformed.*sig/},
    {name: 'altered signature', context: {...good, sig: `${String(good.sig).slice(0, -2)}AA`}, reason: /signature/},
    {name: 'altered request id', context: {...good, request_id: '0190a6b2-1c1d-7e6f-8a9b-0c1d2e3f4a5c'}, reason: /signature/},
    {
      name: 'altered channel id (with payload to match)',
      context: {...good, channel_id: 'c2bbbbbbbbbbbbbbbbbbbbbbbb'},
      channelId: 'c2bbbbbbbbbbbbbbbbbbbbbbbb',
      reason: /signature/,
    },
    {name: 'altered decision', context: {...good, decision: 'deny'}, reason: /signature/},
    {name: 'extended expiry', context: {...good, exp: claims.expiresAt + 86400}, reason: /signature/},
    {name: 'unknown decision', context: {...good, decision: 'promote'}, reason: /malformed.*decision/},
    {name: 'expiry as string', context: {...good, exp: String(claims.expiresAt)}, reason: /malformed.*exp/},
    {name: 'signed with another secret', context: signActionContext(otherSecret, claims), reason: /signature/},
    {name: 'replayed on a card in another channel', context: good, channelId: 'c3cccccccccccccccccccccccc', reason: /another channel/},
    {name: 'a callback without a channel', context: good, channelId: '', reason: /another channel/},
    {name: 'expired exactly now', context: good, at: claims.expiresAt, reason: /expired/},
    {name: 'expired long ago', context: good, at: claims.expiresAt + 1, reason: /expired/},
    {name: 'a dialog state in place of a context', context: signDialogState(secret, {...claims, postId, userId: 'u1'}), reason: /malformed/},
  ];
  for (const row of refusals) {
    it(`refuses: ${row.name}`, () => {
      const result = verifyActionContext(secret, row.context, {channelId: row.channelId ?? claims.channelId, postId}, row.at ?? now);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(reasonOf(result), row.reason);
    });
  }

  it('refuses a secret too short to be safe', () => {
    assert.throws(() => signActionContext(Buffer.from('short'), claims), /at least 16 bytes/);
  });
});

describe('dialog state', () => {
  const dialog: DialogClaims = {userId: 'u1aaaaaaaaaaaaaaaaaaaaaaaa', requestId: claims.requestId, postId, decision: 'deny', expiresAt: now + 600};
  const state = signDialogState(secret, dialog);

  it('accepts the state it signed, for the same user, before expiry', () => {
    assert.deepEqual(verifyDialogState(secret, state, dialog.userId, now), {ok: true, value: dialog});
  });

  it('accepts a state without request and post (other dialogs bind only the user)', () => {
    const bare = {...dialog, requestId: '', postId: ''};
    assert.deepEqual(verifyDialogState(secret, signDialogState(secret, bare), dialog.userId, now), {ok: true, value: bare});
  });

  const [encoded, sig] = state.split('.') as [string, string];
  const reencode = (patch: Record<string, unknown>) => {
    const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>;
    return `${Buffer.from(JSON.stringify({...body, ...patch})).toString('base64url')}.${sig}`;
  };
  const refusals: {name: string; state: unknown; userId?: string; at?: number; reason: RegExp}[] = [
    {name: 'missing', state: undefined, reason: /missing/},
    {name: 'empty', state: '', reason: /missing/},
    {name: 'not a string', state: {u: dialog.userId}, reason: /missing/},
    {name: 'no signature part', state: encoded, reason: /malformed/},
    {name: 'altered signature', state: `${encoded}.${sig.slice(0, -2)}AA`, reason: /signature/},
    {name: 'altered user', state: reencode({u: 'u2bbbbbbbbbbbbbbbbbbbbbbbb'}), userId: 'u2bbbbbbbbbbbbbbbbbbbbbbbb', reason: /signature/},
    {name: 'altered request', state: reencode({r: 'other'}), reason: /signature/},
    {name: 'altered post', state: reencode({p: 'p9'}), reason: /signature/},
    {name: 'altered decision', state: reencode({d: 'approve'}), reason: /signature/},
    {name: 'extended expiry', state: reencode({e: now + 999999}), reason: /signature/},
    {name: 'submitted by another user', state, userId: 'u3cccccccccccccccccccccccc', reason: /another user/},
    {name: 'expired', state, at: dialog.expiresAt, reason: /expired/},
    {name: 'signed with another secret', state: signDialogState(otherSecret, dialog), reason: /signature/},
  ];
  for (const row of refusals) {
    it(`refuses: ${row.name}`, () => {
      const result = verifyDialogState(secret, row.state, row.userId ?? dialog.userId, row.at ?? now);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(reasonOf(result), row.reason);
    });
  }
});
