/**
 * The Teleport Web UI page of a request, wherever the bridge shows one (card, DMs, reminders,
 * link-only answers to a click). Community Edition has no review page in the Web UI, so there is
 * no link there and the tsh commands are the way (as Teleport's own plugins do).
 */
import type {Settings} from '../config/settings';
import type {ClusterInfo} from '../domain/request';

export function requestWebLink(
  cluster: Pick<ClusterInfo, 'advancedAccessWorkflows' | 'proxyPublicAddr'>,
  settings: Pick<Settings, 'webProxyAddr'>,
  requestId: string,
): string | null {
  if (!cluster.advancedAccessWorkflows) return null;
  // The System Console's address wins: the cluster's public address may be internal-only.
  const base = (settings.webProxyAddr || cluster.proxyPublicAddr).trim().replace(/\/+$/, '');
  if (!base) return null;
  // The default HTTPS port adds nothing to a link a person reads.
  const withScheme = /^https?:\/\//.test(base) ? base : `https://${base.replace(/:443$/, '')}`;
  return `${withScheme}/web/requests/${encodeURIComponent(requestId)}`;
}
