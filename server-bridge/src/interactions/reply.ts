/**
 * A listener's answer, and how each surface shows it: a button's `ephemeral_text` (when the bot
 * could not say it itself, receiver.ts), a dialog's
 * `error`/`errors` (which keep it open), a command's ephemeral response.
 */
import {explain} from '../errors/explain';
import type {Failure, Surface} from '../errors/failure';

export type Reply =
  /** Text for the user alone; a dialog closes and the text follows as a private message. */
  | {kind: 'text'; text: string}
  /** Nothing to show (a dialog opened, or the form closes quietly). */
  | {kind: 'none'}
  /** Dialog only: errors shown next to the fields; the dialog stays open. */
  | {kind: 'fields'; errors: Record<string, string>}
  /** A refusal or failure, worded by errors/explain.ts; a dialog stays open to retry. */
  | {kind: 'failure'; failure: Failure};

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** Mattermost refuses longer messages (16,383 runes); replies stay well below. */
const MAX_REPLY_CHARS = 15_000;

/** Dialog errors are shown as plain text: drop markdown. */
export function plain(text: string): string {
  return text.replace(/[`*_]/g, '').replace(/\\(.)/g, '$1');
}

function ephemeral(text: string, status = 200): HttpAnswer {
  const clipped = text.length > MAX_REPLY_CHARS ? `${text.slice(0, MAX_REPLY_CHARS)}\n…` : text;
  return {status, body: {response_type: 'ephemeral', text: clipped}};
}

const COMMAND_STATUS: Partial<Record<Failure['code'], number>> = {callback_malformed: 400, callback_unverified: 401};

function forDialog(reply: Reply): Record<string, unknown> {
  switch (reply.kind) {
    case 'fields':
      return {errors: reply.errors};
    case 'failure': {
      const f = reply.failure;
      // Errors that belong to a field are shown under it.
      if (f.code === 'invalid_form') return {errors: f.errors};
      const text = plain(explain(f).user);
      return f.code === 'reason_required' || f.code === 'reason_too_long' ? {errors: {reason: text}} : {error: text};
    }
    default:
      return {};
  }
}

/** What the user reads of an answer ('' for none). */
export function answerText(reply: Reply): string {
  return reply.kind === 'text' ? reply.text : reply.kind === 'failure' ? explain(reply.failure).user : '';
}

export function renderAnswer(surface: Surface, reply: Reply): HttpAnswer {
  const text = answerText(reply);
  if (surface === 'dialog') return {status: 200, body: forDialog(reply)};
  if (surface === 'command') return ephemeral(text, reply.kind === 'failure' ? (COMMAND_STATUS[reply.failure.code] ?? 200) : 200);
  return {status: 200, body: text === '' ? {} : {ephemeral_text: text}};
}
