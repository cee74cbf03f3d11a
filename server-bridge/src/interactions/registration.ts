/**
 * Keeps `/teleport` registered in the configured teams (at start, when the team list changes, and
 * every ten minutes for teams that appeared) and remembers each team's command token, which the
 * receiver checks on every call.
 */
import {describe} from '../app/errors';
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {BotClient} from '../mattermost/client';
import {ensureTeleportCommand} from '../mattermost/slash-command-registration';
import {COMMAND_PATH} from './receiver';

export interface CommandRegistration {
  register(): Promise<void>;
  /** team id → the command token Mattermost sends for that team (a function property: passed on detached). */
  tokens: () => ReadonlyMap<string, string>;
  close(): void;
}

/** New teams appear rarely; re-registering on a timer catches them without a websocket. */
const REREGISTER_MS = 600_000;

export function keepCommandRegistered(opts: {
  botClient: BotClient;
  settings: SettingsSource & {onChange(l: () => void): void};
  publicUrl: string;
  logger: Logger;
}): CommandRegistration {
  const log = opts.logger.child({component: 'commands'});
  let tokens: ReadonlyMap<string, string> = new Map();
  let registeredFor = '';

  const register = async (): Promise<void> => {
    const names = opts.settings.current().commandTeams;
    // Names go straight through: ensureTeleportCommand resolves them (and logs the unknown ones),
    // so a typo never widens registration to every team.
    tokens = await ensureTeleportCommand(opts.botClient, {teamIds: names, url: `${opts.publicUrl}${COMMAND_PATH}`, logger: log});
    registeredFor = names.join(',');
    log.info({teams: tokens.size}, '/teleport registered');
  };
  const timer = setInterval(() => void register().catch((err: unknown) => log.warn({err: describe(err)}, '/teleport re-registration failed')), REREGISTER_MS);
  timer.unref();
  opts.settings.onChange(() => {
    if (opts.settings.current().commandTeams.join(',') !== registeredFor)
      void register().catch((err: unknown) => log.warn({err: describe(err)}, '/teleport re-registration failed'));
  });
  return {register, tokens: () => tokens, close: () => clearInterval(timer)};
}
