/**
 * Is this call really Mattermost running our /teleport command? Mattermost sends the per-team
 * command token as `Authorization: Token <t>` and as the `token` form field; the token for the
 * body's team must match. Both sides are hashed first so the comparison takes the same time
 * whatever the length or content of a guess.
 */
import {createHash, timingSafeEqual} from 'node:crypto';
import {fail, ok, type Result} from '../../errors/failure';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Token <t>` header, or null. */
export function headerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^\s*token\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? null;
}

const refused = (detail: string): Result<true> => fail({code: 'callback_unverified', surface: 'command', detail});

/**
 * Every token presented (header and/or body) must equal the team's; at least one is required.
 * A team without a registered command is refused: its token is unknown, so nothing can match.
 */
export function checkCommandToken(tokens: ReadonlyMap<string, string>, teamId: string, authorization: string | undefined, bodyToken: string | undefined): Result<true> {
  const expected = tokens.get(teamId);
  const presented = [headerToken(authorization), bodyToken ?? null].filter((t): t is string => t !== null && t !== '');
  if (presented.length === 0) return refused('no command token');
  // Compare against a dummy when the team is unknown, so unknown and wrong cost the same.
  const against = expected ?? 'no-command-registered-for-this-team';
  const allMatch = presented.map((token) => sameSecret(token, against)).every(Boolean);
  if (expected === undefined) return refused('no /teleport command is registered for this team');
  return allMatch ? ok(true) : refused('command token does not match');
}
