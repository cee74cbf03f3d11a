/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import type {CardReview} from '@tma/card-contract';
import type {UserProfileLike} from '../mattermost_types';
import {displayName, fullName} from '../names';

import {When} from './when';

interface Props {
  reviews: CardReview[];
  profiles: Record<string, UserProfileLike | undefined> | undefined;
}

export function ReviewList({reviews, profiles}: Props) {
  if (reviews.length === 0) return null;
  return (
    <ul className="tma-reviews" aria-label="Reviews">
      {reviews.map((r, i) => {
        const profile = r.authorMattermostId ? profiles?.[r.authorMattermostId] : undefined;
        return (
          <li className="tma-review" key={`${r.author}-${r.created}-${i}`}>
            <div className="tma-review-line">
              <strong title={fullName(profile, r.author)}>{displayName(profile, r.author)}</strong>
              <span className="tma-decision" data-decision={r.decision}>
                {r.decision === 'APPROVED' ? 'approved' : 'denied'}
              </span>
              <span className="tma-meta">
                <When at={r.created} />
              </span>
              {r.thresholds.length > 0 && <span className="tma-counts">counts for {r.thresholds.join(', ')}</span>}
            </div>
            {r.reason && <div className="tma-review-reason">{r.reason}</div>}
          </li>
        );
      })}
    </ul>
  );
}
