/**
 * Tokens that let the bridge trust what Mattermost relays back to it.
 *
 * Action context: Mattermost strips `integration.context` from every copy of a post it sends to
 * clients, so an HMAC placed there proves that a callback came through the Mattermost server for
 * that very button. It is bound to the request, the card's channel and the decision, and expires no
 * earlier than the request itself (the caller picks `expiresAt`). The channel, not the post id,
 * because the buttons must exist in the very write that creates the post (see README.md, "Why the
 * buttons are bound to the channel"); v1 tokens, bound to the post id, are still accepted so cards
 * posted by earlier versions keep working.
 *
 * Dialog state: clients *do* see a dialog's `state` and may submit any state they like, so it is
 * signed and bound to the one Mattermost user it was opened for, with a short expiry.
 *
 * Each kind of token hashes a different domain prefix, so a token of one kind can never be
 * accepted as the other; fields are JSON-encoded as an array so no delimiter can be smuggled.
 */
import {createHmac, timingSafeEqual} from 'node:crypto';
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import {fail, ok, type Result} from '../errors/failure';

export type ReviewDecision = 'approve' | 'deny';

export interface ActionClaims {
  requestId: string;
  /** The channel of the card: Mattermost attests it in every callback (`channel_id`). */
  channelId: string;
  decision: ReviewDecision;
  /** unix seconds */
  expiresAt: number;
}

export interface DialogClaims {
  userId: string;
  requestId: string;
  postId: string;
  decision: ReviewDecision;
  /** unix seconds */
  expiresAt: number;
}

/** The claims, or why the token is refused (`callback_expired` or `callback_unverified`, the reason as detail). */
export type VerifyResult<T> = Result<T>;

function refused<T>(surface: 'button' | 'dialog', detail: string): VerifyResult<T> {
  return fail({code: /expired/.test(detail) ? 'callback_expired' : 'callback_unverified', surface, detail});
}

const ACTION_DOMAIN = 'teleport-mattermost/action/v2';
const LEGACY_ACTION_DOMAIN = 'teleport-mattermost/action/v1';
const DIALOG_DOMAIN = 'teleport-mattermost/dialog/v1';
const TOKEN_VERSION = 1;
const ACTION_TOKEN_VERSION = 2;

// Mattermost ids are 26 lowercase base32 characters; Teleport request ids are UUIDs. Both are
// checked loosely here (non-empty, bounded, no control characters): the HMAC is what proves them.
const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.:@-]+$/, 'letters, digits and . _ : @ - only');
const decision = z.enum(['approve', 'deny']);
const seconds = z.number().int().positive();

const actionContextSchema = z.object({v: z.literal(ACTION_TOKEN_VERSION), request_id: id, channel_id: id, decision, exp: seconds, sig: z.string().min(1).max(128)});
// Cards posted before v2 carry tokens bound to their post id.
const legacyActionContextSchema = z.object({v: z.literal(1), request_id: id, post_id: id, decision, exp: seconds, sig: z.string().min(1).max(128)});

const dialogStateSchema = z.object({
  v: z.literal(TOKEN_VERSION),
  u: id,
  // Empty is allowed so other dialogs (e.g. the /teleport request form) can bind only a user.
  r: id.or(z.literal('')),
  p: id.or(z.literal('')),
  d: decision,
  e: seconds,
});

export function mac(secret: Buffer, domain: string, fields: readonly (string | number)[]): Buffer {
  return createHmac('sha256', secret).update(domain).update('\n').update(JSON.stringify(fields)).digest();
}

/** Constant-time string equality (length is not secret). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    // Still spend the comparison so a length mismatch is not measurably faster.
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

export function sameMac(expected: Buffer, presented: string): boolean {
  const given = Buffer.from(presented, 'base64url');
  if (given.length !== expected.length) return false;
  return timingSafeEqual(expected, given);
}

export function requireSecret(secret: Buffer): void {
  // A short secret would make the HMAC guessable; refuse it loudly at the first use.
  if (secret.length < 16) throw new Error('review token secret must be at least 16 bytes');
}

/** The object to put in an attachment action's `integration.context`. */
export function signActionContext(secret: Buffer, claims: ActionClaims): Record<string, string | number> {
  requireSecret(secret);
  const fields = [claims.requestId, claims.channelId, claims.decision, claims.expiresAt] as const;
  return {
    v: ACTION_TOKEN_VERSION,
    request_id: claims.requestId,
    channel_id: claims.channelId,
    decision: claims.decision,
    exp: claims.expiresAt,
    sig: mac(secret, ACTION_DOMAIN, fields).toString('base64url'),
  };
}

