/**
 * A link to a request's card that the user can open: a Mattermost permalink
 * (`<site>/<team>/pl/<post id>`) to the first card post in a channel they are a member of. Cards
 * in channels they cannot read are never linked (the permalink would only show an error).
 */
import type {MattermostPort} from '../mattermost/port';
import type {PostRef} from '../requests/record';

export interface CardLinkDeps {
  mattermost: Pick<MattermostPort, 'isChannelMember'>;
  /** The card posts of a request, from the bridge's record in Teleport plugin data. */
  cardPosts(requestId: string): Promise<PostRef[]>;
  /** Mattermost's site URL as users open it. */
  siteUrl: string;
}

export async function cardLink(deps: CardLinkDeps, requestId: string, mattermostUserId: string, team: string): Promise<string | null> {
  if (!team) return null;
  const posts = await deps.cardPosts(requestId);
  for (const post of posts) {
    if ((await deps.mattermost.isChannelMember(post.channelId, mattermostUserId)) === true) {
      return `${deps.siteUrl.replace(/\/+$/, '')}/${encodeURIComponent(team)}/pl/${encodeURIComponent(post.postId)}`;
    }
  }
  return null;
}
