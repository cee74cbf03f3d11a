/**
 * The one way in for everything a Mattermost user does to the bridge: a card's buttons, a dialog's
 * submission, `/teleport`. For each call the receiver verifies it (the button's HMAC, the dialog's
 * signed state, the team's command token), parses it, hands it to the listener registered for what
 * it is (`action(decision)`, `dialog(callbackId)`, `command(subcommand)`) and answers Mattermost
 * exactly once: with the listener's `ack`, or for it if the listener returns or throws first.
 *
 * Trust: the actor is only ever the `user_id` the Mattermost server puts in the call. Every answer
 * is HTTP 200 with JSON Mattermost understands (401/400 for a command that could not be verified or
 * read, as Mattermost expects); nothing thrown escapes.
 */
import {describe} from '../app/errors';
import type {Logger} from 'pino';
import type {ZodType} from 'zod';
import {explain} from '../errors/explain';
import {COMMAND_PATH} from '../mattermost/slash-command-registration';
import {fail, failureOf, ok, type Failure, type Result, type Surface} from '../errors/failure';
import {verifyActionContext, verifyDialogState, type ActionClaims, type DialogClaims, type ReviewDecision} from '../reviews/token';
import {isAgainContext, verifyAgainContext, type AgainClaims} from '../reviews/again-token';
import {AUTOCOMPLETE_PATH, answerListQuery} from './autocomplete/endpoint';
import {ListMemo} from './autocomplete/memo';
import {checkCommandToken} from './command/auth';
import {parseCommand, type ParsedCommand} from './command/parser';
import type {RuntimeContext} from './context';
import {deliverPrivately, sayAsBot} from './deliver';
import {
  actionPayloadSchema,
  asObject,
  commandPayloadSchema,
  describeIssues,
  dialogPayloadSchema,
  type ActionPayload,
  type CommandPayload,
  type DialogPayload,
  type SubmissionValue,
} from './payloads';
import {answerText, renderAnswer, type HttpAnswer, type Reply} from './reply';

export type {Reply} from './reply';
export {COMMAND_PATH};

/** Who acted, as the Mattermost server attests it. */
export interface Caller {
  mattermostUserId: string;
  channelId: string;
  teamId: string;
  /** The team's name (URL slug), for permalinks; '' when Mattermost did not say. */
  teamDomain: string;
  triggerId: string | undefined;
  postId: string | null;
}

export interface Interaction<P> {
  caller: Caller;
  payload: P;
  /** The one answer to Mattermost's call; a second is ignored and logged. */
  ack(reply: Reply): void;
  /** A private message after the answer: ephemeral in the channel, else a direct message. */
  respond(text: string): Promise<void>;
  log: Logger;
}

export type Listener<P> = (interaction: Interaction<P>) => Promise<void>;

export interface DialogSubmission {
  claims: DialogClaims;
  submission: Record<string, SubmissionValue>;
}

interface DialogListener {
  kind: 'review' | 'request';
  path: string;
  /** Which signed states this dialog takes: a state opened for one dialog is refused by another. */
  accepts(claims: DialogClaims): boolean;
  fn: Listener<DialogSubmission>;
}

type CommandKind = ParsedCommand['kind'];
type CommandOf<K extends CommandKind> = Extract<ParsedCommand, {kind: K}>;

export const ACTION_PATH = '/mattermost/action';

type Route = {surface: 'button'} | {surface: 'command'} | {surface: 'dialog'; fallbackCallbackId: string};

export class Receiver {
  private readonly actions = new Map<ReviewDecision, Listener<ActionClaims>>();
  private againListener: Listener<AgainClaims> | null = null;
  private readonly dialogs = new Map<string, DialogListener>();
  private readonly commands = new Map<CommandKind, Listener<ParsedCommand>>();
  private readonly log: Logger;
  /** Autocomplete lists asked for keystroke by keystroke: each user's kept a few seconds. */
  private readonly listMemo: ListMemo;

  constructor(
    private readonly ctx: RuntimeContext,
    /** team id → the /teleport command token Mattermost sends for that team. */
    private readonly commandTokens: () => ReadonlyMap<string, string>,
  ) {
    this.log = ctx.logger.child({component: 'interactions'});
    this.listMemo = new ListMemo(() => ctx.now());
  }

  action(decision: ReviewDecision, fn: Listener<ActionClaims>): this {
    this.actions.set(decision, fn);
    return this;
  }

  /** The "Request again" button under the end-of-access DM (its own signed context, bound to the requester). */
  again(fn: Listener<AgainClaims>): this {
    this.againListener = fn;
    return this;
  }

  dialog(callbackId: string, opts: Omit<DialogListener, 'fn'>, fn: Listener<DialogSubmission>): this {
    this.dialogs.set(callbackId, {...opts, fn});
    return this;
  }

  command<K extends CommandKind>(kind: K, fn: Listener<CommandOf<K>>): this {
    this.commands.set(kind, fn as Listener<ParsedCommand>);
    return this;
  }

  /** Where Mattermost sends a dialog's submission. */
  dialogUrl(callbackId: string): string {
    return `${this.ctx.publicUrl}${this.dialogs.get(callbackId)?.path ?? ''}`;
  }

