/**
 * Request/response plumbing shared by the routes: Mattermost's exact JSON content type (Client4
 * only parses a body whose Content-Type is exactly "application/json"), bearer-token
 * authentication, id checks and zod body validation that names the failing field.
 */
import type {FastifyReply, FastifyRequest} from 'fastify';
import type {z} from 'zod';
import {AppError, invalidBodyParam, invalidUrlParam, sessionExpired} from './errors';
import {isValidId} from './ids';
import type {UserRecord} from './model';
import type {PeerState} from './state';

export function sendJson(reply: FastifyReply, status: number, data: unknown): FastifyReply {
  // A Buffer keeps fastify from appending "; charset=utf-8", which Client4 would not parse.
  return reply
    .code(status)
    .header('content-type', 'application/json')
    .send(Buffer.from(JSON.stringify(data)));
}

export const statusOk = (reply: FastifyReply): FastifyReply => sendJson(reply, 200, {status: 'OK'});

/** The token of `Authorization: Bearer <t>` (or the legacy `Token <t>`), or the MMAUTHTOKEN cookie. */
function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^(?:bearer|token)\s+(\S+)$/i.exec(header.trim());
    return match?.[1] ?? null;
  }
  const cookie = request.headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('MMAUTHTOKEN='));
  return cookie ? cookie.slice('MMAUTHTOKEN='.length) : null;
}

/** The acting user, or 401 as Mattermost answers a missing, unknown or deactivated user's token. */
export function authenticate(state: PeerState, request: FastifyRequest): UserRecord {
  const token = tokenOf(request);
  if (!token) throw sessionExpired('token not provided');
  const userId = state.tokens.get(token);
  const user = userId === undefined ? undefined : state.users.get(userId);
  if (!user || user.deleteAt !== 0) throw sessionExpired('token invalid or user deactivated');
  (request as FastifyRequest & {peerUserId?: string}).peerUserId = user.id;
  return user;
}

export function requireId(params: unknown, name: string): string {
  const value = (params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !isValidId(value)) throw invalidUrlParam(name);
  return value;
}

export function param(params: unknown, name: string): string {
  const value = (params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || value === '') throw invalidUrlParam(name);
  return value;
}

/** Parses a body with a zod schema; the error names each failing field and what was expected. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(body ?? undefined);
  if (result.success) return result.data;
  const detail = result.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : what}: ${issue.message}`).join('; ');
  const first = result.error.issues[0];
  const field = first && first.path.length ? first.path.join('.') : what;
  throw invalidBodyParam(field, detail);
}

export function queryInt(query: unknown, name: string, fallback: number): number {
  const raw = (query as Record<string, unknown> | undefined)?.[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AppError(400, 'api.context.invalid_url_param.app_error', `Invalid or missing ${name} parameter in request URL.`);
  return n;
}

export function queryString(query: unknown, name: string): string | undefined {
  const raw = (query as Record<string, unknown> | undefined)?.[name];
  return typeof raw === 'string' ? raw : undefined;
}
