/**
 * The host page's stand-in for core's websocket (HostExtras), fed by the scenario harness's
 * inboxes: on the real server each user's own websocket (ephemeral_message, open_dialog), on the
 * in-repo peer its records. The users' sockets are open before the page is, so nothing is missed.
 */
import type {StoryUserName} from '../peers/story';
import type {Story} from '../scenarios/harness';
import type {Inbox} from '../scenarios/user-socket';
import type {HostExtras} from './host_server';

export async function inboxExtras(story: Story, users: StoryUserName[]): Promise<HostExtras> {
  const inboxes = new Map<string, Inbox>();
  for (const user of users) inboxes.set(story.peers.mattermost.users[user].id, await story.inbox(user));
  return {
    ephemeralFor: (userId) => inboxes.get(userId)?.ephemerals() ?? [],
    openedDialogs: (userId) => inboxes.get(userId)?.dialogs() ?? [],
  };
}