  /** Every path the HTTP server should route here. */
  paths(): string[] {
    return [ACTION_PATH, COMMAND_PATH, AUTOCOMPLETE_PATH, ...new Set([...this.dialogs.values()].map((d) => d.path))];
  }

  /** Handles one call to `path`; never throws. */
  async receive(path: string, body: unknown, authorization?: string): Promise<HttpAnswer> {
    // Not a user's action but the plugin asking for autocomplete lists: its own small answer.
    if (path === AUTOCOMPLETE_PATH) return answerListQuery(this.ctx, this.listMemo, this.commandTokens(), asObject(body), authorization);
    const route = this.route(path);
    try {
      if (!route) return renderAnswer('button', {kind: 'failure', failure: {code: 'internal', doing: null, cause: `no route ${path}`}});
      if (route.surface === 'button') return await this.receiveAction(body);
      if (route.surface === 'command') return await this.receiveCommand(body, authorization);
      return await this.receiveDialog(body, route.fallbackCallbackId);
    } catch (error) {
      const failure = failureOf(error, null);
      this.log.error({err: describe(error), path}, explain(failure).log);
      return renderAnswer(route?.surface ?? 'button', {kind: 'failure', failure});
    }
  }

  /** A body that was not JSON or form data (or too large): refused as a malformed call of that path's kind. */
  unreadable(path: string, detail: string): HttpAnswer {
    const route = this.route(path);
    const surface = route?.surface ?? 'button';
    const dialog = route?.surface === 'dialog' ? this.dialogs.get(route.fallbackCallbackId)?.kind : undefined;
    return this.refuse(surface, {code: 'callback_malformed', surface, ...(dialog ? {dialog} : {}), detail: `unreadable body: ${detail}`}, {path});
  }

  private route(path: string): Route | null {
    if (path === ACTION_PATH) return {surface: 'button'};
    if (path === COMMAND_PATH) return {surface: 'command'};
    for (const [callbackId, d] of this.dialogs) if (d.path === path) return {surface: 'dialog', fallbackCallbackId: callbackId};
    return null;
  }

  private nowSeconds(): number {
    return Math.floor(this.ctx.now() / 1000);
  }

  /** A forged or stale call is worth an audit line: it names who Mattermost says acted. */
  private refuse(surface: Surface, failure: Failure, fields: Record<string, unknown>): HttpAnswer {
    const e = explain(failure);
    const audit = surface === 'command' || (failure.code !== 'internal' && 'dialog' in failure && failure.dialog === 'request') ? 'command' : 'review';
    this.log[e.level]({audit, outcome: 'invalid_callback', code: failure.code, ...fields}, e.log);
    return renderAnswer(surface, {kind: 'failure', failure});
  }

  /** The body as the schema wants it, or the malformed-callback failure naming the field. */
  private parse<T>(schema: ZodType<T>, body: unknown, malformed: (detail: string) => Failure): Result<T> {
    const parsed = schema.safeParse(asObject(body));
    return parsed.success ? ok(parsed.data) : fail(malformed(describeIssues(parsed.error)));
  }

  private async receiveAction(body: unknown): Promise<HttpAnswer> {
    const parsed = this.parse<ActionPayload>(actionPayloadSchema, body, (detail) => ({code: 'callback_malformed', surface: 'button', detail}));
    if (!parsed.ok) return this.refuse('button', parsed.error.failure, {});
    const click = parsed.value;
    const fields = {mattermost_user_id: click.user_id, post_id: click.post_id};
    if (isAgainContext(click.context)) return this.receiveAgain(click, fields);
    const verified = verifyActionContext(this.ctx.secret, click.context, {channelId: click.channel_id, postId: click.post_id}, this.nowSeconds());
    if (!verified.ok) return this.refuse('button', verified.error.failure, fields);
    const listener = this.actions.get(verified.value.decision);
    if (!listener) return this.refuse('button', {code: 'callback_unverified', surface: 'button', detail: 'no listener for this action'}, fields);
    const caller: Caller = {mattermostUserId: click.user_id, channelId: click.channel_id, teamId: '', teamDomain: '', triggerId: click.trigger_id, postId: click.post_id};
    return this.dispatch('button', caller, verified.value, listener);
  }

  private async receiveAgain(click: ActionPayload, fields: Record<string, unknown>): Promise<HttpAnswer> {
    const verified = verifyAgainContext(this.ctx.secret, click.context, {channelId: click.channel_id, userId: click.user_id}, this.nowSeconds());
    if (!verified.ok) return this.refuse('button', verified.error.failure, fields);
    if (!this.againListener) return this.refuse('button', {code: 'callback_unverified', surface: 'button', detail: 'no listener for Request again'}, fields);
    const caller: Caller = {mattermostUserId: click.user_id, channelId: click.channel_id, teamId: '', teamDomain: '', triggerId: click.trigger_id, postId: click.post_id};
    return this.dispatch('button', caller, verified.value, this.againListener);
  }

