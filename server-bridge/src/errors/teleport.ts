/**
 * Teleport's errors as coded failures. Refusals are recognised by gRPC kind and, where one kind
 * covers several cases, by the message texts Teleport's own Slack review matches on.
 */
import {TeleportError} from '../teleport/port';
import type {Doing, Failure} from './failure';

/** What was asked of Teleport: a review (whose refusals the reviewer can act on) or another call. */
export type TeleportCall = {review: true; roles: string[]} | {review: false; doing: Doing};

const ADMIN_MFA = /\bMFA\b/;

function reviewRefusal(error: TeleportError, roles: string[]): Failure {
  const text = error.message;
  if (/has been already/i.test(text)) return {code: 'already_resolved', request: null};
  if (/already reviewed/i.test(text)) return {code: 'already_reviewed'};
  if (/cannot submit reviews on behalf of/i.test(text)) return {code: 'unsupported'};
  if (/own (access )?request/i.test(text)) return {code: 'self_review'};
  if (ADMIN_MFA.test(text)) return {code: 'bridge_misconfigured', doing: null, teleportSays: text};
  return {code: 'not_allowed', roles, teleportSays: text};
}

function reviewFailure(error: unknown, roles: string[]): Failure {
  // Anything but a coded refusal may have reached Teleport: the reviewer is told to try again.
  if (!(error instanceof TeleportError)) return {code: 'teleport_unavailable', doing: null, cause: String(error)};
  switch (error.kind) {
    case 'AlreadyExists':
      return {code: 'already_reviewed'};
    case 'NotFound':
      return {code: 'already_resolved', request: null};
    case 'AccessDenied':
      return reviewRefusal(error, roles);
    case 'BadParameter':
      return {code: 'rejected', doing: null, teleportSays: error.message};
    default:
      return {code: 'teleport_unavailable', doing: null, cause: `${error.kind}: ${error.message}`};
  }
}

function callFailure(error: unknown, doing: Doing): Failure {
  if (!(error instanceof TeleportError)) return {code: 'internal', doing, cause: error instanceof Error ? error.message : String(error)};
  const teleportSays = error.message;
  switch (error.kind) {
    case 'ConnectionProblem':
      return {code: 'teleport_unavailable', doing, cause: teleportSays};
    case 'AccessDenied':
      if (ADMIN_MFA.test(teleportSays)) return {code: 'bridge_misconfigured', doing, teleportSays};
      return {code: 'teleport_refused', doing, teleportSays};
    case 'LimitExceeded':
      return {code: 'limit_exceeded', doing, teleportSays};
    case 'BadParameter':
      return {code: 'rejected', doing, teleportSays};
    case 'NotFound':
      return {code: 'not_found', doing, teleportSays};
    default:
      return {code: 'teleport_error', doing, teleportSays};
  }
}

export function teleportFailure(error: unknown, call: TeleportCall): Failure {
  return call.review ? reviewFailure(error, call.roles) : callFailure(error, call.doing);
}
