/**
 * One preference per Mattermost user in the category teleport_access_inbox: the reviewer inbox
 * list (publisher.ts) and the day of the last digest (digest-sender.ts). Written as the bot, which
 * needs to be a system admin to write another user's preferences (edit_other_users).
 */
import {z} from 'zod';
import {formatIssues, INBOX_CATEGORY} from '@tma/card-contract';

/** One named preference of each user. */
export interface UserPreference {
  read(userId: string): Promise<string | null>;
  write(userId: string, value: string): Promise<void>;
}

export interface PreferenceClient {
  getUserPreferencesByCategory(userId: string, category: string): Promise<unknown>;
  savePreferences(userId: string, prefs: {user_id: string; category: string; name: string; value: string}[]): Promise<unknown>;
}

/** The category route answers 404 for an empty category (a missing single name is a 400 on 11.4). */
const storedCategory = z.array(z.object({name: z.string(), value: z.string().optional()}));

export function userPreferenceOverRest(client: PreferenceClient, name: string): UserPreference {
  return {
    async read(userId) {
      const parsed = storedCategory.safeParse(await client.getUserPreferencesByCategory(userId, INBOX_CATEGORY));
      if (!parsed.success) throw new Error(`GET /users/{id}/preferences/${INBOX_CATEGORY}: ${formatIssues(parsed.error.issues, {firstOnly: true})}`);
      return parsed.data.find((p) => p.name === name)?.value ?? null;
    },
    async write(userId, value) {
      await client.savePreferences(userId, [{user_id: userId, category: INBOX_CATEGORY, name, value}]);
    },
  };
}
