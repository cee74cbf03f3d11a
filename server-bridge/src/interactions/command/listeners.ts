/**
 * The `/teleport` subcommands and the request form they may open. Every reply is private to the
 * invoking user; the receiver has already checked the team's command token and parsed the text.
 */
import {describe} from '../../app/errors';
import {fail, type Failure, type Result} from '../../errors/failure';
import type {ResourceId} from '../../domain/request';
import {formatResourceId} from '../../domain/resource-id';
import {TeleportError, type AccessCapabilities} from '../../teleport/port';
import {teleportFailure} from '../../errors/teleport';
import {signDialogState} from '../../reviews/token';
import {audit, type AuditKind} from '../audit';
import type {RuntimeContext} from '../context';
import {teleportUserOf} from '../identity';
import type {Caller, DialogSubmission, Interaction, Receiver} from '../receiver';
import {plain} from '../reply';
import {reviewedText, type Reviewer} from '../review/reviewer';
import {readRequestForm, REQUEST_FORM_CALLBACK_ID, REQUEST_FORM_TTL_SECONDS, requestForm, type FormPrefill} from './form';
import {helpFor} from './help';
import {NOTHING_REQUESTABLE, submitAccessRequest, type RequestDraft, type RequestField} from './request';
import {showView, statusView} from './views';
import {listAnswer, resolveVisible} from './visible-requests';

/** Where the request form posts its submission. */
export const COMMAND_DIALOG_PATH = '/mattermost/command-dialog';

/** Answers with a result's text, or its failure (logged in the one audit style). */
function answer<T>(i: Interaction<unknown>, kind: AuditKind, result: Result<T>, text: (value: T) => string, fields: Record<string, unknown> = {}): void {
  if (result.ok) return i.ack({kind: 'text', text: text(result.value)});
  audit(i.log, kind, {mattermost_user_id: i.caller.mattermostUserId, ...fields}, {failure: result.error.failure});
  i.ack({kind: 'failure', failure: result.error.failure});
}

/** The form's field errors are plain text under the field, without the command-line hint. */
function formText(field: RequestField, text: string): string {
  return plain(field === 'reason' ? text.replace(/\s*Add `--reason "…"`\.$/, '') : text);
}

interface Env {
  receiver: Receiver;
  ctx: RuntimeContext;
}

/** Creates (or dry-runs) the request and logs it in the audit style. */
async function submit({ctx}: Env, i: Interaction<unknown>, draft: RequestDraft) {
  const created = await submitAccessRequest(ctx, i.caller.mattermostUserId, draft);
  if (created.ok) {
    const r = created.value.request;
    const fields = {
      mattermost_user_id: i.caller.mattermostUserId,
      request_id: r.id,
      teleport_user: r.user,
      roles: r.roles,
      resources: draft.resources.map(formatResourceId),
      dry_run: draft.dryRun,
    };
    audit(i.log, 'request', fields, {done: draft.dryRun ? 'dry_run' : 'created', message: draft.dryRun ? '/teleport request dry run' : '/teleport request created'});
  }
  return created;
}

/**
 * What the user may request; with the resources of an earlier request, also which of their
 * search_as_roles still reach them. Teleport answers AccessDenied when the user has no usable
 * search_as_roles left: the form then opens without those roles (and says so).
 */
async function capabilitiesFor(ctx: RuntimeContext, teleportUser: string, resources: ResourceId[]): Promise<AccessCapabilities> {
  if (resources.length === 0) return ctx.teleport.getAccessCapabilities(teleportUser);
  try {
    return await ctx.teleport.getAccessCapabilities(teleportUser, resources);
  } catch (error) {
    if (!(error instanceof TeleportError) || error.kind !== 'AccessDenied') throw error;
    return {...(await ctx.teleport.getAccessCapabilities(teleportUser)), applicableRolesForResources: []};
  }
}

