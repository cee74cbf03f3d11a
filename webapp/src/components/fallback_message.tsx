/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// When the post carries no card we understand (older or newer bridge, edited props), show the
// post's own markdown message, which the bridge always keeps self-contained.
import {isValidElement} from 'react';

import type {PostLike} from '../mattermost_types';

export function FallbackMessage({post, isRHS, problem}: {post: PostLike; isRHS?: boolean; problem: string}) {
  const utils = typeof window !== 'undefined' ? window.PostUtils : undefined;
  if (utils) {
    const html = utils.formatText(post.message, {atMentions: true});
    // Servers before v9 took (html, isRHS, options); newer ones take (html, options).
    const rendered = utils.messageHtmlToComponent.length >= 2 ? utils.messageHtmlToComponent(html, Boolean(isRHS), {}) : utils.messageHtmlToComponent(html, {});
    // A long link or unbroken word in user text must wrap, not widen a narrow column.
    if (isValidElement(rendered))
      return (
        <div data-card-problem={problem} style={{overflowWrap: 'anywhere'}}>
          {rendered}
        </div>
      );
  }
  return (
    <div data-card-problem={problem} style={{whiteSpace: 'pre-wrap', overflowWrap: 'anywhere'}}>
      {post.message}
    </div>
  );
}
