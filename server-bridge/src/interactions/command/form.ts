/**
 * The request form opened by `/teleport request` with no arguments, and the reading of what the
 * user submitted. Pure: the handler does the I/O.
 */
import {code, isBlankUserText, sanitizeForMarkdown} from '../../card/sanitize';
import type {AccessCapabilities} from '../../teleport/port';
import {userText} from '../../errors/explain';
import {fail, ok, type Result} from '../../errors/failure';
import {parseDuration} from './duration';
import type {RequestDraft, RequestField} from './request';
import type {ReviewerRef} from './reviewers';

export const REQUEST_FORM_CALLBACK_ID = 'teleport_request';
/** Long enough to fill the form in; short because the state is a bearer credential for this user. */
export const REQUEST_FORM_TTL_SECONDS = 30 * 60;

const FIELD = {role: 'role', reason: 'reason', reviewers: 'reviewers', maxDuration: 'max_duration'} as const;

/** What "Request again" fills in: the earlier request's roles (the form takes one) and reason. */
export interface FormPrefill {
  roles: string[];
  reason: string;
}

export function requestForm(input: {teleportUser: string; cluster: string; caps: AccessCapabilities; state: string; prefill?: FormPrefill}): Record<string, unknown> {
  const {caps} = input;
  // A role asked for before is only offered again if Teleport still lets the user request it.
  const again = input.prefill?.roles.find((r) => caps.requestableRoles.includes(r));
  const only = again ?? (caps.requestableRoles.length === 1 ? caps.requestableRoles[0] : undefined);
  const reason = input.prefill?.reason.trim() ?? '';
  // The role's prompt is said once, in full, at the top; the reason field only says whether it is needed.
  const prompt = isBlankUserText(caps.requestPrompt) ? '' : `\n\n**Teleport asks:** ${sanitizeForMarkdown(caps.requestPrompt, 300)}`;
  return {
    callback_id: REQUEST_FORM_CALLBACK_ID,
    title: 'Request access',
    introduction_text:
      `Request Teleport access as ${code(input.teleportUser)} on ${code(input.cluster)}. ` +
      'Reviewers are notified in Mattermost; you get a direct message with the outcome.' +
      prompt,
    submit_label: 'Request',
    notify_on_cancel: false,
    state: input.state,
    elements: [
      {
        display_name: 'Role',
        name: FIELD.role,
        type: 'select',
        options: caps.requestableRoles.map((role) => ({text: role, value: role})),
        ...(only !== undefined ? {default: only} : {}),
        help_text: 'Only the roles Teleport lets you request are listed.',
      },
      {
        display_name: 'Reason',
        name: FIELD.reason,
        type: 'textarea',
        optional: !caps.requireReason,
        max_length: 1000,
        ...(reason ? {default: reason.slice(0, 1000)} : {}),
        placeholder: 'Why do you need access?',
        help_text: caps.requireReason ? 'Required. Shown to the reviewers.' : 'Optional. Shown to the reviewers.',
      },
      {
        display_name: 'Suggested reviewer',
        name: FIELD.reviewers,
        type: 'select',
        data_source: 'users',
        optional: true,
        help_text: 'Must be linked to a Teleport user. Others can still review.',
      },
      {
        display_name: 'Max duration',
        name: FIELD.maxDuration,
        type: 'text',
        optional: true,
        placeholder: 'e.g. 4h, 90m, 1d',
        help_text: "Empty: the role's default. Teleport may grant less.",
      },
    ],
  };
}

type SubmissionValue = string | number | boolean | null | string[];

function text(value: SubmissionValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value).trim();
}

/** The draft, or an `invalid_form` failure with an error per field. */
export type ReadForm = Result<RequestDraft>;

/** Reads the submitted fields; a multiselect (newer servers) may send a list or a comma string. */
export function readRequestForm(submission: Record<string, SubmissionValue>): ReadForm {
  const errors: Partial<Record<RequestField, string>> = {};
  const role = text(submission[FIELD.role]);
  if (role === '') errors.role = 'Pick a role.';
  const reason = text(submission[FIELD.reason]);
  const reviewers: ReviewerRef[] = text(submission[FIELD.reviewers])
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .map((userId) => ({kind: 'mattermost', userId}));
  const durationText = text(submission[FIELD.maxDuration]);
  let maxDuration: RequestDraft['maxDuration'] = null;
  if (durationText !== '') {
    const parsed = parseDuration(durationText);
    if (parsed.ok) maxDuration = {text: durationText, ms: parsed.value};
    else errors.max_duration = userText(parsed.error.failure);
  }
  if (Object.keys(errors).length > 0) return fail({code: 'invalid_form', errors});
  return ok({roles: role.split(','), reason: reason === '' ? null : reason, reviewers, maxDuration, dryRun: false});
}
