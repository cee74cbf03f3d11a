/**
 * Behaviour an admin tunes in the System Console (plugin settings, read over REST and hot-reloaded).
 * The schema here is the single source of truth: plugin.json's settings_schema keys are these keys
 * lowercased, and settings/validate.ts turns raw stored values into this shape or names the bad field.
 */

export interface Settings {
  /** Teleport Web UI address used in links, e.g. https://teleport.example.com (empty: from Ping). */
  webProxyAddr: string;
  /** role → recipients (`team/channel`, e-mail or username → DM). `*` is the default. */
  roleToRecipients: Record<string, string[]>;
  /** In-chat reviews on or off (off by default). */
  reviewsEnabled: boolean;
  /** Teleport user trait that holds the Mattermost user id. */
  mappingTrait: string;
  /** Opt-in fallback: Mattermost e-mail (or username) equal to the Teleport user name. */
  mappingEmailFallback: boolean;
  /** Roles whose requests are link-only (no buttons). */
  sensitiveRoles: string[];
  /** Approve asks for a reason (Deny always does). */
  approveReasonRequired: boolean;
  /** DM the requester on creation and each state change. */
  notifyRequester: boolean;
  /** Remind in the card thread when a request stays pending this long (minutes; 0 = off). */
  reminderAfterMinutes: number;
  /** Also DM suggested reviewers with the reminder. */
  reminderDmReviewers: boolean;
  /** DM the requester this many minutes before an unreviewed request expires (0 = off). */
  expiryWarningMinutes: number;
  /** DM the requester this many minutes before granted access ends (0 = off). */
  accessExpiryWarningMinutes: number;
  /** Daily digest DM of what awaits each reviewer (off by default). */
  digestEnabled: boolean;
  /** Local time of the digest in each user's Mattermost time zone, "HH:MM". */
  digestTime: string;
  /** Days of the digest, e.g. "Mon,Tue,Wed,Thu,Fri". */
  digestWeekdays: string;
  /** Teams where /teleport is registered (empty = all teams the bot belongs to). */
  commandTeams: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  webProxyAddr: '',
  roleToRecipients: {},
  reviewsEnabled: false,
  mappingTrait: 'mattermost_user_id',
  mappingEmailFallback: false,
  sensitiveRoles: [],
  approveReasonRequired: false,
  notifyRequester: true,
  reminderAfterMinutes: 0,
  reminderDmReviewers: false,
  expiryWarningMinutes: 0,
  accessExpiryWarningMinutes: 0,
  digestEnabled: false,
  digestTime: '09:00',
  digestWeekdays: 'Mon,Tue,Wed,Thu,Fri',
  commandTeams: [],
};

/** A live view of the current settings (replaced atomically on reload). */
export interface SettingsSource {
  current(): Settings;
}
