/**
 * The items of `/teleport`'s dynamic autocomplete lists, from the same answers `/teleport request`
 * and `/teleport list` give: the roles Teleport lets the user request, and the requests the user
 * may review (or, for `show`, also their own). Pure; the endpoint does the reads. Mattermost shows
 * `Item` (what gets typed), `Hint` beside it and `HelpText` under it, all as plain text.
 */
import {sanitizePlain} from '../../card/sanitize';
import {summarize, thresholdProgress} from '../../card/progress';
import type {AccessRequest} from '../../domain/request';
import type {RequestList} from '../../reviewers/request-list';
import {distinctShortIds} from '../../reviewers/request-id';
import type {AccessCapabilities} from '../../teleport/port';
import type {AutocompleteListItem} from './tree';

/** Mattermost's suggestion list is one line per item; longer texts are cut with "…". */
const HINT_MAX = 60;
const HELP_MAX = 120;

export function roleItems(caps: AccessCapabilities): AutocompleteListItem[] {
  const needs = caps.requireReason ? 'you may request it; a reason is required' : 'you may request it';
  return caps.requestableRoles.map((role) => ({Item: sanitizePlain(role, HINT_MAX), Hint: 'role', HelpText: needs}));
}

function requestHelp(r: AccessRequest, own: boolean): string {
  const s = summarize(thresholdProgress(r));
  const who = own ? 'your request' : `by ${r.user}`;
  const reason = r.reason.trim() === '' ? '' : ` · ${r.reason}`;
  return sanitizePlain(`${who} · ${r.state.toLowerCase()} · approvals ${s.approvals}/${s.approvalsNeeded}${reason}`, HELP_MAX);
}

/**
 * `review`: the pending requests the user may review (approve/deny). `show`: those and the user's
 * own recent requests. Ids are printed as in `/teleport list`: 8 characters, longer only where two
 * listed requests share them.
 */
export function requestItems(list: RequestList, which: 'review' | 'show'): AutocompleteListItem[] {
  const shown = which === 'review' ? list.toReview : [...list.toReview, ...list.own.filter((o) => !list.toReview.some((t) => t.request.id === o.request.id))];
  const ids = distinctShortIds([...list.toReview, ...list.own].map((i) => i.request.id));
  return shown.map(({request, relation}) => ({
    Item: ids.get(request.id) ?? request.id,
    Hint: sanitizePlain(request.roles.join(', '), HINT_MAX),
    HelpText: requestHelp(request, relation === 'requester'),
  }));
}

/**
 * Why a list is empty when it is not the user's doing (no Teleport mapping, Teleport unreachable):
 * one item with nothing to type, so Mattermost shows the explanation until the user types.
 */
export function noticeItem(text: string): AutocompleteListItem {
  return {Item: '', Hint: '', HelpText: sanitizePlain(text, HELP_MAX)};
}