/** Where Mattermost says the clicked button is: both ids come from the server, never the client. */
export interface ClickedCard {
  channelId: string;
  postId: string;
}

/**
 * Checks an action callback's context against the card Mattermost says was clicked: a valid token
 * copied onto a card in another channel (or, for v1 tokens, another post) is refused.
 */
export function verifyActionContext(secret: Buffer, context: unknown, clicked: ClickedCard, nowSeconds: number): VerifyResult<ActionClaims> {
  requireSecret(secret);
  if (context === undefined || context === null) return refused('button', 'missing action context');
  const legacy = typeof context === 'object' && (context as {v?: unknown}).v === 1;
  const parsed = legacy ? legacyActionContextSchema.safeParse(context) : actionContextSchema.safeParse(context);
  if (!parsed.success) return refused('button', `malformed action context: ${formatIssues(parsed.error.issues)}`);
  const c = parsed.data;
  if (c.v === ACTION_TOKEN_VERSION) {
    if (!sameMac(mac(secret, ACTION_DOMAIN, [c.request_id, c.channel_id, c.decision, c.exp]), c.sig)) return refused('button', 'action context signature does not match');
    if (!constantTimeEqual(c.channel_id, clicked.channelId)) return refused('button', 'action token belongs to a card in another channel');
  } else {
    if (!sameMac(mac(secret, LEGACY_ACTION_DOMAIN, [c.request_id, c.post_id, c.decision, c.exp]), c.sig)) return refused('button', 'action context signature does not match');
    if (!constantTimeEqual(c.post_id, clicked.postId)) return refused('button', 'action token belongs to another post');
  }
  if (c.exp <= nowSeconds) return refused('button', 'action token expired');
  return ok({requestId: c.request_id, channelId: clicked.channelId, decision: c.decision, expiresAt: c.exp});
}

/** An opaque string for a dialog's `state`: `<base64url JSON claims>.<base64url HMAC>`. */
export function signDialogState(secret: Buffer, claims: DialogClaims): string {
  requireSecret(secret);
  const body = {v: TOKEN_VERSION, u: claims.userId, r: claims.requestId, p: claims.postId, d: claims.decision, e: claims.expiresAt};
  const encoded = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  return `${encoded}.${mac(secret, DIALOG_DOMAIN, [encoded]).toString('base64url')}`;
}

/** Checks a submitted dialog state; `userId` is the submitter Mattermost attested. */
export function verifyDialogState(secret: Buffer, state: unknown, userId: string, nowSeconds: number): VerifyResult<DialogClaims> {
  requireSecret(secret);
  if (typeof state !== 'string' || state === '') return refused('dialog', 'missing dialog state');
  const parts = state.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    return refused('dialog', 'malformed dialog state: expected "<claims>.<signature>"');
  }
  const [encoded, sig] = parts as [string, string];
  // Verify before parsing so attacker-chosen JSON never reaches the parser unauthenticated.
  if (!sameMac(mac(secret, DIALOG_DOMAIN, [encoded]), sig)) {
    return refused('dialog', 'dialog state signature does not match');
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return refused('dialog', 'malformed dialog state: claims are not JSON');
  }
  const parsed = dialogStateSchema.safeParse(json);
  if (!parsed.success) return refused('dialog', `malformed dialog state: ${formatIssues(parsed.error.issues)}`);
  const c = parsed.data;
  if (!constantTimeEqual(c.u, userId)) return refused('dialog', 'dialog state belongs to another user');
  if (c.e <= nowSeconds) return refused('dialog', 'dialog state expired');
  return ok({userId: c.u, requestId: c.r, postId: c.p, decision: c.d, expiresAt: c.e});
}
