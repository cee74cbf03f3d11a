/**
 * Teleport's trace error kinds as gRPC statuses. Handlers throw these;
 * the service wrapper turns them into the status a real Auth server would send.
 */
import {status} from '@grpc/grpc-js';

export class PeerError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
    this.name = 'PeerError';
  }
}

export const accessDenied = (msg: string) => new PeerError(status.PERMISSION_DENIED, msg);
export const notFound = (msg: string) => new PeerError(status.NOT_FOUND, msg);
export const alreadyExists = (msg: string) => new PeerError(status.ALREADY_EXISTS, msg);
export const badParameter = (msg: string) => new PeerError(status.INVALID_ARGUMENT, msg);
export const compareFailed = (msg: string) => new PeerError(status.FAILED_PRECONDITION, msg);
export const notImplemented = (msg: string) => new PeerError(status.UNIMPLEMENTED, msg);
export const unauthenticated = (msg: string) => new PeerError(status.UNAUTHENTICATED, msg);

/** Teleport's wording for a failed rule check (services.RoleSet.CheckAccessToRule). */
export const actionDenied = (verb: string, kind: string) => accessDenied(`access denied to perform action "${verb}" on "${kind}"`);
