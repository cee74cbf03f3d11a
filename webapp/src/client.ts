// The plugin's network calls: "click this button" on a post, the same request
// mattermost-redux's doPostAction makes (the Mattermost server looks the action up in the
// stored post, forwards it to the bridge with the clicker's attested user id, and posts the
// bridge's private answer as an ephemeral message that core renders); and re-reading a post
// whose card turned out to be out of date.
import * as z from 'zod/mini';

const okBody = z.object({trigger_id: z.optional(z.string())});
const errorBody = z.object({id: z.optional(z.string()), message: z.optional(z.string())});

/**
 * What the real server (11.4) answers for a click on a button the stored post no longer has: the
 * bridge already redrew the card (resolved, or reviews turned off) and this viewer missed the edit.
 */
const STALE_ACTION_ERROR = 'api.post.do_action.action_id.app_error';

export type ActionResult =
  | {ok: true; triggerId: string | null}
  | {ok: false; message: string}
  /** The card the viewer clicked is out of date; the server never reached the bridge. */
  | {ok: false; stale: true};

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
    return {ok: false, message: 'Could not reach Mattermost. Check your connection and try again.'};
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // Mattermost's AppError carries a user-facing message (also the bridge's `error.message`).
    const parsed = errorBody.safeParse(body);
    if (response.status === 404 && parsed.success && parsed.data.id === STALE_ACTION_ERROR) return {ok: false, stale: true};
    const detail = parsed.success && parsed.data.message ? parsed.data.message : `HTTP ${response.status}`;
    return {ok: false, message: `The action failed: ${detail}`};
  }
  const parsed = okBody.safeParse(body);
  return {ok: true, triggerId: parsed.success ? (parsed.data.trigger_id ?? null) : null};
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
