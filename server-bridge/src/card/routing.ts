/**
 * Who gets a card: role_to_recipients for each requested role (falling back to `*`), plus the
 * request's suggested reviewers as DMs. Pure: lookups and channel de-duplication happen in app/.
 */
import type {AccessRequest} from '../domain/request';

export type RecipientSpec =
  | {kind: 'channel'; team: string; channel: string; source: string}
  | {kind: 'user'; email: string; source: string}
  | {kind: 'user'; username: string; source: string}
  | {kind: 'teleport-user'; teleportUser: string; source: string};

export function parseRecipient(raw: string): RecipientSpec | null {
  const spec = raw.trim();
  if (!spec) return null;
  const slash = spec.indexOf('/');
  if (slash > 0) {
    const team = spec.slice(0, slash).trim();
    const channel = spec.slice(slash + 1).trim();
    if (!team || !channel || channel.includes('/')) return null;
    return {kind: 'channel', team, channel, source: spec};
  }
  if (spec.includes('@')) return {kind: 'user', email: spec.toLowerCase(), source: spec};
  return {kind: 'user', username: spec.replace(/^@/, '').toLowerCase(), source: spec};
}

export function recipientsFor(request: Pick<AccessRequest, 'roles' | 'suggestedReviewers'>, roleToRecipients: Record<string, string[]>): RecipientSpec[] {
  const raw = new Set<string>();
  for (const role of request.roles) {
    for (const r of roleToRecipients[role] ?? roleToRecipients['*'] ?? []) raw.add(r);
  }
  const specs: RecipientSpec[] = [];
  for (const r of raw) {
    const spec = parseRecipient(r);
    if (spec) specs.push(spec);
  }
  // Suggested reviewers are Teleport user names; app/ maps them to Mattermost users
  // (trait first, then e-mail or username).
  const seen = new Set<string>();
  for (const reviewer of request.suggestedReviewers) {
    const name = reviewer.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    specs.push({kind: 'teleport-user', teleportUser: name, source: `suggested reviewer ${name}`});
  }
  return specs;
}
