// What happens to this plugin's slice of the store (state['plugins-<id>']). The types live in the
// webapp's one store, so they carry the plugin id (manifest.test.ts checks it matches the manifest).
export const CLICK_STARTED = 'dev.accessbridge.teleport/click_started';
export const CLICK_SENT = 'dev.accessbridge.teleport/click_sent';
export const CLICK_FAILED = 'dev.accessbridge.teleport/click_failed';

export type PluginAction =
  | {type: typeof CLICK_STARTED; postId: string; actionId: string}
  /** The server accepted the click; `cardUpdatedAt` is the card it was sent from. */
  | {type: typeof CLICK_SENT; postId: string; actionId: string; cardUpdatedAt: string}
  | {type: typeof CLICK_FAILED; postId: string; actionId: string; message: string};

/** Action types of the Mattermost webapp's own store that this plugin dispatches. */
export const RECEIVED_DIALOG_TRIGGER_ID = 'RECEIVED_DIALOG_TRIGGER_ID';
/** mattermost-redux's PostTypes.RECEIVED_POST: core's store takes `{type, data: post}` as the current post. */
export const RECEIVED_POST = 'RECEIVED_POST';
