/**
 * The HTTP transport under Client4: node:http(s) with a keep-alive agent instead of the global
 * fetch. Client4 stays the API surface; only the wire underneath changes. Why: the fetch path
 * (undici's WHATWG streams, header validation, body mixins) was the largest single cost of a card
 * in the CPU profile (issue 10), and loading undici on the first fetch cost tens of ms of start-up.
 * No Accept-Encoding is sent, so Mattermost answers uncompressed: on loopback or a LAN, gunzipping
 * every small JSON answer costs more CPU than the bytes it saves.
 */
import http from 'node:http';
import https from 'node:https';
import {isMattermostId} from './port';

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Only the id of the object a success answers with is wanted (see `answeredId`). */
  idOnly?: boolean;
}

export interface TransportResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: {get(name: string): string | null};
  /** Parsed JSON when Mattermost says it is JSON, else the text. */
  data: unknown;
}

export interface HttpTransport {
  request(url: string, req: TransportRequest, timeoutMs: number): Promise<TransportResponse>;
  close(): void;
}

const ID_PREFIX = Buffer.from('{"id":"');
const ID_END = ID_PREFIX.length + 26;

/**
 * The id of the object Mattermost answered with, read from the start of the answer without
 * decoding or parsing the rest; null when the answer does not start that way (then it is parsed
 * whole). Go writes a struct's members in the order they are declared, and Mattermost's models
 * (a post among them) declare Id first. A created post comes back whole, card props included
 * (2.7 KB for a card): parsing it took 1.5% of a card's CPU in a burst (issue 10) for the one
 * member read. The id is copied out of the bytes: a substring of the decoded answer would keep all
 * of it alive as long as the id (V8 slices long substrings), and the id lives in the request's
 * record: 4.5 MiB more resident with 1,000 requests pending.
 */
export function answeredId(body: Buffer): string | null {
  if (body.length < ID_END + 2 || !body.subarray(0, ID_PREFIX.length).equals(ID_PREFIX)) return null;
  // The closing quote, then the next member or the end of the object.
  if (body[ID_END] !== 0x22 || (body[ID_END + 1] !== 0x2c && body[ID_END + 1] !== 0x7d)) return null;
  const id = body.toString('latin1', ID_PREFIX.length, ID_END);
  return isMattermostId(id) ? id : null;
}

export function createHttpTransport(opts: {maxSockets?: number} = {}): HttpTransport {
  // lifo reuses the most recently used connection, so a quiet bridge keeps few sockets warm and
  // the rest time out; the free-socket timeout stays under Mattermost's idle timeout, so a
  // request never lands on a connection the server is closing. Every socket may stay free until
  // then: with fewer free ones allowed than in use, a burst's ebb and flow of calls closed and
  // reopened connections all the time (issue 10: 250 new connections for a burst of 1,000 cards,
  // each a connect and an accept that cost CPU on both sides).
  const maxSockets = opts.maxSockets ?? 64;
  const agentOptions = {keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' as const, timeout: 30_000};
  const agents = {'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions)};

  return {
    request(url, req, timeoutMs) {
      return new Promise<TransportResponse>((resolve, reject) => {
        const target = new URL(url);
        const secure = target.protocol === 'https:';
        const headers: Record<string, string | number> = {...req.headers};
        if (req.body !== undefined) headers['Content-Length'] = Buffer.byteLength(req.body);
        const r = (secure ? https : http).request(target, {method: req.method.toUpperCase(), headers, agent: agents[secure ? 'https:' : 'http:'], timeout: timeoutMs}, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            const type = res.headers['content-type'] ?? '';
            const status = res.statusCode ?? 0;
            const id = req.idOnly && status >= 200 && status < 300 ? answeredId(body) : null;
            const text = id === null ? body.toString('utf8') : '';
            let data: unknown = id === null ? text : {id};
            if (id === null && type.startsWith('application/json') && text !== '') {
              try {
                data = JSON.parse(text);
              } catch {
                reject(new Error(`invalid JSON in the answer (HTTP ${res.statusCode})`));
                return;
              }
            }
            resolve({
              ok: status >= 200 && status < 300,
              status,
              statusText: res.statusMessage ?? '',
              headers: {
                get(name) {
                  const v = res.headers[name.toLowerCase()];
                  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
                },
              },
              data,
            });
          });
        });
        r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        r.on('error', reject);
        r.end(req.body);
      });
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
