/**
 * Human durations for `--max-duration`: "4h", "90m", "1h30m", "2d", Go-style "1h30m0s", with
 * optional spaces ("1h 30m") and long unit names ("4 hours"). Anything else is an error that
 * quotes the value, because a silently misread duration grants the wrong access window.
 */

import {fail, ok, type Result} from '../../errors/failure';
import {lookup} from './lookup';

/** Milliseconds, or what is wrong with the text (shown under the form field or after the command). */
export type DurationResult = Result<number>;

const bad = (text: string): DurationResult => fail({code: 'invalid_input', field: 'max_duration', text});

const UNIT_MS: Record<string, number> = {
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hrs: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
  w: 604_800_000,
  week: 604_800_000,
  weeks: 604_800_000,
};

/** Teleport caps access far below this; the bound only keeps Date arithmetic meaningful. */
export const MAX_DURATION_MS = 366 * 86_400_000;

const EXAMPLES = 'e.g. 4h, 90m, 1h30m or 2d';

export function parseDuration(input: string): DurationResult {
  const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
  const text = input.trim().toLowerCase();
  if (text === '') return bad(`Bad duration "": expected a duration, ${EXAMPLES}.`);
  const part = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
  let total = 0;
  let consumed = 0;
  let match: RegExpExecArray | null;
  while ((match = part.exec(text)) !== null) {
    const [, amount, unit] = match;
    const unitMs = lookup(UNIT_MS, unit ?? '');
    if (unitMs === undefined) {
      return bad(`Bad duration "${shown}": unknown unit "${unit}" (use d, h, m or s; ${EXAMPLES}).`);
    }
    total += Number(amount) * unitMs;
    consumed = part.lastIndex;
  }
  if (consumed !== text.length) {
    const hint = /^\d+(\.\d+)?$/.test(text) ? ` A unit is needed: did you mean ${text}h?` : '';
    return bad(`Bad duration "${shown}": expected a duration, ${EXAMPLES}.${hint}`);
  }
  if (!(total > 0)) return bad(`Bad duration "${shown}": must be longer than zero.`);
  if (total > MAX_DURATION_MS) return bad(`Bad duration "${shown}": at most 366 days.`);
  return ok(Math.round(total));
}
