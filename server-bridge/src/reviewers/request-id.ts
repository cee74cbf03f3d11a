/**
 * Request ids as people type and read them. Teleport ids are UUIDs; everywhere the bridge prints
 * one for reading (cards, DMs, `/teleport` answers) it prints the first 8 characters, and
 * wherever it accepts one, any unique prefix of at least 8 characters resolves. Pure.
 */
import {SHORT_ID_LENGTH, shortRequestId} from '@tma/card-contract';
import type {AccessRequest} from '../domain/request';

export {SHORT_ID_LENGTH, shortRequestId};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PREFIX = /^[0-9a-f]{8}[0-9a-f-]{0,28}$/i;

/**
 * Short ids for a list shown together: 8 characters, longer only where two listed ids share their
 * first 8 (so each printed id still resolves to one request).
 */
export function distinctShortIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    let length = SHORT_ID_LENGTH;
    while (length < id.length && ids.some((other) => other !== id && other.startsWith(id.slice(0, length)))) length++;
    // Never end on a dash: it reads as punctuation.
    if (id[length - 1] === '-') length++;
    out.set(id, id.slice(0, length));
  }
  return out;
}

export type RequestIdInput = {kind: 'full'; id: string} | {kind: 'prefix'; prefix: string};

/**
 * A typed id: a whole UUID anywhere in the word (a pasted Web UI link, an id in punctuation), or
 * a prefix of at least 8 characters of one. Null when the word is neither.
 */
export function readRequestIdInput(word: string): RequestIdInput | null {
  const full = UUID.exec(word);
  if (full) return {kind: 'full', id: full[0].toLowerCase()};
  const trimmed = word.replace(/^[`'"(<[]+|[`'")>\].,;:!?]+$/g, '');
  if (PREFIX.test(trimmed)) return {kind: 'prefix', prefix: trimmed.toLowerCase()};
  return null;
}

export type Resolution = {kind: 'found'; request: AccessRequest} | {kind: 'none'} | {kind: 'ambiguous'; matches: AccessRequest[]};

/** Resolves a typed id among `candidates` (only requests the user may see, so answers leak nothing). */
export function resolveRequestId(input: RequestIdInput, candidates: readonly AccessRequest[]): Resolution {
  const matches = candidates.filter((r) => (input.kind === 'full' ? r.id.toLowerCase() === input.id : r.id.toLowerCase().startsWith(input.prefix)));
  const unique = [...new Map(matches.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return {kind: 'none'};
  if (unique.length === 1) return {kind: 'found', request: unique[0]!};
  return {kind: 'ambiguous', matches: unique.sort((a, b) => a.id.localeCompare(b.id))};
}

/** What was typed, as it is echoed back in answers. */
export function inputText(input: RequestIdInput): string {
  return input.kind === 'full' ? input.id : input.prefix;
}
