/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// The component registered for custom_teleport_request posts. Mattermost re-renders it
// with the new post whenever the bridge edits the post, so the card updates in place.
import {useMemo} from 'react';

import {parseCard} from '@tma/card-contract';
import {withRoutableButtons} from '../post_actions';
import type {PostTypeComponentProps} from '../mattermost_types';

import {FallbackMessage} from './fallback_message';
import {RequestCard} from './request_card';

export function RequestCardPost({post, theme, isRHS}: PostTypeComponentProps) {
  const parsed = useMemo(() => parseCard(post.props), [post.props]);
  if (!parsed.ok) return <FallbackMessage post={post} isRHS={isRHS} problem={parsed.error} />;
  return <RequestCard card={withRoutableButtons(parsed.value, post.props)} postId={post.id} theme={theme} />;
}
