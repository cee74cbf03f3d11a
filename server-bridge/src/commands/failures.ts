/** Turns errors from Teleport into replies that say what happened and what to do. */
import type {Logger} from 'pino';
import {TeleportError} from '../teleport/port';
import {sanitizeForMarkdown} from '../card/sanitize';

const ADMIN_MFA = 'admin-level API request requires MFA';

/** `doing` completes "Could not …", e.g. "create the request". */
export function teleportFailure(error: unknown, doing: string, logger: Logger): string {
  if (!(error instanceof TeleportError)) {
    logger.error({err: error}, `/teleport: could not ${doing}`);
    return `Could not ${doing}: an unexpected error occurred in the bridge (logged for the administrator).`;
  }
  logger.warn({kind: error.kind, err: error.message}, `/teleport: could not ${doing}`);
  const detail = sanitizeForMarkdown(error.message, 300);
  switch (error.kind) {
    case 'ConnectionProblem':
      return `Could not ${doing}: Teleport is unreachable right now. Nothing was changed; please try again in a minute.`;
    case 'AccessDenied':
      if (error.message.includes(ADMIN_MFA)) {
        return `Could not ${doing}: Teleport requires MFA for the bridge's identity. The administrator must run the bridge as a Machine ID bot (tbot); see the README.`;
      }
      return `Could not ${doing}: Teleport refused it (${detail}). If this keeps happening, the bridge's Teleport role may lack a permission; see the README.`;
    case 'LimitExceeded':
      return `Could not ${doing}: Teleport's access request limit is reached (${detail}).`;
    case 'BadParameter':
      return `Could not ${doing}: Teleport rejected it (${detail}).`;
    case 'NotFound':
      return `Could not ${doing}: Teleport does not know it (${detail}).`;
    default:
      return `Could not ${doing}: Teleport answered with an error (${detail}).`;
  }
}
