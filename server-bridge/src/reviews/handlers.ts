/**
 * Mattermost → bridge callbacks for in-chat reviews: the card's buttons (post actions) and the
 * reason dialog. Both always answer HTTP 200 with JSON Mattermost understands, and never throw.
 *
 * Trust: the clicker is only ever the `user_id` Mattermost puts in the callback. A button callback
 * is authentic when its context carries our HMAC for that post (see token.ts); a dialog submission
 * when its signed state names the submitting user.
 *
 * Time: Mattermost gives a callback 30 s by default and a trigger id lives 3 s on older servers, so
 * a click answers within `answerWithinMs` and a dialog is opened within about a second of the click
 * (guardrails that take longer are simply re-run when the dialog is submitted). Work that outlives
 * the answer finishes in the background and reports back with an ephemeral post.
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import type {MattermostPort} from '../mattermost/port';
import type {TeleportPort} from '../teleport/port';
import type {IdentityMapper} from './mapping';
import {noun, type ReviewResult} from './outcomes';
import {MAX_REASON_LENGTH, createReviewer, type ReviewInput} from './review';
import {signDialogState, verifyActionContext, verifyDialogState, type ReviewDecision} from './token';

export interface ReviewDeps {
  teleport: TeleportPort;
  mattermost: MattermostPort;
  settings: SettingsSource;
  cluster(): ClusterInfo;
  capability(): ReviewCapability;
  secret: Buffer;
  /** Bridge base URL Mattermost calls, e.g. http://127.0.0.1:8081 */
  publicUrl: string;
  logger: Logger;
  mapper: IdentityMapper;
  /** How long a click may take before it is answered and finished in the background (default 2500). */
  answerWithinMs?: number;
  /** Clock in ms (tests). */
  now?: () => number;
  /** Called once per decision with its outcome (metrics). */
  onOutcome?(decision: 'approve' | 'deny', outcome: string): void;
}

export const ACTION_PATH = '/mattermost/action';
export const DIALOG_PATH = '/mattermost/dialog';
export const REVIEW_DIALOG_CALLBACK = 'teleport_review';
/** Long enough to type a reason, short enough that a leaked state is soon useless. */
const DIALOG_TTL_SECONDS = 15 * 60;
/** Time the guardrails get before a dialog opens regardless (the trigger id is about to expire). */
const DIALOG_PRECHECK_MS = 1000;

const id = z.string().min(1).max(128);
const actionBody = z.object({
  user_id: id,
  post_id: id,
  channel_id: z.string().max(128).default(''),
  trigger_id: z.string().max(4096).optional(),
  context: z.unknown(),
});
const dialogBody = z.object({
  user_id: id,
  channel_id: z.string().max(128).default(''),
  callback_id: z.string().max(128).optional(),
  state: z.unknown(),
  cancelled: z.boolean().optional(),
  submission: z.record(z.string(), z.unknown()).nullish(),
});

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

