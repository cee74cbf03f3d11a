/**
 * The bridge's HTTP surface. Mattermost calls /mattermost/* (button clicks, dialog submissions,
 * /teleport); operators and orchestrators call /healthz, /readyz and /metrics. Every Mattermost
 * callback answers 200 with JSON, even on bad input: a non-200 makes Mattermost show a generic
 * failure instead of our specific, private answer.
 */
import Fastify from 'fastify';
import type {Logger} from 'pino';
import type {Registry} from 'prom-client';

// Function properties rather than methods: the server calls them detached from the object.
export interface HttpHandlers {
  action: (body: unknown) => Promise<Record<string, unknown>>;
  dialog: (body: unknown) => Promise<Record<string, unknown>>;
  command: (body: unknown, authorization: string | undefined) => Promise<{status: number; body: Record<string, unknown>}>;
  commandDialog: (body: unknown) => Promise<Record<string, unknown>>;
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
    opts.logger.warn({path: req.url, err: err instanceof Error ? err.message : String(err)}, 'bad request from Mattermost');
    void reply.code(200).send({ephemeral_text: 'The Teleport bridge could not read this request.', error: {message: 'bad request'}});
  });

  const safe = (name: string, fn: (body: unknown) => Promise<Record<string, unknown>>) => async (body: unknown) => {
    try {
      return await fn(body);
    } catch (err) {
      opts.logger.error({handler: name, err: (err as Error).message}, 'handler failed');
      return {ephemeral_text: 'Something went wrong in the Teleport bridge; please try again. If it persists, tell your administrator.'};
    }
  };
  const action = safe('action', opts.handlers.action);
  const dialog = safe('dialog', opts.handlers.dialog);
  const commandDialog = safe('command-dialog', opts.handlers.commandDialog);

  server.post('/mattermost/action', async (req) => action(req.body));
  server.post('/mattermost/dialog', async (req) => dialog(req.body));
  server.post('/mattermost/command-dialog', async (req) => commandDialog(req.body));
  server.post('/mattermost/command', async (req, reply) => {
    try {
      const r = await opts.handlers.command(req.body, req.headers.authorization);
      return reply.code(r.status).send(r.body);
    } catch (err) {
      opts.logger.error({handler: 'command', err: (err as Error).message}, 'handler failed');
      return reply.code(200).send({response_type: 'ephemeral', text: 'Something went wrong in the Teleport bridge; please try again.'});
    }
  });
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
