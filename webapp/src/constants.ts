// Copies of the bridge's card constants (server-bridge/src/engine/card.ts). They are copied
// rather than imported so that no bridge code ends up in the browser bundle; constants.test.ts
// fails if the two ever disagree.
export const CARD_POST_TYPE = 'custom_teleport_request';
export const CARD_PROPS_KEY = 'teleport_card';
export const CARD_SCHEMA_VERSION = 2;

/** Redux action type Mattermost's webapp watches to open the dialog the bridge requests. */
export const RECEIVED_DIALOG_TRIGGER_ID = 'RECEIVED_DIALOG_TRIGGER_ID';

/** mattermost-redux's PostTypes.RECEIVED_POST: core's store takes `{type, data: post}` as the current post. */
export const RECEIVED_POST = 'RECEIVED_POST';
