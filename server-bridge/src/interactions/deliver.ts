/** A private message to the user after their call was answered: ephemeral where they acted, else a DM. */
import {describe} from '../app/errors';
import type {Logger} from 'pino';
import type {MattermostPort} from '../mattermost/port';

export async function deliverPrivately(mattermost: MattermostPort, to: {mattermostUserId: string; channelId: string}, text: string, log: Logger): Promise<void> {
  if (to.channelId) {
    try {
      await mattermost.createEphemeralPost(to.mattermostUserId, to.channelId, text);
      return;
    } catch (error) {
      log.info({err: describe(error), mattermost_user_id: to.mattermostUserId}, 'ephemeral message refused; sending a direct message instead');
    }
  }
  try {
    const dm = await mattermost.directChannel(to.mattermostUserId);
    await mattermost.createPost({channelId: dm, message: text});
  } catch (error) {
    log.warn({err: describe(error), mattermost_user_id: to.mattermostUserId}, 'could not deliver a private message to the user');
  }
}
