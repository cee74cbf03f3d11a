// Client-only state of the plugin, mounted by Mattermost at state['plugins-<id>']: what the
// viewer clicked on which card and how that went. Everything else comes from the post.
import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED, type PluginAction} from './action_types';

/** One click per post at a time: while one is in flight every other click on that card is ignored. */
export type ClickState =
  | {phase: 'in_flight'; actionId: string}
  /** The server accepted it; kept until the bridge edits the card (its updatedAt changes). */
  | {phase: 'sent'; actionId: string; cardUpdatedAt: string}
  | {phase: 'failed'; actionId: string; message: string};

export interface PluginState {
  clicks: Record<string, ClickState>;
}

const initial: PluginState = {clicks: {}};

function isPluginAction(action: {type: string}): action is PluginAction {
  return action.type === CLICK_STARTED || action.type === CLICK_SENT || action.type === CLICK_FAILED;
}

export function reducer(state: PluginState = initial, action: {type: string}): PluginState {
  if (!isPluginAction(action)) return state;
  let next: ClickState;
  switch (action.type) {
    case CLICK_STARTED:
      next = {phase: 'in_flight', actionId: action.actionId};
      break;
    case CLICK_SENT:
      next = {phase: 'sent', actionId: action.actionId, cardUpdatedAt: action.cardUpdatedAt};
      break;
    default:
      next = {phase: 'failed', actionId: action.actionId, message: action.message};
  }
  return {...state, clicks: {...state.clicks, [action.postId]: next}};
}
