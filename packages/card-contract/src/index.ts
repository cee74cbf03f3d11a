/**
 * The card contract: what the bridge writes into a Mattermost post and the webapp (and the bridge
 * itself, when it reconciles) reads back. Both sides import it; neither keeps a copy. No Node or
 * DOM APIs here, so it bundles into the browser as it is.
 */
export type {CardAccess, CardModel, CardProgress, CardResource, CardReview, CardState, Decision, LinkOnlyReason} from './card';
export {formatIssues, issuePath, type IssueFormat, type IssueLike} from './issues';
export {ACTION_APPROVE, ACTION_DENY, ACTION_ID_PATTERN, CARD_POST_TYPE, CARD_PROPS_KEY, CARD_SCHEMA_VERSION, REQUEST_ID_PROPS_KEY, SHORT_ID_LENGTH, shortRequestId} from './post';
export {parseCard, type CardParse} from './schema';
export {failure, success, type Result} from './result';
export {STATUS_CATEGORY, STATUS_NAME_PREFIX, type StatusReport, type StatusSnapshot} from './status';
export {LINK_ONLY_EXPLANATIONS} from './texts';
export {
  badgeText,
  decodeInbox,
  encodeInbox,
  INBOX_CATEGORY,
  INBOX_NAME,
  INBOX_PREFERENCE_KEY,
  INBOX_VALUE_MAX_CHARS,
  REVIEWABLE,
  type Inbox,
  type InboxEntry,
  type InboxRead,
  type InboxRelation,
} from './inbox';
export {durationText} from './duration';
export {cleanUserText, EMOJI_JOINER, isBlankUserText, truncateText, userLine} from './user-text';
