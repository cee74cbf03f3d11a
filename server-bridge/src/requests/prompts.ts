/**
 * The request prompt a requester's roles show them (role option request_prompt, as Teleport's
 * GetAccessCapabilities reports it), for the card to show beside the reason. Cached per user:
 * every card drawing would otherwise cost a round trip, and prompts change only with role edits.
 */
import type {TeleportPort} from '../teleport/port';

export interface PromptCacheOptions {
  /** How long an answer is reused. Default 10 min. */
  ttlMs?: number;
  /** Users remembered at most (oldest forgotten first). Default 1,000. */
  maxUsers?: number;
  now?: () => number;
}

export function requestPromptSource(teleport: Pick<TeleportPort, 'getAccessCapabilities'>, opts: PromptCacheOptions = {}): (user: string) => Promise<string> {
  const ttlMs = opts.ttlMs ?? 10 * 60_000;
  const maxUsers = opts.maxUsers ?? 1000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, {prompt: string; until: number}>();
  return async (user) => {
    const hit = cache.get(user);
    if (hit && hit.until > now()) return hit.prompt;
    let prompt: string;
    try {
      prompt = (await teleport.getAccessCapabilities(user)).requestPrompt.trim();
    } catch {
      // A card without the prompt beats no card; the next drawing asks again.
      return hit?.prompt ?? '';
    }
    cache.delete(user);
    cache.set(user, {prompt, until: now() + ttlMs});
    if (cache.size > maxUsers) cache.delete(cache.keys().next().value!);
    return prompt;
  };
}
