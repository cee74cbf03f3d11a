/**
 * Entry points the HTTP server calls for `/teleport`: `command` for the slash command itself and
 * `dialog` for the request form's submission. Every reply is private to the invoking user.
 */
import {signDialogState, verifyDialogState} from '../reviews/token';
import type {AccessCapabilities} from '../teleport/port';
import {checkCommandToken} from './auth';
import {COMMAND_DIALOG_PATH, type CommandDeps} from './deps';
import {teleportFailure} from './failures';
import {readRequestForm, REQUEST_FORM_TTL_SECONDS, requestForm} from './form';
import {helpFor} from './help';
import {parseCommand, usageReply, type ParsedCommand} from './parser';
import {parseCommandPayload, parseDialogPayload, type CommandPayload} from './payload';
import {submitAccessRequest, type RequestField, type RequestOutcome} from './request';
import {showView, statusView} from './views';
import {listAnswer, resolveVisible} from './visible-requests';
import {createReviewerDirectory} from '../reviewers/directory';

export type {CommandDeps} from './deps';

/** Mattermost refuses longer messages (16,383 runes); replies stay well below. */
const MAX_REPLY_CHARS = 15_000;

export interface CommandReply {
  status: number;
  body: Record<string, unknown>;
}

export interface CommandHandler {
  command(body: unknown, authorizationHeader: string | undefined): Promise<CommandReply>;
  dialog(body: unknown): Promise<Record<string, unknown>>;
}

function ephemeral(text: string, status = 200): CommandReply {
  const clipped = text.length > MAX_REPLY_CHARS ? `${text.slice(0, MAX_REPLY_CHARS)}\n…` : text;
  return {status, body: {response_type: 'ephemeral', text: clipped}};
}

