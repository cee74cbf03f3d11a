// Action types of the Mattermost webapp's own store that this plugin dispatches (the card's
// constants are the card contract's: @tma/card-contract).
/** Redux action type Mattermost's webapp watches to open the dialog the bridge requests. */
export const RECEIVED_DIALOG_TRIGGER_ID = 'RECEIVED_DIALOG_TRIGGER_ID';

/** mattermost-redux's PostTypes.RECEIVED_POST: core's store takes `{type, data: post}` as the current post. */
export const RECEIVED_POST = 'RECEIVED_POST';
