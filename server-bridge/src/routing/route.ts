/**
 * Where a request's cards go, and which source sent each one. Pure.
 *
 * Precedence, as in Teleport's own plugins: when access monitoring rules for this plugin match the
 * request and name at least one usable recipient, those recipients replace the System Console's
 * role routing for it; otherwise the role routing applies (role, else "*"). The request's
 * suggested reviewers get their DM in both cases (Teleport's plugins drop them when a rule
 * matches; here the requester named them, so they keep seeing the request).
 */
import type {AccessRequest} from '../domain/request';
import {parseRecipient, recipientsFor, type RecipientSpec} from '../card/routing';

export type RouteSource = 'rule' | 'console' | 'suggested';

export interface RoutedRecipient {
  spec: RecipientSpec;
  via: RouteSource;
  /** The rule's name for `rule`. */
  rule?: string;
}

export interface Route {
  recipients: RoutedRecipient[];
  /** Rule recipients that are neither an e-mail, a username nor team/channel. */
  invalid: {rule: string; recipient: string}[];
}

export function routeRequest(
  request: Pick<AccessRequest, 'roles' | 'suggestedReviewers'>,
  matched: readonly {name: string; recipients: readonly string[]}[],
  roleToRecipients: Record<string, string[]>,
): Route {
  const fromRules: RoutedRecipient[] = [];
  const invalid: Route['invalid'] = [];
  const seen = new Set<string>();
  for (const rule of matched) {
    for (const raw of rule.recipients) {
      const spec = parseRecipient(raw);
      if (!spec) {
        invalid.push({rule: rule.name, recipient: raw});
        continue;
      }
      if (seen.has(spec.source)) continue;
      seen.add(spec.source);
      fromRules.push({spec, via: 'rule', rule: rule.name});
    }
  }
  const console: RoutedRecipient[] = [];
  const suggested: RoutedRecipient[] = [];
  for (const spec of recipientsFor(request, roleToRecipients)) {
    if (spec.kind === 'teleport-user') suggested.push({spec, via: 'suggested'});
    else console.push({spec, via: 'console'});
  }
  return {recipients: [...(fromRules.length > 0 ? fromRules : console), ...suggested], invalid};
}
