// The one network call of the plugin: "click this button" on a post, the same request
// mattermost-redux's doPostAction makes. The Mattermost server looks the action up in the
// stored post, forwards it to the bridge with the clicker's attested user id, and posts the
// bridge's private answer as an ephemeral message that core renders.
import * as z from 'zod/mini';

const okBody = z.object({trigger_id: z.optional(z.string())});
const errorBody = z.object({message: z.optional(z.string())});

export type ActionResult = {ok: true; triggerId: string | null} | {ok: false; message: string};

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
      headers: {
        'Content-Type': 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
        'X-CSRF-Token': csrfTokenFrom(document.cookie),
      },
      body: '{}',
    });
  } catch {
    return {ok: false, message: 'Could not reach Mattermost. Check your connection and try again.'};
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // Mattermost's AppError carries a user-facing message (also the bridge's `error.message`).
    const parsed = errorBody.safeParse(body);
    const detail = parsed.success && parsed.data.message ? parsed.data.message : `HTTP ${response.status}`;
    return {ok: false, message: `The action failed: ${detail}`};
  }
  const parsed = okBody.safeParse(body);
  return {ok: true, triggerId: parsed.success ? (parsed.data.trigger_id ?? null) : null};
}
