/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// The "Access requests" right-hand sidebar: the pending requests the bridge listed for this user
// (their own preference, inbox_state.ts), each drawn with the same card component as in channels.
// The card posts are read from Mattermost with the user's session, so a card in a channel the user
// cannot read is never shown: Mattermost refuses it and the list says so.
import {useEffect, useMemo, useRef, useState} from 'react';
import {useDispatch, useSelector} from 'react-redux';
import {shortRequestId} from '@tma/card-contract';

import {fetchPost} from '../client';
import {RECEIVED_POST} from '../action_types';
import {FILTERS, filterEntries, inboxValueOf, postOf, readInbox, type InboxFilter} from '../inbox_state';
import type {PostLike, RhsComponentProps, WebappState} from '../mattermost_types';
import {siteUrlOf} from '../selectors';

import {RequestCardPost} from './request_card_post';

/** Reads the card posts core does not have yet; core keeps them current from then on (post_edited). Returns the ids it could not read. */
function useCardPosts(postIds: string[]): ReadonlySet<string> {
  const dispatch = useDispatch();
  const siteUrl = useSelector(siteUrlOf);
  const known = useSelector((state: WebappState) => postIds.filter((id) => postOf(state, id) !== undefined).join(','));
  const asked = useRef(new Set<string>());
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const key = postIds.filter((id) => !known.split(',').includes(id)).join(',');
  useEffect(() => {
    for (const id of key ? key.split(',') : []) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      void fetchPost(siteUrl, id).then((post) => {
        if (post) dispatch({type: RECEIVED_POST, data: post});
        else setFailed((f) => new Set([...f, id]));
      });
    }
  }, [key, siteUrl, dispatch]);
  return failed;
}

function jumpTo(siteUrl: string, postId: string): (event: {preventDefault(): void}) => void {
  return (event) => {
    const history = window.WebappUtils?.browserHistory;
    if (!history) return; // the plain link navigates
    event.preventDefault();
    history.push(`/_redirect/pl/${postId}`);
  };
}

export function InboxSidebar({theme}: RhsComponentProps) {
  const value = useSelector(inboxValueOf);
  const read = useMemo(() => readInbox(value), [value]);
  const [filter, setFilter] = useState<InboxFilter>('review');
  const siteUrl = useSelector(siteUrlOf);
  const entries = read.kind === 'none' ? [] : read.inbox.items;
  const shown = filterEntries(entries, filter);
  const failed = useCardPosts(shown.map((e) => e.post).filter(Boolean));
  const posts = useSelector((state: WebappState) => shown.map((e) => postOf(state, e.post)), shallowEqualPosts);

  return (
    <div className="tma-inbox" data-testid="tma-inbox">
      <div className="tma-inbox-filters" role="tablist" aria-label="Which requests">
        {FILTERS.map((f) => (
          <button key={f.key} type="button" role="tab" aria-selected={filter === f.key} className="tma-inbox-filter" onClick={() => setFilter(f.key)}>
            {f.label} <span className="tma-inbox-count">{filterEntries(entries, f.key).length}</span>
          </button>
        ))}
      </div>
      {read.kind === 'partial' && (
        <p className="tma-inbox-note" role="status">
          Part of your list could not be read ({read.problem}). It is rebuilt when requests change; <code>/teleport list</code> always works.
        </p>
      )}
      {read.kind === 'none' && <p className="tma-inbox-note">No list yet. Requests you can review appear here as they arrive.</p>}
      {read.kind !== 'none' && shown.length === 0 && <p className="tma-inbox-note">{EMPTY[filter]}</p>}
      <ol className="tma-inbox-list">
        {shown.map((entry, i) => {
          const post = posts[i];
          return (
            <li key={entry.id} className="tma-inbox-item" data-request={entry.id}>
              {post ? (
                <>
                  <RequestCardPost post={post} theme={theme} isRHS />
                  <a className="tma-link" href={`${siteUrl}/_redirect/pl/${post.id}`} onClick={jumpTo(siteUrl, post.id)}>
                    Jump to post
                  </a>
                </>
              ) : (
                <p className="tma-inbox-note">
                  Request <code>{shortRequestId(entry.id)}</code>:{' '}
                  {entry.post === ''
                    ? 'its card is in a channel you are not in.'
                    : failed.has(entry.post)
                      ? 'its card could not be opened (deleted, or in a channel you cannot read).'
                      : 'loading the card…'}{' '}
                  {(entry.post === '' || failed.has(entry.post)) && (
                    <>
                      See it with <code>/teleport show {shortRequestId(entry.id)}</code>.
                    </>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {read.kind !== 'none' && read.inbox.more > 0 && (
        <p className="tma-inbox-note">
          {read.inbox.more} more not shown here; <code>/teleport list</code> lists them all.
        </p>
      )}
    </div>
  );
}

const EMPTY: Record<InboxFilter, string> = {
  review: 'Nothing is waiting for your review.',
  mine: 'You have no pending requests.',
  all: 'No pending requests you can see.',
};

function shallowEqualPosts(a: (PostLike | undefined)[], b: (PostLike | undefined)[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
