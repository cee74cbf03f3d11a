/**
 * Everything a Mattermost user can do to the bridge, registered on one receiver: the card's
 * buttons and reason dialog, `/teleport` and its request form. See README.md here for adding one.
 */
import type {RuntimeContext} from './context';
import {registerCommandListeners} from './command/listeners';
import {Receiver} from './receiver';
import {registerReviewListeners} from './review/listeners';
import {createReviewer} from './review/reviewer';

export function createInteractions(ctx: RuntimeContext, commandTokens: () => ReadonlyMap<string, string>): Receiver {
  const receiver = new Receiver(ctx, commandTokens);
  const reviewer = createReviewer(ctx);
  registerReviewListeners(receiver, ctx, reviewer);
  registerCommandListeners(receiver, ctx, reviewer);
  return receiver;
}
