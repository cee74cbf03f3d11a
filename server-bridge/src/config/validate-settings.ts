/**
 * Raw plugin settings as Mattermost stores them (PluginSettings.Plugins[<id>], lowercased keys,
 * only values an admin saved) → Settings. Defaults fill the gaps; a bad value names its field.
 */
import {fail, ok, type Result} from '../errors/failure';
import {z} from 'zod';
import {DEFAULT_SETTINGS, type Settings} from './settings';
import {describeConfigIssues} from './bridge-config';
import {readSchedule} from '../inbox/digest';

/** plugin.json keys (lowercase) → Settings fields. */
export const SETTING_KEYS: Record<keyof Settings, string> = {
  webProxyAddr: 'webproxyaddr',
  roleToRecipients: 'roletorecipients',
  reviewsEnabled: 'reviewsenabled',
  mappingTrait: 'mappingtrait',
  mappingEmailFallback: 'mappingemailfallback',
  sensitiveRoles: 'sensitiveroles',
  approveReasonRequired: 'approvereasonrequired',
  notifyRequester: 'notifyrequester',
  reminderAfterMinutes: 'reminderafterminutes',
  reminderDmReviewers: 'reminderdmreviewers',
  expiryWarningMinutes: 'expirywarningminutes',
  accessExpiryWarningMinutes: 'accessexpirywarningminutes',
  digestEnabled: 'digestenabled',
  digestTime: 'digesttime',
  digestWeekdays: 'digestweekdays',
  commandTeams: 'commandteams',
};

// The console may store booleans and numbers as JSON values or as strings (unverified): accept both.
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const minutes = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\s*\d+\s*$/, 'expected a whole number of minutes')
      .transform(Number),
  ])
  .pipe(z.number().int().min(0).max(10080));
const list = z.union([z.array(z.string()), z.string().transform((s) => s.split(/[,\n]/))]).transform((items) => items.map((i) => i.trim()).filter(Boolean));
const recipientSpec = z.string().regex(/^([^/\s]+\/[^/\s]+|[^\s/@]+@[^\s/@]+|@?[a-z0-9._-]+)$/i, 'expected team/channel, an e-mail or a username');

/**
 * role_to_recipients in the console: a JSON object, or lines "role: recipient, recipient"
 * (friendlier in a longtext box). `*` is the default route.
 */
const routing = z
  .union([z.record(z.string(), z.array(z.string())), z.string()])
  .transform((value, ctx) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    if (!text) return {};
    if (text.startsWith('{')) {
      try {
        return z.record(z.string(), z.array(z.string())).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({code: 'custom', message: 'expected a JSON object of role → list of recipients'});
        return z.NEVER;
      }
    }
    const out: Record<string, string[]> = {};
    for (const [i, line] of text.split('\n').entries()) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      const m = /^\s*([^:=\s]+)\s*[:=]\s*(.*)$/.exec(line);
      if (!m) {
        ctx.addIssue({code: 'custom', message: `line ${i + 1}: expected "role: team/channel, user@example.com"`});
        return z.NEVER;
      }
      out[m[1]!] = m[2]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    }
    return out;
  })
  .pipe(z.record(z.string().min(1), z.array(recipientSpec)));

const schema = z.object({
  webproxyaddr: z
    .string()
    .trim()
    .refine((s) => s === '' || /^(https?:\/\/)?[^\s/]+(:\d+)?\/?$/.test(s), 'expected a host[:port] or https:// URL of the Teleport Web UI')
    .optional(),
  roletorecipients: routing.optional(),
  reviewsenabled: bool.optional(),
  mappingtrait: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'expected a Teleport trait name')
    .optional(),
  mappingemailfallback: bool.optional(),
  sensitiveroles: list.optional(),
  approvereasonrequired: bool.optional(),
  notifyrequester: bool.optional(),
  reminderafterminutes: minutes.optional(),
  reminderdmreviewers: bool.optional(),
  expirywarningminutes: minutes.optional(),
  accessexpirywarningminutes: minutes.optional(),
  digestenabled: bool.optional(),
  digesttime: z
    .string()
    .trim()
    .refine((t) => readSchedule(t, 'Mon').ok, 'expected HH:MM (24 h), e.g. 09:00')
    .optional(),
  digestweekdays: z
    .string()
    .trim()
    .refine((d) => readSchedule('00:00', d).ok, 'expected weekdays such as Mon,Tue,Wed,Thu,Fri')
    .optional(),
  commandteams: list.optional(),
});

/** The settings, or an `invalid_settings` failure naming the field. */
export type SettingsResult = Result<Settings>;

export function validateSettings(raw: unknown): SettingsResult {
  const input = raw && typeof raw === 'object' ? raw : {};
  // Null or empty-string values mean "not set" in the console: use the default.
  const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
  const result = schema.safeParse(cleaned);
  if (!result.success) return fail({code: 'invalid_settings', detail: describeConfigIssues(result.error)});
  const s = result.data;
  const settings: Settings = {...DEFAULT_SETTINGS};
  for (const [field, key] of Object.entries(SETTING_KEYS) as [keyof Settings, keyof typeof s][]) {
    const value = s[key];
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[field] = value;
  }
  return ok(settings);
}