export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const log = deps.logger.child({component: 'teleport-command'});
  const nowSeconds = () => Math.floor((deps.now?.() ?? new Date()).getTime() / 1000);
  const dialogUrl = `${deps.publicUrl.replace(/\/+$/, '')}${COMMAND_DIALOG_PATH}`;
  const reviewers = deps.reviewers ?? createReviewerDirectory({teleport: deps.teleport});

  /** `/teleport request` alone: the form lists what Teleport lets this user request. */
  async function openRequestForm(payload: CommandPayload): Promise<CommandReply> {
    const mapping = await deps.mapper.toTeleport(payload.user_id);
    if (!mapping.ok) return ephemeral(mapping.message);
    let caps: AccessCapabilities;
    try {
      caps = await deps.teleport.getAccessCapabilities(mapping.teleportUser);
    } catch (error) {
      return ephemeral(teleportFailure(error, 'check which roles you may request', log));
    }
    if (caps.requestableRoles.length === 0) {
      return ephemeral('Your Teleport roles do not allow requesting any role. Ask a Teleport administrator if you need access.');
    }
    const usage = `Or type it: \`/teleport request --roles ${caps.requestableRoles[0]} --reason "…"\` (you may request: ${caps.requestableRoles.map((r) => `\`${r}\``).join(', ')}).`;
    if (!payload.trigger_id) return ephemeral(`This client did not allow opening a form. ${usage}`);
    // Binds the form to this user only; a request id/post are not involved (empty), decision unused.
    const state = signDialogState(deps.secret, {userId: payload.user_id, requestId: '', postId: '', decision: 'approve', expiresAt: nowSeconds() + REQUEST_FORM_TTL_SECONDS});
    try {
      await deps.mattermost.openDialog(payload.trigger_id, dialogUrl, requestForm({teleportUser: mapping.teleportUser, cluster: deps.cluster().clusterName, caps, state}));
    } catch (error) {
      log.warn({err: error}, '/teleport request: could not open the form');
      return ephemeral(`Could not open the request form (Mattermost refused it; the command may have taken too long). ${usage}`);
    }
    // Empty text: Mattermost shows nothing, the form is the answer.
    return ephemeral('');
  }

  async function run(command: ParsedCommand, payload: CommandPayload): Promise<CommandReply> {
    switch (command.kind) {
      case 'help':
        return ephemeral(helpFor(command.topic));
      case 'request-dialog':
        return openRequestForm(payload);
      case 'request': {
        const outcome = await submitAccessRequest(deps, payload.user_id, {
          roles: command.roles,
          reason: command.reason,
          reviewers: command.reviewers.map((name) => ({kind: 'name', name})),
          maxDuration: command.maxDuration,
          dryRun: command.dryRun,
        });
        return ephemeral(outcome.text);
      }
      case 'review': {
        const mapping = await deps.mapper.toTeleport(payload.user_id);
        if (!mapping.ok) return ephemeral(mapping.message);
        const resolved = await resolveVisible(deps, reviewers, mapping.teleportUser, command.requestId);
        if (!resolved.ok) return ephemeral(resolved.text);
        const outcome = await deps.reviews.review({
          mattermostUserId: payload.user_id,
          requestId: resolved.seen.request.id,
          decision: command.decision,
          reason: command.reason,
          channelId: payload.channel_id,
          postId: null,
        });
        return ephemeral(outcome.message);
      }
      case 'list': {
        const mapping = await deps.mapper.toTeleport(payload.user_id);
        if (!mapping.ok) return ephemeral(mapping.message);
        return ephemeral(await listAnswer(deps, reviewers, mapping.teleportUser, payload.user_id, payload.team_domain ?? ''));
      }
      case 'show': {
        const mapping = await deps.mapper.toTeleport(payload.user_id);
        if (!mapping.ok) return ephemeral(mapping.message);
        const resolved = await resolveVisible(deps, reviewers, mapping.teleportUser, command.requestId);
        return ephemeral(resolved.ok ? await showView(deps, resolved.seen.request) : resolved.text);
      }
      case 'status':
        return ephemeral(await statusView(deps, payload.user_id));
    }
  }

  return {
    async command(body, authorizationHeader) {
      const parsed = parseCommandPayload(body);
      if (!parsed.ok) {
        log.warn({error: parsed.error}, '/teleport: malformed command request');
        return ephemeral(`Malformed command request: ${parsed.error}`, 400);
      }
      const payload = parsed.payload;
      const auth = checkCommandToken(deps.commandTokens(), payload.team_id, authorizationHeader, payload.token);
      if (!auth.ok) {
        log.warn({team_id: payload.team_id, user_id: payload.user_id, reason: auth.reason}, '/teleport: refused command call');
        return ephemeral('This command call could not be verified.', 401);
      }
      const result = parseCommand(payload.text);
      if (!result.ok) return ephemeral(usageReply(result));
      log.info({user_id: payload.user_id, team_id: payload.team_id, subcommand: result.command.kind}, '/teleport command');
      try {
        return await run(result.command, payload);
      } catch (error) {
        return ephemeral(teleportFailure(error, `run /teleport ${result.command.kind}`, log));
      }
    },

    async dialog(body) {
      const parsed = parseDialogPayload(body);
      if (!parsed.ok) {
        log.warn({error: parsed.error}, '/teleport request form: malformed submission');
        return {error: `Malformed form submission: ${parsed.error}`};
      }
      const payload = parsed.payload;
      const verified = verifyDialogState(deps.secret, payload.state, payload.user_id, nowSeconds());
      if (!verified.ok || verified.claims.requestId !== '' || verified.claims.postId !== '') {
        log.warn({user_id: payload.user_id, reason: verified.ok ? 'not a request form state' : verified.reason}, '/teleport request form: refused submission');
        return {error: 'This form has expired or is not valid for you. Run /teleport request again.'};
      }
      if (payload.cancelled) return {};
      const form = readRequestForm(payload.submission);
      if (!form.ok) return {errors: form.errors};
      let outcome: RequestOutcome;
      try {
        outcome = await submitAccessRequest(deps, payload.user_id, form.draft);
      } catch (error) {
        return {error: teleportFailure(error, 'create the request', log)};
      }
      if (!outcome.ok) return outcome.field ? {errors: {[outcome.field]: formText(outcome.field, outcome.text)}} : {error: plain(outcome.text)};
      await confirm(payload.user_id, payload.channel_id, outcome.text);
      return {};
    },
  };

  /** The form closes on success, so the answer goes to the user privately (ephemeral, else a DM). */
  async function confirm(userId: string, channelId: string, text: string): Promise<void> {
    if (channelId) {
      try {
        await deps.mattermost.createEphemeralPost(userId, channelId, text);
        return;
      } catch (error) {
        log.info({err: error}, 'ephemeral confirmation refused; sending a direct message instead');
      }
    }
    try {
      const dm = await deps.mattermost.directChannel(userId);
      await deps.mattermost.createPost({channelId: dm, message: text});
    } catch (error) {
      log.warn({err: error, user_id: userId}, 'could not confirm the created request to the user');
    }
  }
}

/** Dialog errors are shown as plain text under the field: drop markdown and the CLI hint. */
function plain(text: string): string {
  return text.replace(/[`*_]/g, '').replace(/\\(.)/g, '$1');
}

function formText(field: RequestField, text: string): string {
  return plain(field === 'reason' ? text.replace(/\s*Add `--reason "…"`\.$/, '') : text);
}
