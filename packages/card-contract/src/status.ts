/**
 * The bridge's health report as the System Console reads it: each replica stores one as a
 * preference of the bot user (category STATUS_CATEGORY, name `status:<replica>`), and the
 * console's custom setting reads them with the admin's session. No secrets: admins read it.
 */

/** Preference category (≤ 32 characters, [A-Za-z0-9_]: the only ones the GET routes accept). */
export const STATUS_CATEGORY = 'teleport_access_bridge';
/** Every report's preference name starts with this; other names in the category are not reports. */
export const STATUS_NAME_PREFIX = 'status:';

/** What one replica knows about itself: /readyz's details. */
export interface StatusSnapshot {
  ready: boolean;
  /** Why the bridge is not ready (credentials first), as /readyz says it; null when ready. */
  reason?: string | null;
  teleport: {connected: boolean; cluster: string; version: string; on_behalf_reviews: boolean; self_check: boolean | null};
  /** Approve/Deny buttons can work: setting on, Teleport 18.11+, self-check passed. */
  reviews_available: boolean;
  /** applied_at: when the settings in force last changed (a save the bridge took); absent from older bridges. */
  settings: {accepted: boolean; error: string | null; last_read_at: string | null; applied_at?: string | null};
  requests: {tracked: number; in_flight: number};
  /**
   * Access monitoring rules in use (state, count, names of skipped ones), cards by routing source,
   * and the last cards (short request id, source, rule name; newest first; absent from older bridges).
   */
  routing?: {
    rules: string;
    active: number;
    skipped: string[];
    cards_by_source: {rule: number; console: number; suggested: number};
    recent_cards?: {request: string; via: 'rule' | 'console' | 'suggested'; rule?: string}[];
  };
}

/** One stored preference value (JSON). */
export interface StatusReport extends StatusSnapshot {
  /** ISO time of the write; a report older than stale_after_seconds means the bridge is silent. */
  reported_at: string;
  stale_after_seconds: number;
  /** Bridge version and the replica that wrote the report. */
  version: string;
  replica: string;
  /** Set when long texts were cut to fit a preference value; /readyz has them whole. */
  truncated?: boolean;
}
