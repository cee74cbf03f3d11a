// The reviewer inbox as the webapp sees it: the bridge's list from the user's own preferences
// (core keeps them in Redux and updates them when the bridge writes, via `preferences_changed`)
// and the card posts from core's post store. Pure selectors and filters.
import {decodeInbox, INBOX_PREFERENCE_KEY, REVIEWABLE, type InboxEntry, type InboxRead} from '@tma/card-contract';

import type {PostLike, WebappState} from './mattermost_types';

export type InboxFilter = 'review' | 'mine' | 'all';

export const FILTERS: {key: InboxFilter; label: string}[] = [
  {key: 'review', label: 'To review'},
  {key: 'mine', label: 'Mine'},
  {key: 'all', label: 'All pending'},
];

/** The raw preference value; selectors return it so React re-renders only when it changes. */
export function inboxValueOf(state: WebappState): string | undefined {
  return state.entities?.preferences?.myPreferences?.[INBOX_PREFERENCE_KEY]?.value;
}

export function readInbox(value: string | undefined): InboxRead {
  return decodeInbox(value);
}

export function postOf(state: WebappState, postId: string): PostLike | undefined {
  return postId ? state.entities?.posts?.posts?.[postId] : undefined;
}

export function matches(entry: InboxEntry, filter: InboxFilter): boolean {
  if (filter === 'review') return REVIEWABLE.has(entry.rel);
  if (filter === 'mine') return entry.rel === 'm';
  return true;
}

export function filterEntries(entries: readonly InboxEntry[], filter: InboxFilter): InboxEntry[] {
  return entries.filter((e) => matches(e, filter));
}