export function createReviewHandlers(deps: ReviewDeps) {
  const answerWithinMs = deps.answerWithinMs ?? 2500;
  const nowMs = deps.now ?? Date.now;
  const log = deps.logger.child({component: 'reviews'});
  const reviewer = createReviewer({...deps, logger: log});
  const base = deps.publicUrl.replace(/\/+$/, '');

  function refusedCallback(what: string, reason: string, fields: Record<string, unknown>): void {
    // A forged or stale callback is worth an audit line too: it names who Mattermost says clicked.
    log.warn({audit: 'review', outcome: 'invalid_callback', reason, ...fields}, `${what} refused: ${reason}`);
  }

  /** Sends what a background review ended with; the click was already answered. */
  async function tell(userId: string, channelId: string, result: ReviewResult): Promise<void> {
    if (!channelId) return;
    try {
      await deps.mattermost.createEphemeralPost(userId, channelId, result.message);
    } catch (error) {
      log.warn({err: error, mattermost_user_id: userId}, 'could not deliver the review result as an ephemeral post');
    }
  }

  /** Runs the review, answering within the budget; a late result is delivered as an ephemeral post. */
  async function reviewAnsweringFast(input: ReviewInput): Promise<Race<ReviewResult>> {
    const running = reviewer.review(input);
    const race = await within(running, answerWithinMs);
    if (!race.done) void running.then((result) => tell(input.mattermostUserId, input.channelId, result));
    return race;
  }

  function reviewDialog(decision: ReviewDecision, state: string, intro: string): Record<string, unknown> {
    const approve = decision === 'approve';
    return {
      callback_id: REVIEW_DIALOG_CALLBACK,
      title: approve ? 'Approve access request' : 'Deny access request',
      introduction_text: intro,
      elements: [
        {
          display_name: 'Reason',
          name: 'reason',
          type: 'textarea',
          optional: false,
          max_length: MAX_REASON_LENGTH,
          placeholder: approve ? 'Why you approve' : 'Why you deny (the requester will see this)',
        },
      ],
      submit_label: approve ? 'Approve' : 'Deny',
      notify_on_cancel: false,
      state,
    };
  }

  async function action(body: unknown): Promise<Record<string, unknown>> {
    try {
      const parsed = actionBody.safeParse(body);
      if (!parsed.success) {
        refusedCallback('action', `malformed callback: ${formatIssues(parsed.error.issues, {whole: '(body)'})}`, {});
        return {ephemeral_text: 'This button could not be verified. Please use the Teleport Web UI.'};
      }
      const click = parsed.data;
      const nowSeconds = Math.floor(nowMs() / 1000);
      const verified = verifyActionContext(deps.secret, click.context, {channelId: click.channel_id, postId: click.post_id}, nowSeconds);
      if (!verified.ok) {
        refusedCallback('action', verified.reason, {mattermost_user_id: click.user_id, post_id: click.post_id});
        if (/expired/.test(verified.reason)) return {ephemeral_text: 'This access request is already resolved or expired; nothing was recorded.'};
        return {ephemeral_text: 'This button could not be verified, so nothing was recorded. Please use the Teleport Web UI.'};
      }
      const {requestId, decision} = verified.claims;
      const input: ReviewInput = {mattermostUserId: click.user_id, requestId, decision, reason: '', channelId: click.channel_id, postId: click.post_id};

      const reasonRequired = decision === 'deny' || deps.settings.current().approveReasonRequired;
      if (!reasonRequired) {
        const race = await reviewAnsweringFast(input);
        if (race.done) return {ephemeral_text: race.value.message};
        return {ephemeral_text: `Sending your ${noun(decision)} to Teleport… you will see the result here shortly.`};
      }
      return await askForReason(input, click.trigger_id, nowSeconds, verified.claims.expiresAt);
    } catch (error) {
      log.error({err: error}, 'action handler failed');
      return {ephemeral_text: 'Something went wrong on the bridge; nothing was recorded. Please try again.'};
    }
  }

  async function askForReason(input: ReviewInput, triggerId: string | undefined, nowSeconds: number, tokenExpiresAt: number): Promise<Record<string, unknown>> {
    if (!triggerId) {
      refusedCallback('action', 'no trigger id to open the reason dialog', {mattermost_user_id: input.mattermostUserId, post_id: input.postId});
      return {ephemeral_text: 'Could not open the reason form; please click again.'};
    }
    // Refuse before asking for a reason when the answer is quick; the trigger id will not wait.
    const precheck = await within(reviewer.ready(input.mattermostUserId, input.requestId), DIALOG_PRECHECK_MS);
    let intro = `Request \`${input.requestId}\``;
    if (precheck.done) {
      if (!precheck.value.ok) {
        log.info(
          {
            audit: 'review',
            mattermost_user_id: input.mattermostUserId,
            teleport_user: precheck.value.teleportUser,
            request_id: input.requestId,
            post_id: input.postId,
            decision: input.decision,
            outcome: precheck.value.result.code,
          },
          'review refused before asking for a reason',
        );
        return {ephemeral_text: precheck.value.result.message};
      }
      const {request} = precheck.value;
      intro = `**${request.user}** requests **${request.roles.join(', ')}**. You review as Teleport user **${precheck.value.teleportUser}**.`;
    }
    const state = signDialogState(deps.secret, {
      userId: input.mattermostUserId,
      requestId: input.requestId,
      postId: input.postId ?? '',
      decision: input.decision,
      expiresAt: Math.min(nowSeconds + DIALOG_TTL_SECONDS, tokenExpiresAt),
    });
    try {
      await deps.mattermost.openDialog(triggerId, `${base}${DIALOG_PATH}`, reviewDialog(input.decision, state, intro));
    } catch (error) {
      log.warn({err: error, mattermost_user_id: input.mattermostUserId, request_id: input.requestId}, 'could not open the reason dialog');
      return {ephemeral_text: 'The reason form could not be opened in time; please click again.'};
    }
    log.info({mattermost_user_id: input.mattermostUserId, request_id: input.requestId, post_id: input.postId, decision: input.decision}, 'reason dialog opened');
    return {};
  }

  async function dialog(body: unknown): Promise<Record<string, unknown>> {
    try {
      const parsed = dialogBody.safeParse(body);
      if (!parsed.success) {
        refusedCallback('dialog', `malformed submission: ${formatIssues(parsed.error.issues, {whole: '(body)'})}`, {});
        return {error: 'This form could not be verified. Please click the button on the card again.'};
      }
      const submission = parsed.data;
      if (submission.cancelled) return {};
      const verified = verifyDialogState(deps.secret, submission.state, submission.user_id, Math.floor(nowMs() / 1000));
      if (!verified.ok || verified.claims.requestId === '') {
        const reason = verified.ok ? 'dialog state names no request' : verified.reason;
        refusedCallback('dialog', reason, {mattermost_user_id: submission.user_id});
        return {error: /expired/.test(reason) ? 'This form has expired. Please click the button on the card again.' : 'This form could not be verified, so nothing was recorded.'};
      }
      const claims = verified.claims;
      const rawReason = submission.submission?.['reason'];
      const reason = typeof rawReason === 'string' ? rawReason.trim() : '';
      if (reason === '') return {errors: {reason: `A reason is required to ${claims.decision}.`}};
      if (reason.length > MAX_REASON_LENGTH) return {errors: {reason: `At most ${MAX_REASON_LENGTH} characters.`}};

      const input: ReviewInput = {
        mattermostUserId: submission.user_id,
        requestId: claims.requestId,
        decision: claims.decision,
        reason,
        channelId: submission.channel_id,
        postId: claims.postId || null,
      };
      const race = await reviewAnsweringFast(input);
      if (!race.done) return {};
      // Teleport unreachable: keep the dialog (and the typed reason) open so a resubmit is one click.
      if (race.value.code === 'teleport_unavailable') return {error: race.value.message};
      await tell(input.mattermostUserId, input.channelId, race.value);
      return {};
    } catch (error) {
      log.error({err: error}, 'dialog handler failed');
      return {error: 'Something went wrong on the bridge; nothing was recorded. Please try again.'};
    }
  }

  return {
    action,
    dialog,
    /** Shared with the /teleport approve|deny command. Never throws. */
    async review(input: ReviewInput): Promise<{ok: boolean; message: string; code: string}> {
      return reviewer.review(input);
    },
  };
}

export type ReviewHandlers = ReturnType<typeof createReviewHandlers>;
