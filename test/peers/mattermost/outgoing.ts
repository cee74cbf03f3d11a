/**
 * Requests from the "server" to integrations (action URLs, dialog URLs, slash-command URLs), with
 * the server's timeout (ServiceSettings.OutgoingIntegrationRequestsTimeout) and its untrusted-HTTP
 * rule: loopback and private addresses are refused unless listed in
 * ServiceSettings.AllowedUntrustedInternalConnections (hostnames or IPv4 CIDRs, space/comma separated).
 * Only literal addresses and `localhost` are classified; the peer does no DNS.
 */
import {isIP} from 'node:net';

export interface IntegrationReply {
  status: number;
  contentType: string;
  body: string;
}

export class OutgoingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutgoingError';
  }
}

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0;
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  if (!base || bitsText === undefined || isIP(base) !== 4 || isIP(ip) !== 4) return false;
  const bits = Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (ipv4ToInt(ip) & mask) >>> 0 === (ipv4ToInt(base) & mask) >>> 0;
}

function isInternal(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) {
    return ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '0.0.0.0/8'].some((c) => inCidr(host, c));
  }
  if (isIP(host) === 6) return host === '::1' || host === '::' || /^f[cd]/i.test(host) || /^fe80/i.test(host);
  return false;
}

export function assertAllowedDestination(rawUrl: string, allowedInternal: string): URL {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new OutgoingError(`invalid URL ${JSON.stringify(rawUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutgoingError(`unsupported scheme in ${rawUrl}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!isInternal(host)) return url;
  const allowed = allowedInternal.split(/[\s,]+/).filter(Boolean);
  if (allowed.some((entry) => entry === host || inCidr(host, entry))) return url;
  throw new OutgoingError(`address forbidden, you may need to set AllowedUntrustedInternalConnections to allow an integration access to your internal network (${host})`);
}

export async function callIntegration(
  rawUrl: string,
  init: {body: string; contentType: string; headers?: Record<string, string>; method?: 'POST' | 'GET'},
  timeoutMs: number,
  allowedInternal: string,
): Promise<IntegrationReply> {
  const url = assertAllowedDestination(rawUrl, allowedInternal);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: {Accept: 'application/json', ...(init.method === 'GET' ? {} : {'Content-Type': init.contentType}), ...init.headers},
      body: init.method === 'GET' ? undefined : init.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch (err) {
    const reason = err instanceof Error && err.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : String(err);
    throw new OutgoingError(`request to ${rawUrl} failed: ${reason}`);
  }
  return {status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text()};
}
