/** Private messages to the user: an ephemeral post from the bot where they acted, else a DM. */
import {describe} from '../app/errors';
import type {Logger} from 'pino';
import type {MattermostPort} from '../mattermost/port';

export interface PrivateRecipient {
  mattermostUserId: string;
  channelId: string;
  /** The card a click came from: the answer is threaded under it, as Mattermost threads `ephemeral_text`. */
  postId?: string | null;
}

/**
 * An ephemeral post from the bot (needs create_post_ephemeral). A button's `ephemeral_text` would
 * be shown as written by the clicker (Mattermost's DoPostActionWithCookie sets the ephemeral
 * post's user to the clicker), so every private answer goes this way. False when refused.
 */
export async function sayAsBot(mattermost: MattermostPort, to: PrivateRecipient, text: string, log: Logger): Promise<boolean> {
  if (!to.channelId) return false;
  try {
    await mattermost.createEphemeralPost(to.mattermostUserId, to.channelId, text, to.postId ?? undefined);
    return true;
  } catch (error) {
    log.info({err: describe(error), mattermost_user_id: to.mattermostUserId}, 'ephemeral message from the bot refused');
    return false;
  }
}

export async function deliverPrivately(mattermost: MattermostPort, to: PrivateRecipient, text: string, log: Logger): Promise<void> {
  if (await sayAsBot(mattermost, to, text, log)) return;
  try {
    const dm = await mattermost.directChannel(to.mattermostUserId);
    await mattermost.createPost({channelId: dm, message: text});
  } catch (error) {
    log.warn({err: describe(error), mattermost_user_id: to.mattermostUserId}, 'could not deliver a private message to the user');
  }
}
