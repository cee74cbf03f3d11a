/**
 * `scripts/sandbox.sh` ends here: starts the sandbox, prints the one URL to open, and stops
 * everything on Ctrl-C (SIGINT) or SIGTERM.
 *
 *   node --import tsx test/sandbox/main.ts [--port 8065]     (SANDBOX_PORT works too)
 */
import {parseArgs} from 'node:util';

import {REQUEST_COMMAND, startSandbox} from './sandbox';

const DEFAULT_PORT = 8065;

function portFrom(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number 0-65535, got "${raw}"`);
  return port;
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {port: {type: 'string'}}});
  const wanted = portFrom(values.port) ?? portFrom(process.env.SANDBOX_PORT) ?? DEFAULT_PORT;
  process.stdout.write('Starting the in-repo Teleport and Mattermost peers and the bridge…\n');
  let sandbox;
  try {
    sandbox = await startSandbox({port: wanted});
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    process.stdout.write(`Port ${wanted} is taken; using a free one.\n`);
    sandbox = await startSandbox({port: 0, build: 'never'});
  }
  const {url} = sandbox;
  process.stdout.write(
    [
      '',
      `  Sandbox ready:  ${url}`,
      '',
      '  You are @bob in ~access-requests. Switch to @alice, @ivan or the System Console at the top.',
      `  As bob, press Send to run: ${REQUEST_COMMAND}`,
      '  As alice and ivan, click Approve (or Deny: it asks for a reason) on the card.',
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the sandbox…\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    sandbox
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        process.stderr.write(`stopping failed: ${String(err)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('Ctrl-C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`sandbox failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
