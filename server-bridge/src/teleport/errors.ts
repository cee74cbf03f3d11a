/**
 * gRPC status → Teleport trace error kind. Messages are kept verbatim because
 * some flows must match on Teleport's text (e.g. "the access request has been already").
 */
import {status, type ServiceError} from '@grpc/grpc-js';
import {TeleportError, type TeleportErrorKind} from './port';
import {describe} from '../app/errors';

const KIND_BY_CODE: Partial<Record<number, TeleportErrorKind>> = {
  [status.PERMISSION_DENIED]: 'AccessDenied',
  // trail.FromGRPC also reads Unauthenticated as AccessDenied.
  [status.UNAUTHENTICATED]: 'AccessDenied',
  [status.NOT_FOUND]: 'NotFound',
  [status.ALREADY_EXISTS]: 'AlreadyExists',
  [status.INVALID_ARGUMENT]: 'BadParameter',
  [status.FAILED_PRECONDITION]: 'CompareFailed',
  [status.UNAVAILABLE]: 'ConnectionProblem',
  // Not in trail's table, but for a caller a deadline or a cancelled call is a connection problem.
  [status.DEADLINE_EXCEEDED]: 'ConnectionProblem',
  [status.CANCELLED]: 'ConnectionProblem',
  [status.RESOURCE_EXHAUSTED]: 'LimitExceeded',
  [status.UNIMPLEMENTED]: 'NotImplemented',
};

export function isServiceError(err: unknown): err is ServiceError {
  return err instanceof Error && typeof (err as Partial<ServiceError>).code === 'number';
}

export function toTeleportError(err: unknown, method: string): TeleportError {
  if (err instanceof TeleportError) return err;
  if (isServiceError(err)) {
    const kind = KIND_BY_CODE[err.code] ?? 'Unknown';
    const message = err.details || `${method} failed with gRPC status ${status[err.code] ?? err.code}`;
    return new TeleportError(kind, message, err.code);
  }
  return new TeleportError('Unknown', `${method}: ${describe(err)}`);
}
