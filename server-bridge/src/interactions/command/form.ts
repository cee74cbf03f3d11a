/**
 * The request form opened by `/teleport request` with no arguments, and the reading of what the
 * user submitted. Pure: the handler does the I/O.
 */
import {cleanUserText} from '@tma/card-contract';
import {code, isBlankUserText, sanitizeForMarkdown, sanitizePlain} from '../../card/sanitize';
import type {ResourceId} from '../../domain/request';
import {formatResourceId, parseResourceList, RESOURCE_ID_EXAMPLE, splitResourceList} from '../../domain/resource-id';
import type {AccessCapabilities} from '../../teleport/port';
import {userText} from '../../errors/explain';
import {fail, ok, type Result} from '../../errors/failure';
import {parseDuration} from './duration';
import {matchRoles, type RequestDraft, type RequestField} from './request';
import type {ReviewerRef} from './reviewers';

export const REQUEST_FORM_CALLBACK_ID = 'teleport_request';
/** Long enough to fill the form in; short because the state is a bearer credential for this user. */
export const REQUEST_FORM_TTL_SECONDS = 30 * 60;

const FIELD = {role: 'role', resources: 'resources', reason: 'reason', reviewers: 'reviewers', maxDuration: 'max_duration'} as const;

/** Mattermost's longest textarea. */
const RESOURCES_MAX_CHARS = 3000;

/** What "Request again" fills in: the earlier request's roles, resources and reason. */
export interface FormPrefill {
  roles: string[];
  resources: ResourceId[];
  reason: string;
}

/** Whole ids, one per line, as many as the field holds; `left` says how many did not fit. */
function resourceLines(ids: ResourceId[]): {text: string; left: number} {
  const lines: string[] = [];
  let length = 0;
  for (const id of ids) {
    const line = formatResourceId(id);
    if (length + line.length + (lines.length > 0 ? 1 : 0) > RESOURCES_MAX_CHARS) break;
    length += line.length + (lines.length > 0 ? 1 : 0);
    lines.push(line);
  }
  return {text: lines.join('\n'), left: ids.length - lines.length};
}

const names = (roles: string[]) => roles.map((r) => code(r)).join(', ');

/**
 * The role select. Its options are the requestable roles; roles asked for before that Teleport
 * still allows (for a resource request: the search_as_roles that reach the resources) are
 * pre-selected as one option whose value is the comma-joined list, so a multi-role request comes
 * back whole on every Mattermost server (no multiselect needed).
 */
function roleSelect(caps: AccessCapabilities, prefill: FormPrefill | undefined): {element: Record<string, unknown> | null; dropped: string[]} {
  const allowed = prefill && prefill.resources.length > 0 ? caps.applicableRolesForResources : caps.requestableRoles;
  const {roles: kept, refused: dropped} = matchRoles(allowed, prefill?.roles ?? []);
  const options = caps.requestableRoles.map((role) => ({text: role, value: role}));
  let selected: string | undefined;
  if (kept.length === 1 && caps.requestableRoles.includes(kept[0] ?? '')) selected = kept[0];
  else if (kept.length > 0) {
    selected = kept.join(',');
    options.unshift({text: `${kept.join(' + ')} (as before)`, value: selected});
  } else if (!prefill?.resources.length && caps.requestableRoles.length === 1) selected = caps.requestableRoles[0];
  if (options.length === 0) return {element: null, dropped};
  const element = {
    display_name: 'Role',
    name: FIELD.role,
    type: 'select',
    options,
    ...(selected !== undefined ? {default: selected} : {}),
    // Optional so that a resource request can leave it to Teleport; readRequestForm wants one or the other.
    optional: true,
    help_text: 'Only roles you may request are listed. With resources, you may leave it empty.',
  };
  return {element, dropped};
}

export function requestForm(input: {teleportUser: string; cluster: string; caps: AccessCapabilities; state: string; prefill?: FormPrefill}): Record<string, unknown> {
  const {caps, prefill} = input;
  const role = roleSelect(caps, prefill);
  // The earlier reason as cards show it: one line, no bidi or zero-width characters (a dialog field is a surface too).
  const reason = cleanUserText(prefill?.reason ?? '').trim();
  const resources = resourceLines(prefill?.resources ?? []);
  // The role's prompt is said once, in full, at the top; the reason field only says whether it is needed.
  const prompt = isBlankUserText(caps.requestPrompt) ? '' : `\n\n**Teleport asks:** ${sanitizeForMarkdown(caps.requestPrompt, 300)}`;
  const notes: string[] = [];
  if (role.dropped.length > 0) notes.push(`Not filled in again: ${names(role.dropped)} (Teleport no longer lets you request ${role.dropped.length === 1 ? 'it' : 'them'}).`);
  if (resources.left > 0)
    notes.push(`${resources.left} more resource${resources.left === 1 ? '' : 's'} did not fit in the form; add them with \`/teleport request --resource …\`.`);
  const said = notes.length > 0 ? `\n\n${notes.join(' ')}` : '';
  return {
    callback_id: REQUEST_FORM_CALLBACK_ID,
    title: 'Request access',
    introduction_text:
      `Request Teleport access as ${code(input.teleportUser)} on ${code(input.cluster)}. ` +
      'Reviewers are notified in Mattermost; you get a direct message with the outcome.' +
      prompt +
      said,
    submit_label: 'Request',
    notify_on_cancel: false,
    state: input.state,
    elements: [
      ...(role.element ? [role.element] : []),
      {
        display_name: 'Resources',
        name: FIELD.resources,
        type: 'textarea',
        optional: true,
        max_length: RESOURCES_MAX_CHARS,
        ...(resources.text ? {default: resources.text} : {}),
        placeholder: RESOURCE_ID_EXAMPLE,
        help_text: 'Optional. Resource ids (tsh request search), one per line or comma-separated.',
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
  const resourceWords = splitResourceList(text(submission[FIELD.resources]));
  const resources = parseResourceList(resourceWords);
  if (!resources.ok) errors.resources = resources.word === '' ? `Too many: ${resources.problem}.` : `${sanitizePlain(resources.word, 60)} ${resources.problem}.`;
  if (role === '' && resourceWords.length === 0) errors.role = 'Pick a role, or list resources below.';
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
  const roles = role
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return ok({roles, resources: resources.ok ? resources.ids : [], reason: reason === '' ? null : reason, reviewers, maxDuration, dryRun: false});
}
