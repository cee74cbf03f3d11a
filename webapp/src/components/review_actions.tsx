/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// The bottom of the card: what this viewer can do about the request.
import {useDispatch, useSelector} from 'react-redux';

import {LINK_ONLY_EXPLANATIONS, type CardModel} from '@tma/card-contract';

import {clickAction} from '../actions';
import type {PluginDispatch, WebappState} from '../mattermost_types';
import {clickOf} from '../selectors';
import type {Viewer} from '../viewer';
import {showsButtons} from '../viewer';

interface Props {
  card: CardModel;
  postId: string;
  viewer: Viewer;
  requesterName: string;
}

export function ReviewActions({card, postId, viewer, requesterName}: Props) {
  const dispatch = useDispatch<PluginDispatch>();
  const rawClick = useSelector((state: WebappState) => clickOf(state, postId));
  // A "sent" note belongs to the card it was sent from; an edit by the bridge supersedes it.
  const click = rawClick?.phase === 'sent' && rawClick.cardUpdatedAt !== card.updatedAt ? undefined : rawClick;
  const busy = click?.phase === 'in_flight';
  const pending = card.state === 'PENDING';
  const what = `${requesterName}'s request for ${card.roles.join(', ') || 'access'}`;

  const onClick = (actionId: string) => () => {
    if (busy) return;
    void dispatch(clickAction(postId, actionId, card.updatedAt));
  };

  const buttons = showsButtons(card, viewer);
  const linkOnly = pending && !card.buttons.enabled && viewer.kind !== 'requester';

  return (
    <>
      {viewer.kind === 'requester' && pending && <div className="tma-note">This is your request. Reviewers see Approve and Deny here.</div>}
      {linkOnly && card.buttons.linkOnlyReason && (
        <div className="tma-note">
          {LINK_ONLY_EXPLANATIONS[card.buttons.linkOnlyReason]}
          <details className="tma-tsh">
            <summary>Review with tsh</summary>
            <code>{card.tshCommands.approve}</code>
            <code>{card.tshCommands.deny}</code>
          </details>
        </div>
      )}
      <div className="tma-actions" aria-busy={busy || undefined}>
        {buttons && (
          <>
            <DecisionButton
              kind="approve"
              label="Approve"
              busyLabel="Approving…"
              actionId={card.buttons.approveActionId}
              what={what}
              busy={busy}
              inFlight={busy && click.actionId === card.buttons.approveActionId}
              onClick={onClick}
            />
            <DecisionButton
              kind="deny"
              label="Deny"
              busyLabel="Denying…"
              actionId={card.buttons.denyActionId}
              what={what}
              busy={busy}
              inFlight={busy && click.actionId === card.buttons.denyActionId}
              onClick={onClick}
            />
          </>
        )}
        {viewer.kind === 'reviewed' && (
          <span className="tma-you" data-decision={viewer.decision}>
            <span className="tma-decision" data-decision={viewer.decision} aria-hidden="true" />
            {viewer.decision === 'APPROVED' ? 'You approved' : 'You denied'}
          </span>
        )}
        {card.webUrl && (
          <a className="tma-link" href={card.webUrl} target="_blank" rel="noopener noreferrer">
            Open in Teleport
          </a>
        )}
      </div>
      {click?.phase === 'sent' && pending && (
        <div className="tma-note" role="status">
          {click.actionId === card.buttons.denyActionId ? 'Deny sent. Mattermost asks you for a reason.' : 'Approval sent. The card updates when Teleport records it.'}
        </div>
      )}
      {click?.phase === 'failed' && (
        <div className="tma-error" role="alert">
          {click.message}
        </div>
      )}
    </>
  );
}

function DecisionButton(props: {
  kind: 'approve' | 'deny';
  label: string;
  busyLabel: string;
  actionId: string;
  what: string;
  busy: boolean;
  inFlight: boolean;
  onClick: (actionId: string) => () => void;
}) {
  return (
    <button
      type="button"
      className={`tma-btn tma-${props.kind}`}
      aria-label={`${props.label} ${props.what}`}
      aria-disabled={props.busy || undefined}
      onClick={props.onClick(props.actionId)}
    >
      {props.inFlight && <span className="tma-spinner" aria-hidden="true" />}
      {props.inFlight ? props.busyLabel : props.label}
    </button>
  );
}
