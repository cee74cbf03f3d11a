// The plugin's network calls: "click this button" on a post, the same request
// mattermost-redux's doPostAction makes (the Mattermost server looks the action up in the
// stored post, forwards it to the bridge with the clicker's attested user id, and posts the
// bridge's private answer as an ephemeral message that core renders); and re-reading a post
// whose card turned out to be out of date.
import * as z from 'zod/mini';

import {failure, success, type Result} from '@tma/card-contract';

const okBody = z.object({trigger_id: z.optional(z.string())});
const errorBody = z.object({id: z.optional(z.string()), message: z.optional(z.string())});

/**
 * What the real server (11.4) answers for a click on a button the stored post no longer has: the
 * bridge already redrew the card (resolved, or reviews turned off) and this viewer missed the edit.
 */
const STALE_ACTION_ERROR = 'api.post.do_action.action_id.app_error';

/** A dialog trigger id when the bridge opened one; else why the click did nothing. */
export type ActionResult = Result<
  {triggerId: string | null},
  | {kind: 'failed'; message: string}
  /** The card the viewer clicked is out of date; the server never reached the bridge. */
  | {kind: 'stale'}
>;

export function csrfTokenFrom(cookie: string): string {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'MMCSRF') return decodeURIComponent(rest.join('='));
  }
  return '';
}

export async function doPostAction(siteUrl: string, postId: string, actionId: string): Promise<ActionResult> {
  const url = `${siteUrl}/api/v4/posts/${encodeURIComponent(postId)}/actions/${encodeURIComponent(actionId)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: writeHeaders(),
      body: '{}',
    });
  } catch {
    return failure({kind: 'failed', message: 'Could not reach Mattermost. Check your connection and try again.'});
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // Mattermost's AppError carries a user-facing message (also the bridge's `error.message`).
    const parsed = errorBody.safeParse(body);
    if (response.status === 404 && parsed.success && parsed.data.id === STALE_ACTION_ERROR) return failure({kind: 'stale'});
    const detail = parsed.success && parsed.data.message ? parsed.data.message : `HTTP ${response.status}`;
    return failure({kind: 'failed', message: `The action failed: ${detail}`});
  }
  const parsed = okBody.safeParse(body);
  return success({triggerId: parsed.success ? (parsed.data.trigger_id ?? null) : null});
}

function writeHeaders(): Record<string, string> {
  return {'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrfTokenFrom(document.cookie)};
}

const postBody = z.object({id: z.string(), update_at: z.number()});

/** The post as the server has it now (what core's `post_edited` would have delivered), or null. */
export async function fetchPost(siteUrl: string, postId: string): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(`${siteUrl}/api/v4/posts/${encodeURIComponent(postId)}`, {credentials: 'include', headers: {'X-Requested-With': 'XMLHttpRequest'}});
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return postBody.safeParse(body).success ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// --- The bridge's status reports (System Console) ---

const botList = z.array(z.object({user_id: z.string()}));
const preferenceList = z.array(z.object({name: z.string(), value: z.optional(z.string())}));

/** The stored reports and the bots that hold them, or what Mattermost answered instead (shown as is). */
export type StatusRead = Result<{stored: {name: string; value: string}[]; botIds: string[]}, string>;

async function getJson(url: string): Promise<{status: number; body: unknown}> {
  const response = await fetch(url, {credentials: 'include', headers: {'X-Requested-With': 'XMLHttpRequest'}});
  return {status: response.status, body: response.ok ? await response.json() : null};
}

/**
 * The bridge's reports, read with the admin's session from the preferences of the bot that wrote
 * them (`category`). The webapp does not know which bot the bridge uses and Mattermost has no
 * search across users' preferences, so it lists the bots (few; one page of 200) and reads each
 * one's category, in parallel. `knownBotIds` (the bots that had reports last time) makes the
 * refreshes one call each; the full scan runs again only if those come back empty.
 */
export async function readBridgeReports(siteUrl: string, category: string, knownBotIds: string[] = []): Promise<StatusRead> {
  try {
    if (knownBotIds.length > 0) {
      const known = await readCategories(siteUrl, category, knownBotIds);
      if (!known.ok || known.value.stored.length > 0) return known;
    }
    const bots = await getJson(`${siteUrl}/api/v4/bots?per_page=200`);
    if (bots.status !== 200) return failure(`GET /api/v4/bots answered HTTP ${bots.status}${bots.status === 403 ? ' (it needs a system admin)' : ''}`);
    const parsed = botList.safeParse(bots.body);
    if (!parsed.success) return failure('GET /api/v4/bots answered something that is not a list of bots');
    return await readCategories(
      siteUrl,
      category,
      parsed.data.map((b) => b.user_id),
    );
  } catch {
    return failure('Mattermost could not be reached');
  }
}

async function readCategories(siteUrl: string, category: string, userIds: string[]): Promise<StatusRead> {
  const answers = await Promise.all(
    userIds.map(async (id) => ({id, ...(await getJson(`${siteUrl}/api/v4/users/${encodeURIComponent(id)}/preferences/${encodeURIComponent(category)}`))})),
  );
  const stored: {name: string; value: string}[] = [];
  const botIds: string[] = [];
  let refused: number | null = null;
  for (const a of answers) {
    // 404: this bot has no preference in the category (Mattermost's answer for an empty one).
    if (a.status === 404) continue;
    const prefs = preferenceList.safeParse(a.body);
    if (a.status !== 200 || !prefs.success) {
      refused ??= a.status;
      continue;
    }
    if (prefs.data.length > 0) botIds.push(a.id);
    for (const p of prefs.data) stored.push({name: p.name, value: p.value ?? ''});
  }
  if (stored.length === 0 && refused !== null) return failure(`GET /api/v4/users/…/preferences/${category} answered HTTP ${refused}`);
  return success({stored, botIds});
}
