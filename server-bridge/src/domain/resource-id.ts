/**
 * Teleport's resource id text, as `tsh request create --resource` takes it and `tsh request search`
 * prints it: `/<cluster>/<kind>/<name>[/<sub-resource>]` (Teleport's ResourceIDFromString and
 * ResourceIDToString). Pure. The bridge checks the shape only; whether the user may request the
 * resource is Teleport's call.
 */
import {z} from 'zod';
import type {ResourceId} from './request';

/** Teleport refuses more per request (maxResourcesPerRequest). */
export const MAX_RESOURCES_PER_REQUEST = 300;
/** Longest id text accepted (Teleport's maxResourcesLength). */
export const MAX_RESOURCE_ID_CHARS = 2048;

export const RESOURCE_ID_EXAMPLE = '/teleport.example.com/node/web-1';

/** node, db, app, kube_cluster, windows_desktop, kube:ns:pods, saml_idp_service_provider, … */
const KIND = /^[a-z][a-z0-9_:.-]*$/;
// No whitespace, control characters or commas: lists are split on them.
const SEGMENT = /^[^\s\p{Cc},]+$/u;

const text = z
  .string()
  .max(MAX_RESOURCE_ID_CHARS, {error: `is longer than ${MAX_RESOURCE_ID_CHARS} characters`})
  .transform((raw, ctx): ResourceId => {
    const expected = `expected /<cluster>/<kind>/<name>, e.g. ${RESOURCE_ID_EXAMPLE} (as \`tsh request search\` prints it)`;
    if (!raw.startsWith('/')) {
      ctx.addIssue({code: 'custom', message: `does not start with "/"; ${expected}`});
      return z.NEVER;
    }
    const [cluster = '', kind = '', name = '', ...sub] = raw.slice(1).split('/');
    if (cluster === '' || kind === '' || name === '' || sub.some((s) => s === '')) {
      ctx.addIssue({code: 'custom', message: `has an empty part; ${expected}`});
      return z.NEVER;
    }
    if (![cluster, kind, name, ...sub].every((s) => SEGMENT.test(s))) {
      ctx.addIssue({code: 'custom', message: 'contains a space, a comma or a control character'});
      return z.NEVER;
    }
    if (!KIND.test(kind)) {
      ctx.addIssue({code: 'custom', message: `has kind "${kind}"; a kind is lower case, like node, db, app, kube_cluster or windows_desktop`});
      return z.NEVER;
    }
    return {cluster, kind, name, subResource: sub.join('/')};
  });

export type ParsedResourceId = {ok: true; id: ResourceId} | {ok: false; problem: string};

/** One id; `problem` says what is wrong with it (without echoing it). */
export function parseResourceId(raw: string): ParsedResourceId {
  const parsed = text.safeParse(raw.trim());
  if (parsed.success) return {ok: true, id: parsed.data};
  return {ok: false, problem: parsed.error.issues[0]?.message ?? 'is not a resource id'};
}

/** Teleport's ResourceIDToString. */
export function formatResourceId(id: ResourceId): string {
  const base = `/${id.cluster}/${id.kind}/${id.name}`;
  return id.subResource === '' ? base : `${base}/${id.subResource}`;
}

export const sameResourceId = (a: ResourceId, b: ResourceId): boolean => a.cluster === b.cluster && a.kind === b.kind && a.name === b.name && a.subResource === b.subResource;

/** The words of a list typed by hand: one per line, or separated by commas or spaces. */
export function splitResourceList(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w !== '');
}

export type ParsedResourceList = {ok: true; ids: ResourceId[]} | {ok: false; word: string; problem: string};

/** Every id of the list, duplicates dropped; the first bad word and what is wrong with it otherwise. */
export function parseResourceList(words: string[]): ParsedResourceList {
  const ids: ResourceId[] = [];
  for (const word of words) {
    const parsed = parseResourceId(word);
    if (!parsed.ok) return {ok: false, word, problem: parsed.problem};
    if (!ids.some((id) => sameResourceId(id, parsed.id))) ids.push(parsed.id);
  }
  if (ids.length > MAX_RESOURCES_PER_REQUEST)
    return {ok: false, word: '', problem: `more than ${MAX_RESOURCES_PER_REQUEST} resources; Teleport takes at most that many per request`};
  return {ok: true, ids};
}
