/**
 * The card's Approve and Deny buttons, and the reason dialog they may open.
 *
 * Time: Mattermost gives a callback 30 s by default and a trigger id lives 3 s on older servers, so
 * a click is answered within `answerWithinMs` and a dialog is opened within about a second of the
 * click (rules that take longer are simply re-run when the dialog is submitted). Work that outlives
 * the answer finishes in the background and reports back privately.
 */
import {describe} from '../../app/errors';
import type {AccessRequest} from '../../domain/request';
import {userText} from '../../errors/explain';
import type {Result} from '../../errors/failure';
import {signDialogState, type ActionClaims} from '../../reviews/token';
import {shortRequestId} from '@tma/card-contract';
import {code} from '../../card/sanitize';
import {audit} from '../audit';
import type {RuntimeContext} from '../context';
import type {DialogSubmission, Interaction, Receiver} from '../receiver';
import {reasonRequired} from '../rules';
import {REVIEW_DIALOG_CALLBACK, reviewDialog} from './dialog';

export {REVIEW_DIALOG_CALLBACK} from './dialog';
import {noun, reviewedText, type ReviewInput, type Reviewer} from './reviewer';

export const REVIEW_DIALOG_PATH = '/mattermost/dialog';
/** Long enough to type a reason, short enough that a leaked state is soon useless. */
const DIALOG_TTL_SECONDS = 15 * 60;
/** Time the rules get before a dialog opens regardless (the trigger id is about to expire). */
const DIALOG_PRECHECK_MS = 1000;

type Race<T> = {done: true; value: T} | {done: false};

async function within<T>(promise: Promise<T>, ms: number): Promise<Race<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Race<T>>((resolve) => {
    timer = setTimeout(() => resolve({done: false}), ms);
  });
  try {
    return await Promise.race([promise.then((value): Race<T> => ({done: true, value})), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const resultText = (decision: ReviewInput['decision'], result: Result<AccessRequest>): string =>
  result.ok ? reviewedText(decision, result.value) : userText(result.error.failure);

interface Env {
  receiver: Receiver;
  ctx: RuntimeContext;
  reviewer: Reviewer;
}

/** Answers within the budget; a later result follows as a private message. */
async function reviewAnsweringFast({ctx, reviewer}: Env, i: Interaction<unknown>, input: ReviewInput): Promise<void> {
  const running = reviewer.review(input);
  const race = await within(running, ctx.answerWithinMs);
  if (race.done) return i.ack(race.value.ok ? {kind: 'text', text: reviewedText(input.decision, race.value.value)} : {kind: 'failure', failure: race.value.error.failure});
  i.ack({kind: 'text', text: `Sending your ${noun(input.decision)} to Teleport… you will see the result here shortly.`});
  await i.respond(resultText(input.decision, await running));
}

async function askForReason({receiver, ctx, reviewer}: Env, i: Interaction<ActionClaims>, input: ReviewInput): Promise<void> {
  if (!i.caller.triggerId) return i.ack({kind: 'failure', failure: {code: 'no_trigger', dialog: 'review', fallback: ''}});
  // Refuse before asking for a reason when the answer is quick; the trigger id will not wait.
  const precheck = await within(reviewer.ready(input.mattermostUserId, input.requestId), DIALOG_PRECHECK_MS);
  let intro = `Request ${code(shortRequestId(input.requestId))}`;
  if (precheck.done) {
    const {request, teleportUser} = precheck.value;
    if (!request.ok) {
      const fields = {mattermost_user_id: input.mattermostUserId, teleport_user: teleportUser, request_id: input.requestId, post_id: input.postId, decision: input.decision};
      audit(i.log, 'review', {...fields, stage: 'before_reason'}, {failure: request.error.failure});
      return i.ack({kind: 'failure', failure: request.error.failure});
    }
    intro = `${code(request.value.user)} requests ${request.value.roles.map(code).join(', ')}. You review as Teleport user ${code(teleportUser ?? '')}.`;
  }
  const expiresAt = Math.min(Math.floor(ctx.now() / 1000) + DIALOG_TTL_SECONDS, i.payload.expiresAt);
  const state = signDialogState(ctx.secret, {userId: input.mattermostUserId, requestId: input.requestId, postId: input.postId ?? '', decision: input.decision, expiresAt});
  try {
    await ctx.mattermost.openDialog(i.caller.triggerId, receiver.dialogUrl(REVIEW_DIALOG_CALLBACK), reviewDialog(input.decision, state, intro));
  } catch (error) {
    i.log.warn({err: describe(error), mattermost_user_id: input.mattermostUserId, request_id: input.requestId}, 'could not open the reason dialog');
    return i.ack({kind: 'failure', failure: {code: 'dialog_not_opened', dialog: 'review', fallback: ''}});
  }
  i.log.info({mattermost_user_id: input.mattermostUserId, request_id: input.requestId, post_id: input.postId, decision: input.decision}, 'reason dialog opened');
  i.ack({kind: 'none'});
}

export function registerReviewListeners(receiver: Receiver, ctx: RuntimeContext, reviewer: Reviewer): void {
  const env: Env = {receiver, ctx, reviewer};

  async function onClick(i: Interaction<ActionClaims>): Promise<void> {
    const {requestId, decision} = i.payload;
    const input: ReviewInput = {
      mattermostUserId: i.caller.mattermostUserId,
      requestId,
      decision,
      reason: '',
      channelId: i.caller.channelId,
      postId: i.caller.postId,
      surface: 'button',
    };
    if (reasonRequired(decision, ctx.settings.current())) return askForReason(env, i, input);
    return reviewAnsweringFast(env, i, input);
  }

  async function onReason(i: Interaction<DialogSubmission>): Promise<void> {
    const {claims, submission} = i.payload;
    const typed = submission['reason'];
    const input: ReviewInput = {
      mattermostUserId: i.caller.mattermostUserId,
      requestId: claims.requestId,
      decision: claims.decision,
      reason: typeof typed === 'string' ? typed : '',
      channelId: i.caller.channelId,
      postId: claims.postId || null,
      surface: 'dialog',
    };
    const running = reviewer.review(input);
    const race = await within(running, ctx.answerWithinMs);
    if (!race.done) {
      // The dialog closes now; the result follows privately.
      i.ack({kind: 'none'});
      return i.respond(resultText(input.decision, await running));
    }
    const result = race.value;
    // Keep the dialog (and the typed reason) open when a resubmit can help: Teleport unreachable, or the reason itself.
    const retry = !result.ok && ['teleport_unavailable', 'reason_required', 'reason_too_long'].includes(result.error.code);
    i.ack(retry && !result.ok ? {kind: 'failure', failure: result.error.failure} : {kind: 'text', text: resultText(input.decision, result)});
  }

  receiver.action('approve', onClick).action('deny', onClick);
  receiver.dialog(REVIEW_DIALOG_CALLBACK, {kind: 'review', path: REVIEW_DIALOG_PATH, accepts: (claims) => claims.requestId !== ''}, onReason);
}
