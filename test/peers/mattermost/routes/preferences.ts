/**
 * User preferences (api4/preference.go, model/preference.go of 11.4). Who may read or write a
 * user's preferences is SessionHasPermissionToUser: the user, or a session with manage_system
 * (a system admin); others get 403 edit_other_users. An empty category is a 404, and a user
 * without any preference gets null, not [].
 */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {AppError, invalidBodyParam, invalidUrlParam, notFound, permissionDenied} from '../errors';
import {isValidId} from '../ids';
import type {UserRecord} from '../model';
import type {PeerContext} from '../context';
import type {PeerState} from '../state';
import {authenticate, param, parseBody, sendJson, statusOk} from '../http';

/** The route patterns' own rule: other categories and names never reach a handler (404). */
const WORD = /^[A-Za-z0-9_]+$/;
const MAX_PER_CALL = 100;
const MAX_VALUE_RUNES = 20_000;

const preferenceList = z.array(
  z.object({user_id: z.string('expected a user id'), category: z.string('expected a category'), name: z.string('expected a name'), value: z.string('expected text').optional()}),
  'expected a JSON array of preferences',
);

/** The target user's id ("me" is the caller) once the caller may act for them. */
function targetUser(state: PeerState, me: UserRecord, params: unknown): string {
  const raw = param(params, 'user_id');
  const id = raw === 'me' ? me.id : raw;
  if (!isValidId(id)) throw invalidUrlParam('user_id');
  if (id !== me.id && !state.isSystemAdmin(me)) throw permissionDenied('edit_other_users');
  return id;
}

function word(params: unknown, name: string): string {
  const value = param(params, name);
  if (!WORD.test(value)) throw new AppError(404, 'api.context.404.app_error', 'Sorry, we could not find the page.');
  return value;
}

/** Preference.IsValid, as the store runs it on every saved row. */
function validate(p: {user_id: string; category: string; name: string; value?: string | undefined}): void {
  if (!isValidId(p.user_id)) throw new AppError(400, 'model.preference.is_valid.id.app_error', 'Invalid user id.', `user_id=${p.user_id}`);
  if (p.category === '' || Buffer.byteLength(p.category) > 32)
    throw new AppError(400, 'model.preference.is_valid.category.app_error', 'Invalid category.', `category=${p.category}`);
  if (Buffer.byteLength(p.name) > 32) throw new AppError(400, 'model.preference.is_valid.name.app_error', 'Invalid name.', `name=${p.name}`);
  if ([...(p.value ?? '')].length > MAX_VALUE_RUNES) throw new AppError(400, 'model.preference.is_valid.value.app_error', 'Value is too long.');
}

type StoredPreference = {category: string; name: string; value: string};

export function registerPreferenceRoutes(app: FastifyInstance, {state}: PeerContext): void {
  const rows = (userId: string) => {
    let map = state.preferences.get(userId);
    if (!map) state.preferences.set(userId, (map = new Map<string, StoredPreference>()));
    return map;
  };
  const out = (userId: string, p: StoredPreference) => ({user_id: userId, category: p.category, name: p.name, value: p.value});

  const body = (raw: unknown, userId: string) => {
    const prefs = parseBody(preferenceList, raw, 'preferences');
    if (prefs.length === 0 || prefs.length > MAX_PER_CALL) throw invalidBodyParam('preferences');
    for (const p of prefs) {
      if (p.user_id !== userId)
        throw new AppError(403, 'api.preference.update_preferences.set.app_error', 'Unable to set user preferences.', `userId=${userId}, preference.UserId=${p.user_id}`);
    }
    return prefs;
  };

  app.get('/api/v4/users/:user_id/preferences', async (request, reply) => {
    const userId = targetUser(state, authenticate(state, request), request.params);
    const all = [...rows(userId).values()].map((p) => out(userId, p));
    // Go encodes the store's nil slice: a user without preferences gets null.
    return sendJson(reply, 200, all.length > 0 ? all : null);
  });

  app.get('/api/v4/users/:user_id/preferences/:category', async (request, reply) => {
    const category = word(request.params, 'category');
    const userId = targetUser(state, authenticate(state, request), request.params);
    const found = [...rows(userId).values()].filter((p) => p.category === category);
    if (found.length === 0) throw notFound('api.preference.preferences_category.get.app_error', 'Unable to get user preferences.');
    return sendJson(
      reply,
      200,
      found.map((p) => out(userId, p)),
    );
  });

  app.get('/api/v4/users/:user_id/preferences/:category/name/:name', async (request, reply) => {
    const category = word(request.params, 'category');
    const name = word(request.params, 'name');
    const userId = targetUser(state, authenticate(state, request), request.params);
    const found = rows(userId).get(`${category}/${name}`);
    if (!found) throw notFound('app.preference.get.app_error', 'Unable to get preference.');
    return sendJson(reply, 200, out(userId, found));
  });

  app.put('/api/v4/users/:user_id/preferences', async (request, reply) => {
    const userId = targetUser(state, authenticate(state, request), request.params);
    const prefs = body(request.body, userId);
    prefs.forEach(validate);
    for (const p of prefs) rows(userId).set(`${p.category}/${p.name}`, {category: p.category, name: p.name, value: p.value ?? ''});
    return statusOk(reply);
  });

  app.post('/api/v4/users/:user_id/preferences/delete', async (request, reply) => {
    const userId = targetUser(state, authenticate(state, request), request.params);
    for (const p of body(request.body, userId)) rows(userId).delete(`${p.category}/${p.name}`);
    return statusOk(reply);
  });
}
