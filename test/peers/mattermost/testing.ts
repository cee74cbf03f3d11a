/**
 * Test helpers: a local HTTP "integration" (what the bridge is to Mattermost) that records every
 * request it receives and answers with a scripted reply.
 */
import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Post} from '@mattermost/types/posts';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedReply {
  status?: number;
  contentType?: string;
  body?: string | Record<string, unknown>;
}

export interface FakeIntegration {
  url: string;
  received: ReceivedRequest[];
  /** Replaces the reply for the following requests. */
  reply(handler: (req: ReceivedRequest) => ScriptedReply | Promise<ScriptedReply>): void;
  stop(): Promise<void>;
}

export async function startIntegration(): Promise<FakeIntegration> {
  const received: ReceivedRequest[] = [];
  let handler: (req: ReceivedRequest) => ScriptedReply | Promise<ScriptedReply> = () => ({status: 200, body: {}});
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ReceivedRequest = {method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8')};
      received.push(request);
      void Promise.resolve(handler(request)).then((r) => {
        const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
        res.writeHead(r.status ?? 200, {'content-type': r.contentType ?? 'application/json'});
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    reply: (h) => {
      handler = h;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs `fn` and returns the ClientError-like rejection (status_code, server_error_id, message). */
export async function rejection(fn: () => Promise<unknown>): Promise<{status_code?: number; server_error_id?: string; message: string}> {
  try {
    await fn();
  } catch (err) {
    return err as {status_code?: number; server_error_id?: string; message: string};
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

/** A post draft as Client4.createPost takes it (the server fills in the rest). */
export const draft = (post: Omit<Partial<Post>, 'type'> & {type?: string}): Post => post as Post;
