/**
 * Request ids as people type and read them. Teleport ids are UUIDs; everywhere the bridge prints
 * one for reading (cards, DMs, `/teleport` answers) it prints the last 8 characters
 * (`shortRequestId`), and wherever it accepts one, any unique prefix or suffix of at least 8
 * characters resolves: the tail the bridge prints, and the head that cards printed before
 * (and that people copy from Teleport's own UI). Pure.
 */
import {SHORT_ID_LENGTH, shortRequestId} from '@tma/card-contract';
import type {AccessRequest} from '../domain/request';
import {byCodeUnits} from '../domain/order';

export {SHORT_ID_LENGTH, shortRequestId};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Part of a UUID: hex and dashes, starting and ending on a digit, at most a whole id long. */
const FRAGMENT = /^[0-9a-f][0-9a-f-]{0,34}[0-9a-f]$/i;

/** True when `fragment` reads as `id`'s start or end, which is how ids are shown and typed. */
function fragmentOf(id: string, fragment: string): boolean {
  return id.startsWith(fragment) || id.endsWith(fragment);
}

/**
 * Short ids for a list shown together: the last 8 characters, more (towards the front) only where
 * the printed tail would also match another listed id, so each printed id resolves to one request.
 */
export function distinctShortIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    const others = ids.filter((other) => other !== id);
    let length = Math.min(SHORT_ID_LENGTH, id.length);
    while (length < id.length && others.some((other) => fragmentOf(other, id.slice(-length)))) length++;
    // Never start on a dash: it reads as punctuation.
    if (id[id.length - length] === '-') length++;
    out.set(id, id.slice(-length));
  }
  return out;
}

export type RequestIdInput = {kind: 'full'; id: string} | {kind: 'fragment'; fragment: string};

/**
 * A typed id: a whole UUID anywhere in the word (a pasted Web UI link, an id in punctuation), or
 * 8 or more of its hex digits from either end. Null when the word is neither.
 */
export function readRequestIdInput(word: string): RequestIdInput | null {
  const full = UUID.exec(word);
  if (full) return {kind: 'full', id: full[0].toLowerCase()};
  const trimmed = word.replace(/^[`'"(<[]+|[`'")>\].,;:!?]+$/g, '');
  const digits = trimmed.replace(/-/g, '').length;
  if (FRAGMENT.test(trimmed) && digits >= SHORT_ID_LENGTH) return {kind: 'fragment', fragment: trimmed.toLowerCase()};
  return null;
}

export type Resolution = {kind: 'found'; request: AccessRequest} | {kind: 'none'} | {kind: 'ambiguous'; matches: AccessRequest[]};

/** Resolves a typed id among `candidates` (only requests the user may see, so answers leak nothing). */
export function resolveRequestId(input: RequestIdInput, candidates: readonly AccessRequest[]): Resolution {
  const matches = candidates.filter((r) => {
    const id = r.id.toLowerCase();
    return input.kind === 'full' ? id === input.id : fragmentOf(id, input.fragment);
  });
  const unique = [...new Map(matches.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return {kind: 'none'};
  if (unique.length === 1) return {kind: 'found', request: unique[0]!};
  return {kind: 'ambiguous', matches: unique.sort((a, b) => byCodeUnits(a.id, b.id))};
}

/** What was typed, as it is echoed back in answers. */
export function inputText(input: RequestIdInput): string {
  return input.kind === 'full' ? input.id : input.fragment;
}
