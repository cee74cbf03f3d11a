// The routing setting's rows (role → recipients) and the line form the bridge reads, for the
// console's table editor (routing_editor.tsx). Pure, so it is table-tested without a browser.

export interface Route {
  role: string;
  recipients: string;
}

/** The bridge's rule for one recipient (server-bridge/src/config/validate-settings.ts `recipientSpec`). */
const RECIPIENT = /^([^/\s]+\/[^/\s]+|[^\s/@]+@[^\s/@]+|@?[a-z0-9._-]+)$/i;

/** Rows from a stored value: the line form, or the JSON object form the bridge accepts too. */
export function routesFromValue(value: unknown): Route[] {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return [];
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      return Object.entries(parsed).map(([role, list]) => ({role, recipients: Array.isArray(list) ? list.map(String).join(', ') : String(list)}));
    } catch {
      return [{role: '', recipients: text}];
    }
  }
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => {
      const at = line.search(/[:=]/);
      return at < 0 ? {role: line.trim(), recipients: ''} : {role: line.slice(0, at).trim(), recipients: line.slice(at + 1).trim()};
    });
}

export function valueFromRoutes(routes: Route[]): string {
  return routes
    .filter((r) => r.role.trim() || r.recipients.trim())
    .map((r) => `${r.role.trim()}: ${splitRecipients(r.recipients).join(', ')}`)
    .join('\n');
}

function splitRecipients(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What is wrong with each row (null when nothing), in the words the table shows under it. */
export function routeProblems(routes: Route[]): (string | null)[] {
  return routes.map((r, i) => {
    const role = r.role.trim();
    if (!role && !r.recipients.trim()) return null;
    if (!role) return 'Name a role, or * for roles without a line of their own.';
    if (/[\s:=]/.test(role)) return `"${role}" is not a role name (no spaces, colons or equals signs).`;
    if (routes.findIndex((o) => o.role.trim() === role) !== i) return `${role} has a line above already.`;
    const recipients = splitRecipients(r.recipients);
    if (recipients.length === 0) return 'Add at least one recipient.';
    const bad = recipients.find((x) => !RECIPIENT.test(x));
    return bad ? `"${bad}" is not team/channel, an e-mail or a username.` : null;
  });
}
