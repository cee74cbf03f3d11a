/**
 * Finds requests as one user may see them: a typed id (whole, or 8+ characters from either end)
 * resolves only among requests that user may see (visibility.ts), so an answer about a request
 * they may not see is exactly the answer about one that does not exist.
 */
import type {AccessRequest} from '../domain/request';
import type {TeleportPort} from '../teleport/port';
import type {PermissionCheck, ReviewerDirectory} from './directory';
import {code} from '../card/sanitize';
import {distinctShortIds, resolveRequestId, shortRequestId, type RequestIdInput} from './request-id';
import {isVisible, relationTo, type Relation} from './visibility';

export interface FinderDeps {
  teleport: Pick<TeleportPort, 'listRequests' | 'getRequest'>;
  reviewers: ReviewerDirectory;
}

export interface Seen {
  request: AccessRequest;
  relation: Relation;
}

export type Lookup = {kind: 'found'; seen: Seen} | {kind: 'not-found'} | {kind: 'ambiguous'; matches: AccessRequest[]};

export const seenBy = (viewer: string, check: PermissionCheck) => (request: AccessRequest) => relationTo(viewer, request, check(request));

/**
 * `check` comes from `ReviewerDirectory.forUser(viewer)`, loaded before anything is looked up, so a
 * failure to read permissions says so the same way whether or not the id exists.
 */
export async function findRequest(deps: Pick<FinderDeps, 'teleport'>, viewer: string, check: PermissionCheck, input: RequestIdInput): Promise<Lookup> {
  const relation = seenBy(viewer, check);
  let candidates: AccessRequest[];
  if (input.kind === 'full') {
    const one = await deps.teleport.getRequest(input.id);
    candidates = one ? [one] : [];
  } else {
    // Teleport has no partial-id filter; every request the bridge sees (pending and resolved) is a candidate.
    candidates = await deps.teleport.listRequests({});
  }
  const visible = candidates.filter((r) => isVisible(relation(r)));
  const resolved = resolveRequestId(input, visible);
  if (resolved.kind === 'none') return {kind: 'not-found'};
  if (resolved.kind === 'ambiguous') return resolved;
  return {kind: 'found', seen: {request: resolved.request, relation: relation(resolved.request)}};
}

/** The one answer for "no such request" and "not yours to see": built from the typed text only. */
export function notFoundText(typed: string): string {
  return `No access request \`${typed.replace(/[`\\]/g, '')}\` found among the requests you can see. It may have expired: Teleport deletes requests that were not reviewed in time. \`/teleport list\` shows yours and those you can review.`;
}

export function ambiguousText(typed: string, matches: AccessRequest[]): string {
  const shown = matches.slice(0, 10);
  const ids = distinctShortIds(shown.map((r) => r.id));
  const lines = shown.map((r) => `- ${code(ids.get(r.id) ?? r.id)} ${r.roles.map(code).join(', ')} by ${code(r.user)} · ${r.state}`);
  const more = matches.length > 10 ? [`- …and ${matches.length - 10} more`] : [];
  return [`\`${typed.replace(/[`\\]/g, '')}\` matches ${matches.length} requests; type more of the id, or the whole id:`, ...lines, ...more].join('\n');
}

export {shortRequestId};
