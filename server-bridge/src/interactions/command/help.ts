/** Help texts, one per subcommand, shown by `/teleport help [subcommand]` and after usage errors. */

export const SUBCOMMANDS = ['request', 'list', 'show', 'approve', 'deny', 'status', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** For the registered command's autocomplete (one static line in Mattermost). */
export const AUTOCOMPLETE_HINT = '[request|list|show|approve|deny|status|help]';
export const AUTOCOMPLETE_DESCRIPTION = 'Request, review and follow Teleport access requests';

const HELP: Record<Subcommand, string> = {
  request: [
    '**/teleport request** — ask Teleport for access to one or more roles, or to resources.',
    '```',
    '/teleport request --roles dbadmin[,other] [--resource /<cluster>/<kind>/<name>]… [--reason "…"] [--reviewers alice,ivan] [--max-duration 4h] [--dry-run]',
    '/teleport request            (opens a form listing the roles you may request)',
    '```',
    '- `--roles`: roles to request, comma separated (required unless you name resources or use the form).',
    '- `--resource`: a resource to request, as `tsh request search` prints it (e.g. `/teleport.example.com/node/web-1`); repeat it for more. Teleport picks the roles from your `search_as_roles` unless you name them.',
    '- `--reason`: why you need access; some roles require it (quote it, or put it last).',
    '- `--reviewers`: suggested reviewers, Mattermost `@usernames` or Teleport user names.',
    '- `--max-duration`: how long access should last, e.g. `4h`, `90m`, `1h30m`, `2d`. Teleport may grant less.',
    '- `--dry-run`: check the request with Teleport without creating it.',
  ].join('\n'),
  list: '**/teleport list** — pending requests your Teleport roles let you review and your own recent requests, soonest expiry first, with their progress and a link to the card.',
  show: "**/teleport show** `<request-id>` — shows a request's card, only to you. The 8 characters the card shows, any 8+ characters from either end of the id, or a Teleport request link work too.",
  approve: '**/teleport approve** `<request-id> [reason]` — approves as your Teleport user, with the same checks as the Approve button.',
  deny: '**/teleport deny** `<request-id> <reason>` — denies as your Teleport user; a reason is required.',
  status: '**/teleport status** — whether your Mattermost account is mapped to a Teleport user, and whether in-chat reviews work on this cluster.',
  help: '**/teleport help** `[subcommand]` — this help.',
};

export function helpFor(topic: Subcommand | null): string {
  if (topic !== null && topic !== 'help') return HELP[topic];
  return [
    '**/teleport** — Teleport access requests from Mattermost. Replies are visible only to you.',
    '',
    ...SUBCOMMANDS.map((s) => `- ${HELP[s].split('\n')[0]}`),
    '',
    'Run `/teleport help <subcommand>` for details.',
  ].join('\n');
}
