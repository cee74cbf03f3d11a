/**
 * The one logging style for what users do: one line per outcome with `audit` naming the kind of
 * action and the fields the README documents (`mattermost_user_id`, `teleport_user`, `request_id`,
 * `post_id`, `decision`, `outcome`). A failure's level and message come from errors/explain.ts.
 */
import type {Logger} from 'pino';
import {explain} from '../errors/explain';
import type {Failure} from '../errors/failure';

export type AuditKind = 'review' | 'request' | 'command';

export interface AuditFields {
  mattermost_user_id: string;
  teleport_user?: string | null;
  request_id?: string;
  post_id?: string | null;
  channel_id?: string;
  decision?: 'approve' | 'deny';
  [more: string]: unknown;
}

/** Logs a success (`outcome` names it) or a failure (`outcome` is its code). */
export function audit(log: Logger, kind: AuditKind, fields: AuditFields, outcome: {done: string; message: string} | {failure: Failure}): void {
  if ('done' in outcome) {
    log.info({audit: kind, ...fields, outcome: outcome.done}, outcome.message);
    return;
  }
  const e = explain(outcome.failure);
  log[e.level]({audit: kind, ...fields, outcome: outcome.failure.code}, e.log);
}
