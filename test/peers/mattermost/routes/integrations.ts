/**
 * Interactive messages and dialogs (api4/integration_action.go, app/integration_action.go):
 * a click is routed to the action's integration URL with the stored context and a signed trigger;
 * the integration's reply may update the post and send the clicker an ephemeral message.
 */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {AppError, integrationFailed, invalidBodyParam, notFound, permissionDenied} from '../errors';
import {actionsOf} from '../model';
import type {PeerContext} from '../context';
import {authenticate, param, parseBody, requireId, sendJson, statusOk} from '../http';
import {callIntegration, OutgoingError, type IntegrationReply} from '../outgoing';
import {parseSlackLinks, RETAINED_PROP_KEYS, sendEphemeral, updatePost} from '../posts-service';

/** The v7–v11 route regex for action ids; anything else does not route (404). */
const ACTION_ID = /^[A-Za-z0-9]+$/;

const actionBody = z.object({selected_option: z.string().optional(), cookie: z.string().optional()}).default({});

const integrationResponse = z
  .object({
    update: z
      .object({
        message: z.string().nullish(),
        props: z.record(z.string(), z.unknown()).nullish(),
      })
      .loose()
      .nullish(),
    ephemeral_text: z.string().nullish(),
    skip_slack_parsing: z.boolean().nullish(),
  })
  .loose();

const openBody = z.object({
  trigger_id: z.string('expected the trigger_id the integration received'),
  url: z.string('expected the URL the submission goes to').min(1, 'expected a non-empty URL'),
  // An invalid dialog is only logged by the server, never refused.
  dialog: z.record(z.string(), z.unknown(), 'expected a dialog object').default({}),
});

const submitBody = z.object({
  url: z.string().default(''),
  callback_id: z.string().default(''),
  state: z.string().default(''),
  channel_id: z.string().regex(/^[a-z0-9]{26}$/, 'expected a 26-character channel id'),
  team_id: z.string().default(''),
  submission: z.record(z.string(), z.unknown()).default({}),
  cancelled: z.boolean().default(false),
});

const submitResponse = z
  .object({
    error: z.string().optional(),
    errors: z.record(z.string(), z.string()).optional(),
    type: z.string().optional(),
    form: z.unknown().optional(),
  })
  .loose();

function ensureOk(reply: IntegrationReply): void {
  if (reply.status !== 200) throw integrationFailed(`status=${reply.status}`);
}

async function post(ctx: PeerContext, url: string, body: unknown): Promise<IntegrationReply> {
  try {
    const reply = await callIntegration(
      url,
      {body: JSON.stringify(body), contentType: 'application/json'},
      ctx.integrationTimeoutMs(),
      ctx.state.config.ServiceSettings.AllowedUntrustedInternalConnections,
    );
    ensureOk(reply);
    return reply;
  } catch (err) {
    if (err instanceof OutgoingError) throw integrationFailed(`err=${err.message}`);
    throw err;
  }
}

