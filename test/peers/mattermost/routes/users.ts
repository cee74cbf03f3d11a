/** Users, login, bots (api4/user.go, api4/bot.go subset). */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {AppError, invalidBodyParam, notFound, permissionDenied} from '../errors';
import {isValidId} from '../ids';
import {toBot, toTeam, toUserProfile, type UserRecord} from '../model';
import type {PeerContext} from '../context';
import {authenticate, param, parseBody, queryInt, queryString, sendJson} from '../http';

const loginBody = z.object({login_id: z.string().min(1, 'expected a username or e-mail'), password: z.string()});
const idList = z.array(z.string(), 'expected a JSON array of strings');

export function registerUserRoutes(app: FastifyInstance, {state}: PeerContext): void {
  app.post('/api/v4/users/login', async (request, reply) => {
    const body = parseBody(loginBody, request.body, 'login');
    const user = state.userByUsername(body.login_id) ?? state.userByEmail(body.login_id);
    if (!user || user.password === null || user.password !== body.password || user.deleteAt !== 0) {
      throw new AppError(401, 'api.user.login.invalid_credentials_email_username', 'Enter a valid email or username and/or password.');
    }
    const token = state.issueToken(user.id);
    reply.header('Token', token);
    return sendJson(reply, 200, toUserProfile(user));
  });

  app.get('/api/v4/users/:user_id', async (request, reply) => {
    const me = authenticate(state, request);
    const id = param(request.params, 'user_id');
    if (id === 'me') return sendJson(reply, 200, toUserProfile(me));
    if (!isValidId(id)) throw new AppError(400, 'api.context.invalid_url_param.app_error', 'Invalid or missing user_id parameter in request URL.');
    return sendJson(reply, 200, toUserProfile(state.user(id)));
  });

  app.get('/api/v4/users/username/:username', async (request, reply) => {
    authenticate(state, request);
    const user = state.userByUsername(param(request.params, 'username'));
    if (!user) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    return sendJson(reply, 200, toUserProfile(user));
  });

  app.get('/api/v4/users/email/:email', async (request, reply) => {
    const me = authenticate(state, request);
    if (!state.config.PrivacySettings.ShowEmailAddress && !state.isSystemAdmin(me)) throw permissionDenied('manage_system');
    const user = state.userByEmail(decodeURIComponent(param(request.params, 'email')));
    if (!user) throw notFound('app.user.missing_account.const', 'Unable to find the user.');
    return sendJson(reply, 200, toUserProfile(user));
  });

  app.post('/api/v4/users/ids', async (request, reply) => {
    authenticate(state, request);
    const ids = parseBody(idList, request.body, 'user_ids');
    const found = ids.map((id) => state.users.get(id)).filter((u): u is UserRecord => u !== undefined);
    return sendJson(reply, 200, found.map(toUserProfile));
  });

  // api4 getUsersByNames: an empty list is a 400; otherwise `Username IN (…)` (exact, as on
  // PostgreSQL), deactivated users included, unknown names simply absent, ordered by username.
  app.post('/api/v4/users/usernames', async (request, reply) => {
    authenticate(state, request);
    const names = new Set(parseBody(idList, request.body, 'usernames'));
    if (names.size === 0) throw invalidBodyParam('usernames');
    const found = [...state.users.values()].filter((u) => names.has(u.username)).sort((a, b) => a.username.localeCompare(b.username));
    return sendJson(reply, 200, found.map(toUserProfile));
  });

  app.get('/api/v4/users/:user_id/teams', async (request, reply) => {
    const me = authenticate(state, request);
    const raw = param(request.params, 'user_id');
    const userId = raw === 'me' ? me.id : raw;
    if (userId !== me.id && !state.isSystemAdmin(me)) throw permissionDenied('edit_other_users');
    const teams = [...state.teams.values()].filter((t) => state.teamRoles(t.id, userId) !== undefined);
    return sendJson(reply, 200, teams.map(toTeam));
  });

  // Everyone's bots for read_others_bots (system admins), the caller's own for read_bots; plain
  // members have neither by default. Paged by user id, as the store orders them.
  app.get('/api/v4/bots', async (request, reply) => {
    const me = authenticate(state, request);
    if (!state.isSystemAdmin(me)) throw permissionDenied('read_bots');
    const page = queryInt(request.query, 'page', 0);
    const perPage = Math.min(queryInt(request.query, 'per_page', 60), 200);
    const includeDeleted = queryString(request.query, 'include_deleted') === 'true';
    const bots = [...state.users.values()].filter((u) => u.isBot && (includeDeleted || u.deleteAt === 0)).sort((a, b) => a.id.localeCompare(b.id));
    return sendJson(reply, 200, bots.slice(page * perPage, (page + 1) * perPage).map(toBot));
  });

  app.get('/api/v4/bots/:bot_user_id', async (request, reply) => {
    const me = authenticate(state, request);
    const id = param(request.params, 'bot_user_id');
    const bot = state.users.get(id);
    if (!bot || !bot.isBot) throw notFound('store.sql_bot.get.missing.app_error', 'Bot does not exist.');
    if (!state.isSystemAdmin(me) && bot.ownerId !== me.id) throw permissionDenied('read_others_bots');
    return sendJson(reply, 200, toBot(bot));
  });
}
