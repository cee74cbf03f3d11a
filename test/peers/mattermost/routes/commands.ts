/**
 * Custom slash commands (api4/command.go, app/command.go): per-team commands with a generated
 * token; execute POSTs a form to the command URL with `Authorization: Token <token>` and turns the
 * CommandResponse into an ephemeral post for the invoker or an in-channel post by the invoker.
 */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {AppError, notFound, permissionDenied} from '../errors';
import {newId} from '../ids';
import {toCommand, type CommandRecord, type UserRecord} from '../model';
import type {PeerContext} from '../context';
import type {PeerState} from '../state';
import {authenticate, parseBody, queryString, requireId, sendJson, statusOk} from '../http';
import {callIntegration, OutgoingError} from '../outgoing';
import {createPost, parseSlackLinks, sendEphemeral} from '../posts-service';

/** Triggers of the built-in commands; a custom command may not reuse them. */
const BUILT_IN = new Set([
  'away',
  'code',
  'collapse',
  'dnd',
  'echo',
  'expand',
  'groupmsg',
  'header',
  'help',
  'invite',
  'join',
  'kick',
  'leave',
  'logout',
  'me',
  'msg',
  'mute',
  'offline',
  'online',
  'open',
  'purpose',
  'remove',
  'rename',
  'search',
  'settings',
  'shortcuts',
  'shrug',
  'status',
]);