export function registerIntegrationRoutes(app: FastifyInstance, ctx: PeerContext): void {
  const {state, triggers} = ctx;

  app.post('/api/v4/posts/:post_id/actions/:action_id', async (request, reply) => {
    const actionId = param(request.params, 'action_id');
    if (!ACTION_ID.test(actionId)) throw notFound('api.context.404.app_error', 'Sorry, we could not find the page.');
    const me = authenticate(state, request);
    const postId = requireId(request.params, 'post_id');
    const body = parseBody(actionBody, request.body, 'action');
    const stored = state.posts.get(postId);
    if (!stored || stored.deleteAt !== 0) throw permissionDenied('read_channel_content');
    state.requireChannelAccess(me, stored.channelId, 'read_channel_content');

    const action = actionsOf(stored.props).find((a) => a['id'] === actionId);
    const integration = action?.['integration'] as {url?: unknown; context?: unknown} | null | undefined;
    // A stale client clicking a button the card no longer has: the real server (11.4) answers this
    // 404 and never calls the integration (test/peers/real/README.md, "Where the in-repo peer was wrong").
    if (!action || !integration || typeof integration !== 'object') {
      throw new AppError(404, 'api.post.do_action.action_id.app_error', 'Invalid action id.', `action=${action ? 'without integration' : '<nil>'}`);
    }
    const channel = state.channel(stored.channelId);
    const team = channel.teamId ? state.teams.get(channel.teamId) : undefined;
    const type = typeof action['type'] === 'string' ? action['type'] : '';
    let context = integration.context && typeof integration.context === 'object' ? (structuredClone(integration.context) as Record<string, unknown>) : undefined;
    if (type === 'select' && body.selected_option) context = {...context, selected_option: body.selected_option};
    const trigger = triggers.issue(me.id);
    const upstream = {
      user_id: me.id,
      user_name: me.username,
      channel_id: channel.id,
      channel_name: channel.name,
      team_id: channel.teamId,
      team_domain: team?.name ?? '',
      post_id: postId,
      trigger_id: trigger.triggerId,
      type,
      data_source: typeof action['data_source'] === 'string' ? action['data_source'] : '',
      ...(context ? {context} : {}),
    };

    // Only the stored post's original props may be retained, read now (before the integration runs).
    const originalProps = stored.props;
    const integrationReply = await post(ctx, typeof integration.url === 'string' ? integration.url : '', upstream);
    let parsed: z.infer<typeof integrationResponse> = {};
    if (integrationReply.body.trim() !== '') {
      let json: unknown;
      try {
        json = JSON.parse(integrationReply.body);
      } catch {
        throw integrationFailed('integration response is not valid JSON');
      }
      const result = integrationResponse.safeParse(json);
      if (!result.success) throw integrationFailed(`integration response: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      parsed = result.data;
    }

    if (parsed.update) {
      const current = state.post(postId);
      let props: Record<string, unknown> | null = null;
      if (parsed.update.props) {
        props = structuredClone(parsed.update.props);
        for (const key of RETAINED_PROP_KEYS) {
          if (key in originalProps) props[key] = originalProps[key];
          else delete props[key];
        }
      }
      updatePost(state, postId, {message: parsed.update.message ?? '', props, isPinned: current.isPinned, hasReactions: current.hasReactions});
    }

    if (parsed.ephemeral_text) {
      const retained: Record<string, unknown> = {};
      for (const key of RETAINED_PROP_KEYS) if (key in originalProps) retained[key] = originalProps[key];
      sendEphemeral(state, me.id, {
        channelId: channel.id,
        rootId: stored.rootId || stored.id,
        userId: me.id,
        props: retained,
        message: parsed.skip_slack_parsing ? parsed.ephemeral_text : parseSlackLinks(parsed.ephemeral_text),
      });
    }

    // Other fields (e.g. the documented-but-unseen `error`) are ignored: the server's
    // PostActionIntegrationResponse has only update, ephemeral_text and skip_slack_parsing.
    return sendJson(reply, 200, {status: 'OK', trigger_id: trigger.clientTriggerId});
  });

  // No authentication: the signed trigger id is the credential, and it names the user.
  app.post('/api/v4/actions/dialogs/open', async (request, reply) => {
    const body = parseBody(openBody, request.body, 'dialog');
    const verified = triggers.verify(body.trigger_id);
    state.recordDialog(verified.userId, {trigger_id: verified.clientTriggerId, url: body.url, dialog: structuredClone(body.dialog), openedAt: state.now()});
    return statusOk(reply);
  });

  app.post('/api/v4/actions/dialogs/submit', async (request, reply) => {
    const me = authenticate(state, request);
    const body = parseBody(submitBody, request.body, 'submission');
    state.requireChannelAccess(me, body.channel_id, 'read_channel');
    // The real server checks view_team on the submitted team even when it is empty, so a
    // submission without a team_id is refused (403), whoever the user is.
    if (body.team_id === '') throw permissionDenied('view_team');
    state.requireTeamAccess(me, body.team_id);
    if (body.url === '') throw invalidBodyParam('url');
    // The server attests the submitter: whatever user_id the client sent is replaced.
    const upstream = {
      type: 'dialog_submission',
      callback_id: body.callback_id,
      state: body.state,
      user_id: me.id,
      channel_id: body.channel_id,
      team_id: body.team_id,
      submission: body.submission,
      cancelled: body.cancelled,
    };
    const integrationReply = await post(ctx, body.url, upstream);
    let relayed: Record<string, unknown> = {};
    try {
      const result = submitResponse.safeParse(JSON.parse(integrationReply.body));
      if (result.success) {
        const {error, errors, type, form} = result.data;
        relayed = {...(error ? {error} : {}), ...(errors ? {errors} : {}), ...(type ? {type} : {}), ...(form !== undefined ? {form} : {})};
      }
    } catch {
      // An empty or non-JSON reply closes the dialog, as on the real server.
    }
    return sendJson(reply, 200, relayed);
  });
}
