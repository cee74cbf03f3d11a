/**
 * The bridge's HTTP surface. Mattermost calls /mattermost/* (button clicks, dialog submissions,
 * /teleport); operators and orchestrators call /healthz, /readyz and /metrics. Every Mattermost
 * callback answers 200 with JSON, even on bad input: a non-200 makes Mattermost show a generic
 * failure instead of our specific, private answer.
 */
import {describe} from '../app/errors';
import Fastify from 'fastify';
import type {Logger} from 'pino';
import type {Registry} from 'prom-client';

/** Button clicks, dialog submissions and /teleport: interactions/receiver.ts. */
export interface InteractionReceiver {
  paths(): string[];
  receive(path: string, body: unknown, authorization?: string): Promise<{status: number; body: Record<string, unknown>}>;
}

// Function properties rather than methods: the server calls them detached from the object.
export interface HttpHandlers {
  interactions: InteractionReceiver;
  /** Health details for /readyz and the admin status (no secrets). */
  status: () => {ready: boolean; details: Record<string, unknown>};
}

export async function startHttpServer(opts: {listen: string; handlers: HttpHandlers; registry: Registry; logger: Logger}): Promise<{close(): Promise<void>; url: string}> {
  // No route declares a schema, so Fastify's default compilers (Ajv, fast-json-stringify) would
  // only be loaded at start-up for nothing (issue 10: ~15 ms of a cold start).
  const noSchemas = () => () => {
    throw new Error('the bridge declares no route schemas');
  };
  const server = Fastify({logger: false, bodyLimit: 256 * 1024, schemaController: {compilersFactory: {buildValidator: noSchemas, buildSerializer: noSchemas}}});
  server.addContentTypeParser('application/x-www-form-urlencoded', {parseAs: 'string'}, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // Mattermost's JSON bodies are small; a malformed one still gets a readable answer below.
  server.setErrorHandler((err, req, reply) => {
    opts.logger.warn({path: req.url, err: describe(err)}, 'bad request from Mattermost');
    void reply.code(200).send({ephemeral_text: 'The Teleport bridge could not read this request.', error: {message: 'bad request'}});
  });

  // The receiver answers every call itself (it never throws), so each route only passes it on.
  const interactions = opts.handlers.interactions;
  for (const path of interactions.paths()) {
    server.post(path, async (req, reply) => {
      const answer = await interactions.receive(path, req.body, req.headers.authorization);
      return reply.code(answer.status).send(answer.body);
    });
  }
  server.get('/healthz', async () => ({ok: true}));
  server.get('/readyz', async (_req, reply) => {
    const s = opts.handlers.status();
    return reply.code(s.ready ? 200 : 503).send({ready: s.ready, ...s.details});
  });
  server.get('/metrics', async (_req, reply) => reply.type(opts.registry.contentType).send(await opts.registry.metrics()));

  const [host, port] = splitHostPort(opts.listen);
  const url = await server.listen({host, port});
  return {close: () => server.close(), url};
}

function splitHostPort(listen: string): [string, number] {
  const i = listen.lastIndexOf(':');
  return [listen.slice(0, i), Number(listen.slice(i + 1))];
}
