/** Config, plugins and ping (api4/config.go, api4/plugin.go, api4/system.go subset). */
import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import type {PeerContext} from '../context';
import {authenticate, parseBody, sendJson} from '../http';
import type {PeerConfig} from '../state';

const configBody = z
  .object({
    ServiceSettings: z.record(z.string(), z.unknown(), 'expected an object').optional(),
    PluginSettings: z
      .object({
        Plugins: z.record(z.string(), z.record(z.string(), z.unknown()), 'expected plugin id → settings object').optional(),
        PluginStates: z.record(z.string(), z.object({Enable: z.boolean()}), 'expected plugin id → {Enable}').optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function registerSystemRoutes(app: FastifyInstance, {state, events}: PeerContext): void {
  app.get('/api/v4/system/ping', async (_request, reply) => sendJson(reply, 200, {status: 'OK', ActiveSearchBackend: 'database'}));

  const clientConfig = () => ({
    Version: '10.11.0',
    BuildNumber: 'in-repo-peer',
    SiteURL: state.config.ServiceSettings.SiteURL,
    PluginsEnabled: 'true',
  });
  app.get('/api/v4/config/client', async (_request, reply) => sendJson(reply, 200, clientConfig()));

  // Needs a sysconsole read permission; only system_admin has one on an unlicensed server.
  app.get('/api/v4/config', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'sysconsole_read_plugins');
    return sendJson(reply, 200, state.config);
  });

  /** Every save tells every client, with the client config only (never plugin values). */
  const saved = () => events.broadcast('config_changed', {config: clientConfig()});

  // Whole-config replace, as PUT /config does; sections left out keep their values here.
  app.put('/api/v4/config', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'manage_system');
    const body = parseBody(configBody, request.body, 'config');
    const next = structuredClone<PeerConfig>(state.config);
    for (const [section, value] of Object.entries(body)) {
      if (section === 'PluginSettings' || section === 'ServiceSettings') continue;
      next[section] = value;
    }
    if (body.ServiceSettings) {
      // SiteURL is where the peer listens; tests cannot move it.
      next.ServiceSettings = {...next.ServiceSettings, ...body.ServiceSettings, SiteURL: next.ServiceSettings.SiteURL};
    }
    if (body.PluginSettings) next.PluginSettings = {...next.PluginSettings, ...body.PluginSettings};
    state.config = next;
    saved();
    return sendJson(reply, 200, state.config);
  });

  // What the System Console's Save sends (schema_admin_settings.tsx patchConfig): the sections it
  // names are merged key by key, except that a plugin's settings map is REPLACED whole, as
  // Mattermost 11.4 does (a key left out of the patch is gone afterwards).
  app.put('/api/v4/config/patch', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'manage_system');
    const body = parseBody(configBody, request.body, 'config');
    const next = structuredClone<PeerConfig>(state.config);
    for (const [section, value] of Object.entries(body)) {
      if (section === 'PluginSettings' || section === 'ServiceSettings') continue;
      const before = next[section];
      next[section] = isObject(before) && isObject(value) ? {...before, ...value} : value;
    }
    if (body.ServiceSettings) next.ServiceSettings = {...next.ServiceSettings, ...body.ServiceSettings, SiteURL: next.ServiceSettings.SiteURL};
    if (body.PluginSettings) {
      const {Plugins, PluginStates, ...rest} = body.PluginSettings;
      next.PluginSettings = {
        ...next.PluginSettings,
        ...rest,
        Plugins: {...next.PluginSettings.Plugins, ...(Plugins ?? {})},
        PluginStates: {...next.PluginSettings.PluginStates, ...(PluginStates ?? {})},
      };
    }
    state.config = next;
    saved();
    return sendJson(reply, 200, state.config);
  });

  app.get('/api/v4/plugins', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'sysconsole_read_plugins');
    const all = [...state.plugins.values()];
    return sendJson(reply, 200, {
      active: all.filter((p) => p.active).map((p) => p.manifest),
      inactive: all.filter((p) => !p.active).map((p) => p.manifest),
    });
  });

  app.get('/api/v4/plugins/statuses', async (request, reply) => {
    const me = authenticate(state, request);
    state.requireSystemAdmin(me, 'sysconsole_read_plugins');
    return sendJson(
      reply,
      200,
      [...state.plugins.values()].map((p) => ({
        plugin_id: p.manifest.id,
        cluster_id: '',
        plugin_path: `./plugins/${p.manifest.id}`,
        state: p.active ? 2 : 0,
        name: p.manifest.name,
        description: p.manifest.description ?? '',
        version: p.manifest.version,
      })),
    );
  });
}
