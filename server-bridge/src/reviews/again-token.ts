/**
 * The "Request again" button in the requester's end-of-access DM. Like every button, its
 * integration context is invisible to clients and signed: bound to the DM channel it was posted in
 * and to the requester's Mattermost user (only they may reopen their request), and it expires a day
 * after the access ended. It carries what the form is pre-filled with (roles, resources and
 * reason), so a request Teleport already deleted can still be asked for again; all of it is signed.
 * Version 1 (before resources) is still accepted until its buttons age out.
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import type {ResourceId} from '../domain/request';
import {formatResourceId, MAX_RESOURCE_ID_CHARS, MAX_RESOURCES_PER_REQUEST, parseResourceId} from '../domain/resource-id';
import {fail, ok} from '../errors/failure';
import {constantTimeEqual, mac, requireSecret, sameMac, type VerifyResult} from './token';

function refused(detail: string): VerifyResult<AgainClaims> {
  return fail({code: /expired/.test(detail) ? 'callback_expired' : 'callback_unverified', surface: 'button', detail});
}

const AGAIN_DOMAIN = 'teleport-mattermost/again/v1';
/** Alphanumeric, as Mattermost's action routes require. */
export const REQUEST_AGAIN_ACTION_ID = 'requestagain';

export interface AgainClaims {
  requestId: string;
  channelId: string;
  userId: string;
  roles: string[];
  /** The earlier request's resources (empty for a role request). */
  resources: ResourceId[];
  reason: string;
  /** unix seconds */
  expiresAt: number;
}

const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.:@-]+$/, 'letters, digits and . _ : @ - only');
/** A resource id as Teleport writes it (`/<cluster>/<kind>/<name>[/<sub>]`), read back into its parts. */
const resourceId = z.string().transform((raw, ctx): ResourceId => {
  const parsed = parseResourceId(raw);
  if (parsed.ok) return parsed.id;
  ctx.addIssue({code: 'custom', message: `resource ${parsed.problem}`});
  return z.NEVER;
});
const common = {
  kind: z.literal('again'),
  request_id: id,
  channel_id: id,
  user_id: id,
  // A resource request may leave the roles to Teleport; a role request names at least one.
  roles: z.array(id).max(50),
  reason: z.string().max(1000),
  exp: z.number().int().positive(),
  sig: z.string().min(1).max(128),
};
const schema = z.discriminatedUnion('v', [
  z.object({...common, v: z.literal(1), roles: common.roles.min(1)}),
  z.object({...common, v: z.literal(2), resources: z.array(z.string().max(MAX_RESOURCE_ID_CHARS)).max(MAX_RESOURCES_PER_REQUEST)}),
]);

/** What the signature covers. Version 2 adds the resources (as text, in order), so a changed list is refused. */
const fields = (c: {
  v: 1 | 2;
  request_id: string;
  channel_id: string;
  user_id: string;
  roles: string[];
  resources?: string[];
  reason: string;
  exp: number;
}): (string | number)[] => {
  const base = [c.request_id, c.channel_id, c.user_id, c.roles.join(','), c.reason, c.exp];
  return c.v === 1 ? base : [...base, JSON.stringify(c.resources ?? [])];
};

export function signAgainContext(secret: Buffer, claims: AgainClaims): Record<string, unknown> {
  requireSecret(secret);
  const body = {
    kind: 'again' as const,
    v: 2 as const,
    request_id: claims.requestId,
    channel_id: claims.channelId,
    user_id: claims.userId,
    roles: claims.roles,
    resources: claims.resources.map(formatResourceId),
    reason: claims.reason.slice(0, 1000),
    exp: claims.expiresAt,
  };
  return {...body, sig: mac(secret, AGAIN_DOMAIN, fields(body)).toString('base64url')};
}

/** Whether an action callback's context is a Request again button (routing only; not a verification). */
export function isAgainContext(context: unknown): boolean {
  return typeof context === 'object' && context !== null && (context as {kind?: unknown}).kind === 'again';
}

/** `clicked` is what Mattermost attests: the clicker and the channel of the clicked post. */
export function verifyAgainContext(secret: Buffer, context: unknown, clicked: {channelId: string; userId: string}, nowSeconds: number): VerifyResult<AgainClaims> {
  requireSecret(secret);
  const parsed = schema.safeParse(context);
  if (!parsed.success) return refused(`malformed request-again context: ${formatIssues(parsed.error.issues)}`);
  const c = parsed.data;
  if (!sameMac(mac(secret, AGAIN_DOMAIN, fields(c)), c.sig)) return refused('request-again signature does not match');
  if (!constantTimeEqual(c.channel_id, clicked.channelId)) return refused('request-again button belongs to another channel');
  if (!constantTimeEqual(c.user_id, clicked.userId)) return refused('request-again button belongs to another user');
  if (c.exp <= nowSeconds) return refused('request-again button expired');
  // Read only once the signature holds: the ids are the bridge's own writing of Teleport's.
  const resources = z.array(resourceId).safeParse(c.v === 1 ? [] : c.resources);
  if (!resources.success) return refused(`malformed request-again context: ${formatIssues(resources.error.issues)}`);
  return ok({requestId: c.request_id, channelId: c.channel_id, userId: c.user_id, roles: c.roles, resources: resources.data, reason: c.reason, expiresAt: c.exp});
}