const commandFields = {
  trigger: z
    .string('expected a trigger without the leading slash')
    .min(1, 'expected 1-128 characters')
    .max(128, 'expected 1-128 characters')
    .refine((t) => !/\s/.test(t) && !t.startsWith('/'), 'expected no spaces and no leading "/"'),
  method: z.enum(['P', 'G'], 'expected "P" (POST) or "G" (GET)').default('P'),
  url: z
    .string('expected the command URL')
    .max(1024, 'expected at most 1024 characters')
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) URL'),
  username: z.string().default(''),
  icon_url: z.string().default(''),
  auto_complete: z.boolean('expected a boolean').default(false),
  auto_complete_desc: z.string().default(''),
  auto_complete_hint: z.string().default(''),
  display_name: z.string().max(64, 'expected at most 64 characters').default(''),
  description: z.string().max(128, 'expected at most 128 characters').default(''),
};
const newCommandBody = z.object({team_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character team id'), ...commandFields});
const editCommandBody = z.object({id: z.string().optional(), ...commandFields});
const executeBody = z.object({
  command: z.string('expected the command line, e.g. "/teleport help"'),
  channel_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character channel id'),
  team_id: z.string().default(''),
  root_id: z.string().default(''),
});

const commandResponse = z
  .object({
    response_type: z.string().default(''),
    text: z.string().default(''),
    username: z.string().default(''),
    icon_url: z.string().default(''),
    channel_id: z.string().default(''),
    type: z.string().default(''),
    props: z.record(z.string(), z.unknown()).nullish(),
    goto_location: z.string().default(''),
    trigger_id: z.string().default(''),
    skip_slack_parsing: z.boolean().default(false),
    attachments: z.array(z.unknown()).nullish(),
    extra_responses: z.array(z.unknown()).nullish(),
  })
  .loose();
type CommandResponse = z.infer<typeof commandResponse>;

function assertUniqueTrigger(state: PeerState, teamId: string, trigger: string, excludeId: string): void {
  const clash = BUILT_IN.has(trigger) || [...state.commands.values()].some((c) => c.deleteAt === 0 && c.teamId === teamId && c.trigger === trigger && c.id !== excludeId);
  if (clash) throw new AppError(400, 'api.command.duplicate_trigger.app_error', 'This trigger word is already in use. Please choose another word.');
}

function requireCommandsEnabled(state: PeerState): void {
  if (!state.config.ServiceSettings.EnableCommands) throw new AppError(501, 'api.command.disabled.app_error', 'Commands have been disabled by the system admin.');
}

function existing(state: PeerState, id: string, me: UserRecord): CommandRecord {
  const command = state.commands.get(id);
  if (!command || command.deleteAt !== 0) throw notFound('store.sql_command.get.missing.app_error', 'Unable to get the command.');
  state.requireCommandManager(me, command.teamId);
  return command;
}

/** One CommandResponse → a post (app.HandleCommandResponsePost / CreateCommandPost). */
function deliver(state: PeerState, command: CommandRecord, invoker: UserRecord, args: {channelId: string; rootId: string}, response: CommandResponse): void {
  let channelId = args.channelId;
  if (response.channel_id) {
    if (state.channelRoles(response.channel_id, invoker.id) === undefined) {
      throw new AppError(403, 'api.command.command_post.forbidden.app_error', 'Specified user is not a member of specified channel.');
    }
    channelId = response.channel_id;
  }
  const props: Record<string, unknown> = {...(response.props ?? {})};
  const settings = state.config.ServiceSettings;
  if (settings.EnablePostUsernameOverride && (command.username || response.username)) props['override_username'] = command.username || response.username;
  if (settings.EnablePostIconOverride && (command.iconUrl || response.icon_url)) props['override_icon_url'] = command.iconUrl || response.icon_url;
  // Custom (not built-in) command responses are always marked as coming from a webhook.
  props['from_webhook'] = 'true';
  const text = response.skip_slack_parsing ? response.text : parseSlackLinks(response.text);
  let type = response.type;
  if (response.attachments && response.attachments.length > 0) {
    props['attachments'] = response.attachments;
    type = 'slack_attachment';
  }
  if (response.response_type === 'in_channel') {
    createPost(state, invoker, {channelId, message: text, type, props, rootId: args.rootId});
  } else if (text !== '' || (response.attachments && response.attachments.length > 0)) {
    sendEphemeral(state, invoker.id, {channelId, message: text, rootId: args.rootId, props, userId: invoker.id});
  }
}

const HOOK_MAX_USES = 5;
const HOOK_MAX_AGE_MS = 30 * 60 * 1000;

/** model.CommandResponseFromHTTPBody: JSON only with an application/json content type, else text. */
function responseFromBody(contentType: string, body: string, failed: (detail: string) => AppError): CommandResponse {
  if ((contentType.split(';')[0] ?? '').trim() !== 'application/json') return commandResponse.parse({text: body});
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw failed('response is not valid JSON');
  }
  const result = commandResponse.safeParse(json);
  if (!result.success) throw failed(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return result.data;
}

function deliverAll(state: PeerState, command: CommandRecord, invoker: UserRecord, args: {channelId: string; rootId: string}, response: CommandResponse): void {
  deliver(state, command, invoker, args, response);
  for (const extra of response.extra_responses ?? []) {
    const parsed = commandResponse.safeParse(extra);
    if (parsed.success) deliver(state, command, invoker, args, parsed.data);
  }
}

/** What a create and an edit both set from the body (Mattermost stores the trigger lower-cased). */
function settableFields(
  body: z.infer<typeof editCommandBody>,
): Pick<CommandRecord, 'trigger' | 'method' | 'username' | 'iconUrl' | 'autoComplete' | 'autoCompleteDesc' | 'autoCompleteHint' | 'displayName' | 'description' | 'url'> {
  return {
    trigger: body.trigger.toLowerCase(),
    method: body.method,
    username: body.username,
    iconUrl: body.icon_url,
    autoComplete: body.auto_complete,
    autoCompleteDesc: body.auto_complete_desc,
    autoCompleteHint: body.auto_complete_hint,
    displayName: body.display_name,
    description: body.description,
    url: body.url,
  };
}

export function registerCommandRoutes(app: FastifyInstance, ctx: PeerContext): void {
  const {state, triggers} = ctx;

  app.post('/api/v4/commands', async (request, reply) => {
    const me = authenticate(state, request);
    const body = parseBody(newCommandBody, request.body, 'command');
    state.requireCommandManager(me, body.team_id);
    requireCommandsEnabled(state);
    state.team(body.team_id);
    const fields = settableFields(body);
    assertUniqueTrigger(state, body.team_id, fields.trigger, '');
    const now = state.now();
    const command: CommandRecord = {
      id: newId(),
      token: newId(),
      createAt: now,
      updateAt: now,
      deleteAt: 0,
      creatorId: me.id,
      teamId: body.team_id,
      ...fields,
    };
    state.commands.set(command.id, command);
    return sendJson(reply, 201, toCommand(command, true));
  });

  app.get('/api/v4/commands', async (request, reply) => {
    const me = authenticate(state, request);
    const teamId = queryString(request.query, 'team_id') ?? '';
    if (!/^[a-z0-9]{26}$/.test(teamId)) throw new AppError(400, 'api.context.invalid_url_param.app_error', 'Invalid or missing team_id parameter in request URL.');
    const customOnly = queryString(request.query, 'custom_only') === 'true';
    const commands = [...state.commands.values()].filter((c) => c.deleteAt === 0 && c.teamId === teamId);
    if (customOnly) {
      state.requireCommandManager(me, teamId);
      return sendJson(
        reply,
        200,
        commands.map((c) => toCommand(c, true)),
      );
    }
    state.requireTeamAccess(me, teamId);
    // Everyone in the team may list the autocomplete entries, without tokens.
    return sendJson(
      reply,
      200,
      commands.filter((c) => c.autoComplete).map((c) => toCommand(c, false)),
    );
  });

  app.put('/api/v4/commands/:command_id', async (request, reply) => {
    const me = authenticate(state, request);
    const old = existing(state, requireId(request.params, 'command_id'), me);
    const body = parseBody(editCommandBody, request.body, 'command');
    const fields = settableFields(body);
    assertUniqueTrigger(state, old.teamId, fields.trigger, old.id);
    const updated: CommandRecord = {
      ...old,
      ...fields,
      updateAt: state.now(),
    };
    state.commands.set(old.id, updated);
    return sendJson(reply, 200, toCommand(updated, true));
  });

  app.put('/api/v4/commands/:command_id/regen_token', async (request, reply) => {
    const me = authenticate(state, request);
    const command = existing(state, requireId(request.params, 'command_id'), me);
    command.token = newId();
    command.updateAt = state.now();
    return sendJson(reply, 200, {token: command.token});
  });

  app.delete('/api/v4/commands/:command_id', async (request, reply) => {
    const me = authenticate(state, request);
    const command = existing(state, requireId(request.params, 'command_id'), me);
    command.deleteAt = state.now();
    return statusOk(reply);
  });

  app.post('/api/v4/commands/execute', async (request, reply) => {
    const me = authenticate(state, request);
    const body = parseBody(executeBody, request.body, 'command');
    if (!body.command.startsWith('/')) {
      throw new AppError(400, 'api.command.execute_command.start.app_error', 'No command trigger found.');
    }
    const channel = state.channels.get(body.channel_id);
    if (!channel) throw permissionDenied('use_slash_commands');
    state.requireChannelAccess(me, channel.id, 'use_slash_commands');
    let teamId = channel.teamId;
    if (teamId === '') {
      teamId = body.team_id;
      if (teamId === '' || state.teamRoles(teamId, me.id) === undefined) throw permissionDenied('use_slash_commands');
    }
    const team = state.team(teamId);

    const space = body.command.search(/\s/);
    const trigger = (space === -1 ? body.command : body.command.slice(0, space)).toLowerCase().slice(1);
    const text = space === -1 ? '' : body.command.slice(space + 1);
    requireCommandsEnabled(state);
    const command = [...state.commands.values()].find((c) => c.deleteAt === 0 && c.teamId === teamId && c.trigger === trigger);
    if (!command) {
      throw new AppError(
        404,
        'api.command.execute_command.not_found.app_error',
        `Command with a trigger of '${trigger}' not found. To send a message beginning with "/", try adding an empty space at the beginning of the message.`,
      );
    }

    const issued = triggers.issue(me.id);
    const hookId = newId();
    state.commandHooks.set(hookId, {id: hookId, commandId: command.id, userId: me.id, channelId: channel.id, rootId: body.root_id, createAt: state.now(), uses: 0});
    const form = new URLSearchParams({
      token: command.token,
      team_id: command.teamId,
      team_domain: team.name,
      channel_id: channel.id,
      channel_name: channel.name,
      user_id: me.id,
      user_name: me.username,
      command: `/${trigger}`,
      text,
      trigger_id: issued.triggerId,
      root_id: body.root_id,
      response_url: `${state.config.ServiceSettings.SiteURL}/hooks/commands/${hookId}`,
    });
    const failed = (detail: string) => new AppError(500, 'api.command.execute_command.failed.app_error', `Command with a trigger of '${trigger}' failed.`, detail);
    let integration;
    try {
      integration = await callIntegration(
        command.method === 'G' ? `${command.url}${command.url.includes('?') ? '&' : '?'}${form.toString()}` : command.url,
        {
          body: form.toString(),
          contentType: 'application/x-www-form-urlencoded',
          headers: {Authorization: `Token ${command.token}`},
          method: command.method === 'G' ? 'GET' : 'POST',
        },
        ctx.integrationTimeoutMs(),
        state.config.ServiceSettings.AllowedUntrustedInternalConnections,
      );
    } catch (err) {
      if (err instanceof OutgoingError) throw failed(err.message);
      throw err;
    }
    if (integration.status !== 200) {
      throw new AppError(
        500,
        'api.command.execute_command.failed_resp.app_error',
        `Command with a trigger of '${trigger}' returned response ${integration.status}.`,
        integration.body,
      );
    }
    const response = responseFromBody(integration.contentType, integration.body, failed);

    deliverAll(state, command, me, {channelId: channel.id, rootId: body.root_id}, response);
    return sendJson(reply, 200, {...response, trigger_id: issued.clientTriggerId});
  });

  // response_url: plain text or a CommandResponse, posted as the invoker (no auth: the id is the secret).
  app.post('/hooks/commands/:hook_id', async (request, reply) => {
    const hook = state.commandHooks.get(requireId(request.params, 'hook_id'));
    if (!hook) throw notFound('app.command_webhook.get.missing', 'Unable to find the webhook.');
    if (hook.uses >= HOOK_MAX_USES || state.now() - hook.createAt > HOOK_MAX_AGE_MS) {
      throw new AppError(400, 'app.command_webhook.try_use.invalid', 'Invalid webhook.');
    }
    hook.uses++;
    const command = state.commands.get(hook.commandId);
    if (!command || command.deleteAt !== 0) throw notFound('store.sql_command.get.missing.app_error', 'Unable to get the command.');
    const contentType = request.headers['content-type'] ?? '';
    const raw = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? '');
    const response = responseFromBody(
      contentType,
      raw,
      (detail) => new AppError(400, 'api.webhook.command.invalid_json.app_error', 'Unable to parse the command response.', detail),
    );
    deliverAll(state, command, state.user(hook.userId), {channelId: hook.channelId, rootId: hook.rootId}, response);
    return reply.code(200).header('content-type', 'text/plain').send('ok');
  });
}
