// The plugin id and version come from the one manifest the server reads, so the id under
// which we register (and therefore `state['plugins-<id>']`) can never drift from it.
import manifestJson from '../../plugin.json';

export const PLUGIN_ID: string = manifestJson.id;
export const PLUGIN_VERSION: string = manifestJson.version;
/** Where Mattermost mounts our registered reducer. */
export const PLUGIN_STATE_KEY = `plugins-${PLUGIN_ID}`;
