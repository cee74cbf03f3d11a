/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// The inbox's icon with its badge (requests waiting for the user's review). The app bar takes an
// image URL, so there the badge is drawn into an SVG data URL; the channel header (servers without
// an app bar) takes a React element, which reads the count from the store itself.
import {useSelector} from 'react-redux';

import {badgeText} from '@tma/card-contract';
import {inboxValueOf, readInbox} from '../inbox_state';
import type {WebappState} from '../mattermost_types';

export function badgeOf(state: WebappState): string {
  const read = readInbox(inboxValueOf(state));
  return read.kind === 'none' ? '' : badgeText(read.inbox);
}

export function tooltipFor(badge: string): string {
  return badge ? `Access requests: ${badge} waiting for your review` : 'Access requests';
}

/**
 * What fits in the app bar's small circle: the badge as the sidebar says it ("7", "25+": the list
 * was cut at 25 and more wait), and "99+" only past 99.
 */
export function badgeLabel(badge: string): string {
  return Number.parseInt(badge, 10) > 99 ? '99+' : badge;
}

/** A key on a shield, and the count in a red circle when there is one. */
export function appBarIconUrl(badge: string): string {
  const mark =
    '<path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="none" stroke="#8b8f99" stroke-width="1.8" stroke-linejoin="round"/>' +
    '<circle cx="12" cy="10" r="2.6" fill="none" stroke="#8b8f99" stroke-width="1.8"/><path d="M12 12.6V17M12 15h2" stroke="#8b8f99" stroke-width="1.8"/>';
  const text = badgeLabel(badge);
  const count = badge
    ? `<circle cx="17.5" cy="6.5" r="6.5" fill="#d24b4e"/><text x="17.5" y="9.8" font-family="Arial,sans-serif" font-size="${text.length > 2 ? 6 : 9.5}" font-weight="700" text-anchor="middle" fill="#fff">${text}</text>`
    : '';
  return `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${mark}${count}</svg>`)}`;
}

export function InboxHeaderIcon() {
  const badge = useSelector(badgeOf);
  return (
    <span className="tma-inbox-icon" aria-label={tooltipFor(badge)}>
      <img src={appBarIconUrl('')} alt="" width={18} height={18} />
      {badge && <span className="tma-inbox-badge">{badge}</span>}
    </span>
  );
}
