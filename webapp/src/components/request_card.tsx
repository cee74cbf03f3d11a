/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// The access-request card: everything is drawn from the CardModel the bridge put in the post,
// so every viewer (and every client) sees the same request state.
import type {CSSProperties, ReactNode} from 'react';
import {useSelector} from 'react-redux';

import {shortRequestId, type CardModel} from '@tma/card-contract';
import {ensureCardStyles} from '../card_styles';
import type {ThemeLike, WebappState} from '../mattermost_types';
import {displayName, fullName} from '../names';
import {currentUserIdOf} from '../selectors';
import {cssVariables, paletteFrom} from '../theme';
import {viewerOf} from '../viewer';

import {Countdown} from './countdown';
import {ProgressBars} from './progress_bars';
import {ReviewActions} from './review_actions';
import {ReviewList} from './review_list';
import {When} from './when';

const STATE_LABEL: Record<CardModel['state'], string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  DENIED: 'Denied',
  EXPIRED: 'Expired',
  PROMOTED: 'Promoted',
};

function Chips({items}: {items: string[]}) {
  return (
    <>
      {items.map((item) => (
        <span className="tma-chip" key={item}>
          {item}
        </span>
      ))}
    </>
  );
}

function ResourceChips({resources}: {resources: CardModel['resources']}) {
  return (
    <>
      {resources.map((r, i) => (
        <span className="tma-chip" key={`${r.label}-${i}`}>
          {r.label}
          {r.constraint && <span className="tma-constraint"> · {r.constraint}</span>}
        </span>
      ))}
    </>
  );
}

/** "up to 4 h, until 14:00 · starts 12:00 · sessions 8 h": only what Teleport set. */
function AccessTimes({access}: {access: CardModel['access']}) {
  const parts: ReactNode[] = [];
  if (access.endsBy) {
    const until = <When at={access.endsBy} />;
    parts.push(
      access.lasts ? (
        <>
          up to {access.lasts}, ends {until}
        </>
      ) : (
        <>ends {until}</>
      ),
    );
  }
  if (access.startsAt) {
    parts.push(
      <>
        starts <When at={access.startsAt} />
      </>,
    );
  }
  if (access.sessionLasts) parts.push(<>sessions {access.sessionLasts}</>);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {p}
        </span>
      ))}
    </>
  );
}

const hasAccessTimes = (a: CardModel['access']) => a.endsBy !== null || a.startsAt !== null || a.sessionLasts !== null;

interface Props {
  card: CardModel;
  postId: string;
  theme: ThemeLike | undefined;
}

/** When it was asked, how long it stays open or lasts, who is suggested, how it ended. */
function TimeFacts({card}: {card: CardModel}) {
  return (
    <>
      <dt>Requested</dt>
      <dd>
        <When at={card.created} />
        {card.state === 'PENDING' && card.pendingExpires && (
          <>
            {' · '}
            <Countdown until={card.pendingExpires} label="expires in" passed="expiry reached" />
          </>
        )}
      </dd>
      {(card.state === 'APPROVED' || card.state === 'PROMOTED') && card.accessExpires && (
        <>
          <dt>{hasAccessTimes(card.access) ? 'Access left' : 'Access'}</dt>
          <dd>
            <Countdown until={card.accessExpires} label="ends in" passed="ended" />
          </dd>
        </>
      )}
      {card.state === 'PENDING' && card.suggestedReviewers.length > 0 && (
        <>
          <dt>Suggested</dt>
          <dd>
            <Chips items={card.suggestedReviewers} />
          </dd>
        </>
      )}
      {card.resolveReason && (
        <>
          <dt>Resolution</dt>
          <dd>{card.resolveReason}</dd>
        </>
      )}
    </>
  );
}

export function RequestCard({card, postId, theme}: Props) {
  ensureCardStyles();
  const currentUserId = useSelector(currentUserIdOf);
  const profiles = useSelector((state: WebappState) => state.entities?.users?.profiles);
  const requesterProfile = card.requester.mattermostUserId ? profiles?.[card.requester.mattermostUserId] : undefined;
  const requesterName = displayName(requesterProfile, card.requester.teleportUser);
  const viewer = viewerOf(card, currentUserId);
  const style = cssVariables(paletteFrom(theme), card.state) as CSSProperties;
  const headingId = `tma-title-${postId}`;

  return (
    <section className="tma-card" style={style} aria-labelledby={headingId} data-state={card.state}>
      <div className="tma-head">
        <span className="tma-dot" aria-hidden="true" />
        <h4 className="tma-title" id={headingId}>
          {card.title}
        </h4>
      </div>
      <div className="tma-meta">
        <span className="tma-state">{STATE_LABEL[card.state]}</span> · {card.cluster} · request {shortRequestId(card.requestId)}
      </div>
      <dl className="tma-facts">
        <dt>Requester</dt>
        <dd>
          <strong title={fullName(requesterProfile, card.requester.teleportUser)}>{requesterName}</strong>
        </dd>
        <dt>Roles</dt>
        <dd>{card.roles.length > 0 ? <Chips items={card.roles} /> : <span className="tma-muted">none</span>}</dd>
        {card.resources.length > 0 && (
          <>
            <dt>Resources</dt>
            <dd>
              <ResourceChips resources={card.resources} />
            </dd>
          </>
        )}
        <dt>Reason</dt>
        <dd>
          {card.reason ? <span className="tma-reason">{card.reason}</span> : <span className="tma-muted">none given</span>}
          {card.requestPrompt && <span className="tma-prompt">Teleport asked: {card.requestPrompt}</span>}
        </dd>
        {card.state !== 'DENIED' && hasAccessTimes(card.access) && (
          <>
            <dt>Access</dt>
            <dd>
              <AccessTimes access={card.access} />
            </dd>
          </>
        )}
        <TimeFacts card={card} />
      </dl>
      <ProgressBars progress={card.progress} />
      {card.stillNeeded.length > 0 && <p className="tma-needed">Still needed: {card.stillNeeded.join('; ')}</p>}
      <ReviewList reviews={card.reviews} profiles={profiles} />
      <ReviewActions card={card} postId={postId} viewer={viewer} requesterName={requesterName} />
    </section>
  );
}
