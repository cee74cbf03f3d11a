/**
 * What a request asks for, in reviewer terms: the resources with their constraints, and how long
 * the access would last (AccessRequestSpecV3 fields 14, 17, 18, 21, 26; see teleport/proto/types.proto).
 */
import type {AccessRequest, ResourceConstraints, ResourceRef} from '../domain/request';
import {durationText, type CardAccess, type CardResource} from '@tma/card-contract';
import {sanitizePlain} from './sanitize';

/** A list of names inside a constraint stays short: the rest is counted, not shown. */
const MAX_NAMES = 5;

export function resourceLabel(resource: Pick<ResourceRef, 'kind' | 'name' | 'subResource'>): string {
  const name = resource.subResource ? `${resource.name}/${resource.subResource}` : resource.name;
  return `${resource.kind}/${name}`;
}

function names(values: string[]): string {
  const shown = values.slice(0, MAX_NAMES).map((v) => sanitizePlain(v, 120));
  const more = values.length - shown.length;
  return more > 0 ? `${shown.join(', ')} +${more} more` : shown.join(', ');
}

export function constraintText(c: ResourceConstraints): string {
  switch (c.kind) {
    case 'ssh':
      return `${c.logins.length === 1 ? 'login' : 'logins'} ${names(c.logins)}`;
    case 'windows_desktop':
      return `Windows ${c.logins.length === 1 ? 'login' : 'logins'} ${names(c.logins)}`;
    case 'aws_console':
      return `AWS ${c.roleArns.length === 1 ? 'role' : 'roles'} ${names(c.roleArns)}`;
    case 'unknown':
      return 'narrowed in a way this bridge cannot show; see Teleport';
  }
}

export function cardResources(resources: ResourceRef[]): CardResource[] {
  return resources.map((r) => ({label: resourceLabel(r), constraint: r.constraints ? constraintText(r.constraints) : null}));
}

/** How long access lasts, in the one duration form ("4h", "4h 30m", "2d 6h"). */
export function spanText(ms: number): string {
  return durationText(ms);
}

const at = (iso: string | null) => (iso ? Date.parse(iso) : Number.NaN);

export function cardAccess(request: Pick<AccessRequest, 'created' | 'accessExpires' | 'maxDuration' | 'sessionTTL' | 'assumeStartTime'>): CardAccess {
  const startsAt = request.assumeStartTime;
  const endsBy = request.maxDuration ?? request.accessExpires;
  const from = at(startsAt ?? request.created);
  const end = at(endsBy);
  const lasts = Number.isFinite(end) && Number.isFinite(from) && end > from ? spanText(end - from) : null;
  // SessionTTL is fixed at creation (now + the roles' max_session_ttl), so it is measured from there.
  // A session limit at or beyond the access end adds nothing a reviewer needs.
  const created = at(request.created);
  const session = at(request.sessionTTL);
  const sessionLasts = Number.isFinite(session) && session > created && (!Number.isFinite(end) || session < end) ? spanText(session - created) : null;
  return {startsAt, endsBy, lasts, sessionLasts};
}
