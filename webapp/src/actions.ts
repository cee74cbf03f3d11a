// Clicking Approve or Deny on a card.
import {RECEIVED_DIALOG_TRIGGER_ID} from './constants';
import {doPostAction} from './client';
import type {PluginStore} from './mattermost_types';
import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED} from './reducer';
import {clickOf, siteUrlOf} from './selectors';

export async function clickAction(store: PluginStore, postId: string, actionId: string, cardUpdatedAt: string): Promise<void> {
  // Read and mark synchronously so a double click (or Approve then Deny) sends one request.
  if (clickOf(store.getState(), postId)?.phase === 'in_flight') return;
  store.dispatch({type: CLICK_STARTED, postId, actionId});
  const result = await doPostAction(siteUrlOf(store.getState()), postId, actionId);
  if (!result.ok) {
    store.dispatch({type: CLICK_FAILED, postId, actionId, message: result.message});
    return;
  }
  if (result.triggerId) {
    // Core opens the bridge's dialog (Deny asks for a reason) only for the trigger id it was
    // told about, exactly as mattermost-redux's doPostAction does.
    store.dispatch({type: RECEIVED_DIALOG_TRIGGER_ID, data: result.triggerId});
  }
  store.dispatch({type: CLICK_SENT, postId, actionId, cardUpdatedAt});
}