  private async receiveDialog(body: unknown, fallbackCallbackId: string): Promise<HttpAnswer> {
    const raw = asObject(body);
    const named = typeof raw === 'object' && raw !== null ? (raw as {callback_id?: unknown}).callback_id : undefined;
    const callbackId = typeof named === 'string' && this.dialogs.has(named) ? named : fallbackCallbackId;
    const listener = this.dialogs.get(callbackId);
    if (!listener) throw new Error(`no dialog listener for ${callbackId}`);
    const kind = listener.kind;
    const parsed = this.parse<DialogPayload>(dialogPayloadSchema, raw, (detail) => ({code: 'callback_malformed', surface: 'dialog', dialog: kind, detail}));
    if (!parsed.ok) return this.refuse('dialog', parsed.error.failure, {});
    const submission = parsed.value;
    // Nothing happens on cancel, whatever the state says.
    if (submission.cancelled) return renderAnswer('dialog', {kind: 'none'});
    const fields = {mattermost_user_id: submission.user_id};
    const verified = verifyDialogState(this.ctx.secret, submission.state, submission.user_id, this.nowSeconds());
    if (!verified.ok) {
      const f = verified.error.failure;
      // Name the dialog, so the user is told how to get a fresh one.
      return this.refuse('dialog', f.code === 'callback_expired' || f.code === 'callback_unverified' ? {...f, dialog: kind} : f, fields);
    }
    if (!listener.accepts(verified.value)) {
      return this.refuse('dialog', {code: 'callback_unverified', surface: 'dialog', dialog: kind, detail: `dialog state is not for the ${kind} dialog`}, fields);
    }
    const caller: Caller = {mattermostUserId: submission.user_id, channelId: submission.channel_id, teamId: submission.team_id, teamDomain: '', triggerId: undefined, postId: null};
    return this.dispatch('dialog', caller, {claims: verified.value, submission: submission.submission ?? {}}, listener.fn);
  }

  private async receiveCommand(body: unknown, authorization: string | undefined): Promise<HttpAnswer> {
    const parsed = this.parse<CommandPayload>(commandPayloadSchema, body, (detail) => ({code: 'callback_malformed', surface: 'command', detail}));
    if (!parsed.ok) return this.refuse('command', parsed.error.failure, {});
    const payload = parsed.value;
    const fields = {mattermost_user_id: payload.user_id, team_id: payload.team_id};
    const auth = checkCommandToken(this.commandTokens(), payload.team_id, authorization, payload.token);
    if (!auth.ok) return this.refuse('command', auth.error.failure, fields);
    const caller: Caller = {
      mattermostUserId: payload.user_id,
      channelId: payload.channel_id,
      teamId: payload.team_id,
      teamDomain: payload.team_domain ?? '',
      triggerId: payload.trigger_id,
      postId: null,
    };
    const result = parseCommand(payload.text);
    if (!result.ok) return this.answer('command', caller, {kind: 'failure', failure: result.error.failure});
    this.log.info({audit: 'command', ...fields, subcommand: result.value.kind}, '/teleport command');
    const listener = this.commands.get(result.value.kind);
    if (!listener) throw new Error(`no listener for /teleport ${result.value.kind}`);
    return this.dispatch('command', caller, result.value, listener);
  }

  /** Runs the listener and answers with its first ack, or for it when it returns or throws first. */
  private async dispatch<P>(surface: Surface, caller: Caller, payload: P, listener: Listener<P>): Promise<HttpAnswer> {
    let answer: (reply: Reply) => void = () => undefined;
    const answered = new Promise<Reply>((resolve) => (answer = resolve));
    let acked = false;
    const log = this.log;
    const ack = (reply: Reply): void => {
      if (acked) return log.warn({reply: reply.kind, mattermost_user_id: caller.mattermostUserId}, 'a second answer to one call was ignored');
      acked = true;
      answer(reply);
    };
    const respond = (text: string) => deliverPrivately(this.ctx.mattermost, caller, text, log);
    listener({caller, payload, ack, respond, log}).then(
      () => {
        if (!acked) ack({kind: 'none'});
      },
      (error: unknown) => {
        const failure = failureOf(error, null);
        log.error({err: describe(error), mattermost_user_id: caller.mattermostUserId}, explain(failure).log);
        if (!acked) ack({kind: 'failure', failure});
      },
    );
    const reply = await answered;
    // A dialog closes on a plain answer; its text follows as a private message.
    if (surface === 'dialog' && reply.kind === 'text') await respond(reply.text);
    return this.answer(surface, caller, reply);
  }

  /**
   * A click's or a command's answer comes from the bot, like every other private answer: what
   * Mattermost makes of `ephemeral_text` or a command response is shown as written by the user who
   * clicked or typed. The HTTP answer carries the text only if the bot may not post ephemerals.
   */
  private async answer(surface: Surface, caller: Caller, reply: Reply): Promise<HttpAnswer> {
    const text = surface === 'dialog' ? '' : answerText(reply);
    if (text !== '' && (await sayAsBot(this.ctx.mattermost, caller, text, this.log))) return renderAnswer(surface, {kind: 'none'});
    return renderAnswer(surface, reply);
  }
}
