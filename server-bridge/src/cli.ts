/**
 * teleport-mattermost-bridge configure | start [-c file] [-d] | version
 * Shaped like Teleport's own access plugins' CLIs.
 */
import {ConfigError, loadBridgeConfig} from './config/bridge-config';
import {EXAMPLE_CONFIG} from './config/example';
import {IdentityError} from './teleport/identity';

export const VERSION = '0.1.0';
const DEFAULT_CONFIG = '/etc/teleport-mattermost-bridge.toml';

const USAGE = `usage: teleport-mattermost-bridge <command>

commands:
  configure              print a commented example configuration
  start [-c FILE] [-d]   run the bridge (default config ${DEFAULT_CONFIG}; -d: debug logs)
  version                print the version
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'configure':
      process.stdout.write(EXAMPLE_CONFIG);
      return 0;
    case 'version':
    case '--version':
      process.stdout.write(`teleport-mattermost-bridge v${VERSION}\n`);
      // The build writes V8's code cache after this run (build/launcher.mjs). Loading the bridge's
      // modules here puts their compiled top levels in it too; without them every start compiled
      // them from source (in-repo peers: cold start to watching 268 → 250 ms). A dry start and stop
      // against absent peers added nothing measurable on top, so it is not done.
      if (process.env['TMA_WRITE_CODE_CACHE'] === '1') await import('./app/bridge');
      return 0;
    case 'start':
      return start(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

async function start(args: string[]): Promise<number> {
  let file = DEFAULT_CONFIG;
  let debug = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-c' || a === '--config') file = args[++i] ?? '';
    else if (a.startsWith('--config=')) file = a.slice('--config='.length);
    else if (a === '-d' || a === '--debug') debug = true;
    else {
      process.stderr.write(`start: unknown flag ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!file) {
    process.stderr.write('start: -c needs a file\n');
    return 2;
  }
  let config = loadBridgeConfig(file);
  if (debug) config = {...config, log: {level: 'debug'}};
  // Loaded here, not at the top: `version` and `configure` need none of the bridge's modules.
  const {startBridge} = await import('./app/bridge');
  const bridge = await startBridge(config, {version: VERSION});
  bridge.logger.info({url: bridge.url, version: VERSION}, 'bridge started');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bridge.logger.info({signal}, 'draining work in flight, then stopping');
    await bridge.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => {
    // Connection settings (addresses, secrets) are read at start; SIGHUP re-reads what can change
    // live: the identity files and the System Console settings. Anything else needs a restart.
    bridge.logger.info('SIGHUP: reloading settings');
    void bridge.settings.refresh();
  });
  return new Promise<number>(() => undefined);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof IdentityError) {
      process.stderr.write(`teleport-mattermost-bridge: ${err.message}\n`);
      process.exit(78); // EX_CONFIG: systemd will not restart-loop on a configuration error
    }
    process.stderr.write(`teleport-mattermost-bridge: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
