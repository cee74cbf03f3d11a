// Which of the card's buttons the server can route. A click goes to the action stored on the post
// (clients see its id, not its integration). A card whose post lacks them (bridges before the
// one-write pipeline added them in a second edit, seen on the real server as a 404 "Invalid action
// id." for an early click) would offer buttons that cannot work, so the card draws none.
import type {CardModel} from '@tma/card-contract';

function actionIdsOf(props: Record<string, unknown> | null | undefined): Set<string> {
  const ids = new Set<string>();
  const attachments = props?.['attachments'];
  if (!Array.isArray(attachments)) return ids;
  for (const attachment of attachments as unknown[]) {
    const actions = attachment && typeof attachment === 'object' ? (attachment as {actions?: unknown}).actions : undefined;
    if (!Array.isArray(actions)) continue;
    for (const action of actions as unknown[]) {
      const id = action && typeof action === 'object' ? (action as {id?: unknown}).id : undefined;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** The card as drawn: buttons only when the post carries both actions they would click. */
export function withRoutableButtons(card: CardModel, props: Record<string, unknown> | null | undefined): CardModel {
  if (!card.buttons.enabled) return card;
  const ids = actionIdsOf(props);
  if (ids.has(card.buttons.approveActionId) && ids.has(card.buttons.denyActionId)) return card;
  return {...card, buttons: {...card.buttons, enabled: false}};
}
