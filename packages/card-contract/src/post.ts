/**
 * How a card travels in a Mattermost post: its post type, the props keys and the ids of its
 * buttons. The bridge writes them, the webapp and the bridge's own reconciliation read them.
 */

/** Mattermost stores at most 26 characters of a post type; custom_ marks it as a plugin's. */
export const CARD_POST_TYPE = 'custom_teleport_request';
/** Props key holding CardModel. Props are visible to every channel member: no secrets here. */
export const CARD_PROPS_KEY = 'teleport_card';
/** Props key that lets a crashed bridge find its own posts again (reconciliation). */
export const REQUEST_ID_PROPS_KEY = 'teleport_request_id';
/** Bumped when CardModel changes incompatibly; the webapp falls back to markdown on mismatch. */
// 2: resources with constraints, access times, prompt, suggested reviewers, per-threshold attribution.
export const CARD_SCHEMA_VERSION = 2;
/** Action ids: letters and digits only (Mattermost's route regex of v7–v11). */
export const ACTION_APPROVE = 'approve';
export const ACTION_DENY = 'deny';
export const ACTION_ID_PATTERN = /^[A-Za-z0-9]+$/;

/**
 * Request ids as people read them: Teleport's are UUIDs, and every surface (card, fallback,
 * replies, DMs, reminders, digest, inbox, /teleport answers) prints the same last 8 characters,
 * which /teleport accepts back. Not the first 8: new Teleport ids are UUIDv7, whose first 12
 * characters are a millisecond timestamp, so the first 8 are shared by every request created in
 * the same ~65 s (two cards both read "01a2373c"). The tail is random in v7 and v4 alike.
 * A full id stays only where it is copied, not read: links and command lines.
 */
export const SHORT_ID_LENGTH = 8;

export function shortRequestId(id: string): string {
  return id.slice(-SHORT_ID_LENGTH);
}
