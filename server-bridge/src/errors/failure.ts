/**
 * The bridge's one error scheme for what a user asked for: every refusal or failure is a coded
 * `Failure` (the code says what happened, the other fields what the texts need), carried by a
 * `BridgeError` when thrown and by `Result` when returned. explain.ts is the only place that turns
 * a code into the user's text and the operator's log line.
 */
import type {AccessRequest} from '../domain/request';
import type {Result as Outcome} from '@tma/card-contract';
import type {Subcommand} from '../interactions/command/help';

export type Decision = 'approve' | 'deny';

/** Where the user acted: the answer's shape (and some texts) depend on it. */
export type Surface = 'button' | 'dialog' | 'command';

/** Which dialog a refused submission belongs to, so the user is told how to get a fresh one. */
export type DialogKind = 'review' | 'request';

/** The fields of the request form an error can be shown next to. */
export type RequestField = 'role' | 'resources' | 'reason' | 'reviewers' | 'max_duration';

/** What the bridge was doing when Teleport failed, completing "Could not …". */
export type Doing = string;

export type Failure =
  // A callback Mattermost relayed could not be trusted or read.
  | {code: 'callback_malformed'; surface: Surface; dialog?: DialogKind; detail: string}
  | {code: 'callback_unverified'; surface: Surface; dialog?: DialogKind; detail: string}
  | {code: 'callback_expired'; surface: Surface; dialog?: DialogKind; detail: string}
  | {code: 'no_trigger'; dialog: DialogKind; fallback: string}
  | {code: 'dialog_not_opened'; dialog: DialogKind; fallback: string}
  // The review rules (interactions/rules.ts).
  | {code: 'reason_required'; decision: Decision; requestId: string; surface: Surface}
  | {code: 'reason_too_long'; max: number}
  | {code: 'already_reviewed'}
  | {code: 'already_resolved'; request: Pick<AccessRequest, 'state' | 'reviews'> | null}
  | {code: 'self_review'}
  | {code: 'link_only'; explanation: string; url: string | null}
  // Mapping the Mattermost user to a Teleport user (reviews/mapping.ts decides, explain.ts words).
  /** `link` is null when the Mattermost account itself was not found; else how to link it. */
  | {code: 'unmapped'; link: {trait: string; mattermostUserId: string} | null}
  | {code: 'ambiguous'; by: string; matches: string[]}
  | {code: 'inactive' | 'bot' | 'guest'}
  /** Which peer could not be asked: 'Mattermost' or 'Teleport'. */
  | {code: 'mapping_unavailable'; peer: string}
  // Teleport's answers (errors/teleport.ts classifies them).
  | {code: 'teleport_unavailable'; doing: Doing | null; cause: string}
  | {code: 'not_allowed'; roles: string[]; teleportSays: string}
  | {code: 'unsupported'}
  | {code: 'bridge_misconfigured'; doing: Doing | null; teleportSays: string}
  | {code: 'rejected'; doing: Doing | null; teleportSays: string}
  | {code: 'teleport_refused' | 'limit_exceeded' | 'not_found' | 'teleport_error'; doing: Doing; teleportSays: string}
  // A typed request id: none or several among the requests this user may see (the same answer
  // for "does not exist" and "not yours to see").
  | {code: 'request_not_found'; typed: string}
  | {code: 'request_id_ambiguous'; typed: string; matches: AccessRequest[]}
  // What the user typed or picked cannot be used; the text is built from their input.
  | {code: 'usage'; text: string; topic: Subcommand | null}
  | {code: 'invalid_input'; field: RequestField | null; text: string}
  | {code: 'invalid_form'; errors: Partial<Record<RequestField, string>>}
  // The System Console settings cannot be used (the admin reads the detail in the status box).
  | {code: 'invalid_settings'; detail: string}
  // A bug or an unexpected answer: the user is told only that it was logged.
  | {code: 'internal'; doing: Doing | null; cause: string};

export type FailureCode = Failure['code'];

export class BridgeError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
    this.name = 'BridgeError';
  }

  get code(): FailureCode {
    return this.failure.code;
  }
}

/** The project's one result shape (the card contract's), with the coded reason there is no value. */
export type Result<T> = Outcome<T, BridgeError>;

export const ok = <T>(value: T): Result<T> => ({ok: true, value});
export const fail = <T = never>(failure: Failure): Result<T> => ({ok: false, error: new BridgeError(failure)});

/** Turns anything thrown into a Failure; a BridgeError keeps its own. */
export function failureOf(error: unknown, doing: Doing | null): Failure {
  if (error instanceof BridgeError) return error.failure;
  return {code: 'internal', doing, cause: error instanceof Error ? error.message : String(error)};
}