/** `/teleport request` alone: the form lists what Teleport lets this user request. */
async function openRequestForm({receiver, ctx}: Env, i: Interaction<unknown>, prefill?: FormPrefill): Promise<void> {
  const refuse = (failure: Failure) => answer(i, 'request', fail(failure), () => '');
  const user = await teleportUserOf(ctx.mapper, i.caller.mattermostUserId);
  if (!user.ok) return answer(i, 'request', user, () => '');
  let caps: AccessCapabilities;
  try {
    caps = await capabilitiesFor(ctx, user.value, prefill?.resources ?? []);
  } catch (error) {
    return refuse(teleportFailure(error, {review: false, doing: 'check which roles you may request'}));
  }
  if (caps.requestableRoles.length === 0 && !prefill?.resources.length) return i.ack({kind: 'text', text: NOTHING_REQUESTABLE});
  const usage = `Or type it: \`/teleport request --roles ${caps.requestableRoles[0]} --reason "…"\` (you may request: ${caps.requestableRoles.map((r) => `\`${r}\``).join(', ')}).`;
  if (!i.caller.triggerId) return refuse({code: 'no_trigger', dialog: 'request', fallback: usage});
  // Binds the form to this user only; a request id/post are not involved (empty), decision unused.
  const expiresAt = Math.floor(ctx.now() / 1000) + REQUEST_FORM_TTL_SECONDS;
  const state = signDialogState(ctx.secret, {userId: i.caller.mattermostUserId, requestId: '', postId: '', decision: 'approve', expiresAt});
  try {
    const form = requestForm({teleportUser: user.value, cluster: ctx.cluster().clusterName, caps, state, ...(prefill ? {prefill} : {})});
    await ctx.mattermost.openDialog(i.caller.triggerId, receiver.dialogUrl(REQUEST_FORM_CALLBACK_ID), form);
  } catch (error) {
    i.log.warn({err: describe(error), mattermost_user_id: i.caller.mattermostUserId}, '/teleport request: could not open the form');
    return refuse({code: 'dialog_not_opened', dialog: 'request', fallback: usage});
  }
  // Empty text: Mattermost shows nothing, the form is the answer.
  i.ack({kind: 'text', text: ''});
}

async function onRequestForm(env: Env, i: Interaction<DialogSubmission>): Promise<void> {
  const form = readRequestForm(i.payload.submission);
  if (!form.ok) return i.ack({kind: 'failure', failure: form.error.failure});
  const created = await submit(env, i, form.value);
  if (created.ok) return i.ack({kind: 'text', text: created.value.text});
  const failure = created.error.failure;
  if (failure.code === 'invalid_input' && failure.field) return i.ack({kind: 'fields', errors: {[failure.field]: formText(failure.field, failure.text)}});
  answer(i, 'request', created, () => '');
}

export function registerCommandListeners(receiver: Receiver, ctx: RuntimeContext, reviewer: Reviewer): void {
  const env: Env = {receiver, ctx};
  /** Runs `step` as the caller's Teleport user; on a failure (of the mapping or the step) answers with it and returns null. */
  const asTeleportUser = async <T>(i: Interaction<unknown>, step: (teleportUser: string) => Promise<Result<T>>): Promise<T | null> => {
    const user = await teleportUserOf(ctx.mapper, i.caller.mattermostUserId);
    const result = user.ok ? await step(user.value) : user;
    if (result.ok) return result.value;
    answer(i, 'command', result, () => '');
    return null;
  };

  receiver
    .command('help', async (i) => i.ack({kind: 'text', text: helpFor(i.payload.topic)}))
    .command('request-dialog', (i) => openRequestForm(env, i))
    // "Request again" under the end-of-access DM: the same form, filled in as the earlier request was.
    .again((i) => openRequestForm(env, i, {roles: i.payload.roles, resources: i.payload.resources, reason: i.payload.reason}))
    .command('request', async (i) => {
      const {roles, resources, reason, reviewers, maxDuration, dryRun} = i.payload;
      const draft: RequestDraft = {roles, resources, reason, reviewers: reviewers.map((name) => ({kind: 'name', name})), maxDuration, dryRun};
      answer(i, 'request', await submit(env, i, draft), (v) => v.text);
    })
    .command('review', async (i) => {
      const {requestId, decision, reason} = i.payload;
      const caller: Caller = i.caller;
      const seen = await asTeleportUser(i, (user) => resolveVisible(ctx, user, requestId));
      if (!seen) return;
      const input = {
        mattermostUserId: caller.mattermostUserId,
        requestId: seen.request.id,
        decision,
        reason,
        channelId: caller.channelId,
        postId: null,
        surface: 'command' as const,
      };
      const result = await reviewer.review(input);
      // The reviewer has logged the outcome already.
      i.ack(result.ok ? {kind: 'text', text: reviewedText(decision, result.value)} : {kind: 'failure', failure: result.error.failure});
    })
    .command('list', async (i) => {
      const text = await asTeleportUser(i, (user) => listAnswer(ctx, user, i.caller.mattermostUserId, i.caller.teamDomain));
      if (text !== null) i.ack({kind: 'text', text});
    })
    .command('show', async (i) => {
      const seen = await asTeleportUser(i, (user) => resolveVisible(ctx, user, i.payload.requestId));
      if (seen) i.ack({kind: 'text', text: await showView(ctx, seen.request)});
    })
    .command('status', async (i) => i.ack({kind: 'text', text: await statusView(ctx, i.caller.mattermostUserId)}));

  receiver.dialog(REQUEST_FORM_CALLBACK_ID, {kind: 'request', path: COMMAND_DIALOG_PATH, accepts: (c) => c.requestId === '' && c.postId === ''}, (i) => onRequestForm(env, i));
}
