/**
 * Wires /teleport: registers the command in the configured teams (at start and when the team
 * list changes), keeps each team's command token, and routes Mattermost's calls to the handler.
 */
import type {Logger} from 'pino';
import type {SettingsSource} from '../config/settings';
import type {ClusterInfo} from '../domain/request';
import type {ReviewCapability} from '../card/capability';
import {createCommandHandler} from '../commands/handlers';
import type {BotClient} from '../mattermost/client';
import {ensureTeleportCommand} from '../mattermost/slash-command-registration';
import type {MattermostPort} from '../mattermost/port';
import type {ReviewHandlers} from '../reviews/handlers';
import type {IdentityMapper} from '../reviews/mapping';
import type {CredentialSource} from '../teleport/credential-source';
import type {TeleportPort} from '../teleport/port';
import {createReviewerDirectory} from '../reviewers/directory';
import {decodeRecord} from '../requests/record';
import type {CardLinkDeps} from '../reviewers/card-link';

export interface CommandSurface {
  register(): Promise<void>;
  command(body: unknown, authorization: string | undefined): Promise<{status: number; body: Record<string, unknown>}>;
  dialog(body: unknown): Promise<Record<string, unknown>>;
  close(): void;
}

function cardLinksOf(deps: {teleport: TeleportPort; mattermost: MattermostPort; pluginName?: string; siteUrl?: string}): {cardLinks: CardLinkDeps} | null {
  const {pluginName, siteUrl} = deps;
  if (!pluginName || !siteUrl) return null;
  return {cardLinks: {mattermost: deps.mattermost, siteUrl, cardPosts: async (requestId) => decodeRecord(await deps.teleport.getPluginData(requestId, pluginName)).posts}};
}

export function createCommandSurface(deps: {
  teleport: TeleportPort;
  mattermost: MattermostPort;
  botClient: BotClient;
  settings: SettingsSource & {onChange(l: () => void): void};
  cluster: () => ClusterInfo;
  capability: () => ReviewCapability;
  mapper: IdentityMapper;
  reviews: ReviewHandlers;
  secret: Buffer;
  publicUrl: string;
  logger: Logger;
  credentials: CredentialSource;
  /** Plugin data name (the bridge's record of card posts) and Mattermost's site URL: `list` links cards. */
  pluginName?: string;
  siteUrl?: string;
}): CommandSurface {
  const log = deps.logger.child({component: 'commands'});
  let tokens = new Map<string, string>();
  let registeredFor = '';
  const handler = createCommandHandler({
    teleport: deps.teleport,
    mattermost: deps.mattermost,
    settings: deps.settings,
    cluster: deps.cluster,
    capability: deps.capability,
    mapper: deps.mapper,
    reviews: deps.reviews,
    secret: deps.secret,
    publicUrl: deps.publicUrl,
    logger: log,
    commandTokens: () => tokens,
    reviewers: createReviewerDirectory({teleport: deps.teleport}),
    ...(cardLinksOf(deps) ?? {}),
    bridgeCertExpiry: () => deps.credentials.current().notAfter,
    // Read when asked: the bridge may start before its credentials file is usable.
    get bridgeUser() {
      try {
        return deps.credentials.current().user;
      } catch {
        return '';
      }
    },
  });

  const register = async (): Promise<void> => {
    const names = deps.settings.current().commandTeams;
    // Names go straight through: ensureTeleportCommand resolves them (and logs the unknown ones),
    // so a typo never widens registration to every team.
    tokens = await ensureTeleportCommand(deps.botClient, {teamIds: names, url: `${deps.publicUrl}/mattermost/command`, logger: log});
    registeredFor = names.join(',');
    log.info({teams: tokens.size}, '/teleport registered');
  };
  // New teams appear rarely; re-registering on a timer catches them without a websocket.
  const timer = setInterval(() => void register().catch((err: unknown) => log.warn({err: (err as Error).message}, '/teleport re-registration failed')), 600_000);
  timer.unref();
  deps.settings.onChange(() => {
    if (deps.settings.current().commandTeams.join(',') !== registeredFor) void register().catch(() => undefined);
  });

  return {
    register,
    command: async (body, authorization) => {
      const r = await handler.command(body, authorization);
      return {status: r.status, body: r.body};
    },
    dialog: (body) => handler.dialog(body),
    close: () => clearInterval(timer),
  };
}
