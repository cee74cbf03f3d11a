// Clicking Approve or Deny on a card.
import {parseCard} from '@tma/card-contract';
import {RECEIVED_DIALOG_TRIGGER_ID, RECEIVED_POST} from './constants';
import {doPostAction, fetchPost} from './client';
import type {PluginStore} from './mattermost_types';
import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED} from './reducer';
import {clickOf, currentUserIdOf, siteUrlOf} from './selectors';

export async function clickAction(store: PluginStore, postId: string, actionId: string, cardUpdatedAt: string): Promise<void> {
  // Read and mark synchronously so a double click (or Approve then Deny) sends one request.
  if (clickOf(store.getState(), postId)?.phase === 'in_flight') return;
  store.dispatch({type: CLICK_STARTED, postId, actionId});
  const siteUrl = siteUrlOf(store.getState());
  const result = await doPostAction(siteUrl, postId, actionId);
  if (!result.ok && 'stale' in result) {
    // The viewer missed the bridge's edit (a dropped websocket, a laptop waking up): show the card
    // as it is now and say why the click did nothing, instead of the server's "Invalid action id."
    const post = await fetchPost(siteUrl, postId);
    if (post) store.dispatch({type: RECEIVED_POST, data: post});
    store.dispatch({type: CLICK_FAILED, postId, actionId, message: staleClickMessage(post)});
    return;
  }
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
  // A resolved card keeps its actions disabled, so a click on a card this page drew before the
  // resolution reaches the bridge, which answers privately; that answer travels over the websocket
  // this page may have lost. Reading the post once brings the card up to date, and a resolved card
  // without the viewer's review means the click counted for nothing: say so on the card.
  const post = await fetchPost(siteUrl, postId);
  if (!post) return;
  store.dispatch({type: RECEIVED_POST, data: post});
  if (clickMissedResolution(post, currentUserIdOf(store.getState()))) store.dispatch({type: CLICK_FAILED, postId, actionId, message: staleClickMessage(post)});
}

/** The card is resolved and holds no review by this viewer: the click arrived after the end. */
export function clickMissedResolution(post: Record<string, unknown>, viewerId: string | undefined): boolean {
  const parsed = parseCard(post['props'] as Record<string, unknown> | null);
  if (!parsed.ok || parsed.card.state === 'PENDING') return false;
  return !parsed.card.reviews.some((r) => r.authorMattermostId !== null && r.authorMattermostId === viewerId);
}

const RESOLVED_WORDS: Record<string, string> = {APPROVED: 'approved', DENIED: 'denied', PROMOTED: 'promoted to an access list', EXPIRED: 'expired'};

/** Names what happened when the refreshed card says so; otherwise the general case. */
export function staleClickMessage(post: Record<string, unknown> | null): string {
  const parsed = post ? parseCard(post['props'] as Record<string, unknown> | null) : null;
  const word = parsed?.ok ? RESOLVED_WORDS[parsed.card.state] : undefined;
  if (word) return `Nothing was sent: this request was already ${word}. The card now shows its current state.`;
  return 'Nothing was sent: this card was out of date (the request was already reviewed or resolved). It now shows its current state.';
}
