// What the card asks the store to do: Approve or Deny clicked. The click is a thunk the
// webapp's store runs (Mattermost's store has thunk middleware, as every plugin action relies on),
// so components only dispatch and the network calls stay in client.ts.
import {parseCard} from '@tma/card-contract';

import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED, RECEIVED_DIALOG_TRIGGER_ID, RECEIVED_POST, type PluginAction} from './action_types';
import {doPostAction, fetchPost} from './client';
import type {PluginThunk} from './mattermost_types';
import {clickOf, currentUserIdOf, siteUrlOf} from './selectors';

export const clickStarted = (postId: string, actionId: string): PluginAction => ({type: CLICK_STARTED, postId, actionId});
export const clickSent = (postId: string, actionId: string, cardUpdatedAt: string): PluginAction => ({type: CLICK_SENT, postId, actionId, cardUpdatedAt});
export const clickFailed = (postId: string, actionId: string, message: string): PluginAction => ({type: CLICK_FAILED, postId, actionId, message});

/** Approve or Deny on the card of `postId`, drawn from the card updated at `cardUpdatedAt`. */
export function clickAction(postId: string, actionId: string, cardUpdatedAt: string): PluginThunk<Promise<void>> {
  return async (dispatch, getState) => {
    // Read and mark synchronously so a double click (or Approve then Deny) sends one request.
    if (clickOf(getState(), postId)?.phase === 'in_flight') return;
    dispatch(clickStarted(postId, actionId));
    const siteUrl = siteUrlOf(getState());
    const result = await doPostAction(siteUrl, postId, actionId);
    if (!result.ok) {
      const {error} = result;
      if (error.kind === 'failed') {
        dispatch(clickFailed(postId, actionId, error.message));
        return;
      }
      // Stale: the viewer missed the bridge's edit (a dropped websocket, a laptop waking up): show
      // the card as it is now and say why the click did nothing, instead of the server's "Invalid
      // action id."
      const post = await fetchPost(siteUrl, postId);
      if (post) dispatch({type: RECEIVED_POST, data: post});
      dispatch(clickFailed(postId, actionId, staleClickMessage(post)));
      return;
    }
    if (result.value.triggerId) {
      // Core opens the bridge's dialog (Deny asks for a reason) only for the trigger id it was
      // told about, exactly as mattermost-redux's doPostAction does.
      dispatch({type: RECEIVED_DIALOG_TRIGGER_ID, data: result.value.triggerId});
    }
    dispatch(clickSent(postId, actionId, cardUpdatedAt));
    // A resolved card keeps its actions disabled, so a click on a card this page drew before the
    // resolution reaches the bridge, which answers privately; that answer travels over the websocket
    // this page may have lost. Reading the post once brings the card up to date, and a resolved card
    // without the viewer's review means the click counted for nothing: say so on the card.
    const post = await fetchPost(siteUrl, postId);
    if (!post) return;
    dispatch({type: RECEIVED_POST, data: post});
    if (clickMissedResolution(post, currentUserIdOf(getState()))) dispatch(clickFailed(postId, actionId, staleClickMessage(post)));
  };
}

/** The card is resolved and holds no review by this viewer: the click arrived after the end. */
export function clickMissedResolution(post: Record<string, unknown>, viewerId: string | undefined): boolean {
  const parsed = parseCard(post['props'] as Record<string, unknown> | null);
  if (!parsed.ok || parsed.value.state === 'PENDING') return false;
  return !parsed.value.reviews.some((r) => r.authorMattermostId !== null && r.authorMattermostId === viewerId);
}

const RESOLVED_WORDS: Record<string, string> = {APPROVED: 'approved', DENIED: 'denied', PROMOTED: 'promoted to an access list', EXPIRED: 'expired'};

/** Names what happened when the refreshed card says so; otherwise the general case. */
export function staleClickMessage(post: Record<string, unknown> | null): string {
  const parsed = post ? parseCard(post['props'] as Record<string, unknown> | null) : null;
  const word = parsed?.ok ? RESOLVED_WORDS[parsed.value.state] : undefined;
  if (word) return `Nothing was sent: this request was already ${word}. The card now shows its current state.`;
  return 'Nothing was sent: this card was out of date (the request was already reviewed or resolved). It now shows its current state.';
}
