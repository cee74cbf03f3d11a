import {ChatError} from '../chat/port';
import {MattermostError} from '../mattermost/port';
import {TeleportError} from '../teleport/port';

/** Raised when some of a request's work must be tried again later; nothing is lost meanwhile. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly afterMs: number | null = null,
  ) {
    super(message);
    this.name = 'RetryLater';
  }
}

/** Transient failures: network, 5xx, 429, Teleport unavailable. Anything else is permanent. */
export function isTransient(err: unknown): boolean {
  if (err instanceof RetryLater) return true;
  if (err instanceof ChatError) return err.failure === 'retry';
  if (err instanceof MattermostError) return err.retryable;
  if (err instanceof TeleportError) return err.kind === 'ConnectionProblem' || err.kind === 'LimitExceeded' || err.kind === 'Unknown';
  return false;
}

export function retryAfterOf(err: unknown): number | null {
  if (err instanceof MattermostError || err instanceof ChatError) return err.retryAfterMs;
  if (err instanceof RetryLater) return err.afterMs;
  return null;
}

/** The one way an error enters a log line: `{err: describe(error)}`, its message as text. */
export function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
