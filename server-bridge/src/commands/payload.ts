/**
 * What Mattermost POSTs to the bridge for the command and for the request form, validated.
 * The command arrives form-encoded; depending on how the HTTP layer is set up the body may be the
 * raw string, URLSearchParams or an already-parsed object, so all three are accepted.
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';

const id = (what: string) =>
  z
    .string({error: `expected ${what} (a string)`})
    .min(1, `expected ${what}`)
    .max(128, `${what} is too long`);

export const commandPayloadSchema = z.object({
  token: z.string().optional(),
  team_id: id('the team id'),
  user_id: id('the invoking user id'),
  channel_id: id('the channel id'),
  /** The team's name (URL slug): permalinks to cards are built with it. */
  team_domain: z.string().optional(),
  text: z.string({error: 'expected the command text (a string)'}).default(''),
  trigger_id: z.string().optional(),
  command: z.string().optional(),
});
export type CommandPayload = z.infer<typeof commandPayloadSchema>;

const submissionValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const dialogPayloadSchema = z.object({
  type: z.string().optional(),
  callback_id: z.string().optional(),
  state: z.string({error: 'expected the dialog state (a string)'}),
  user_id: id('the submitting user id'),
  channel_id: z.string().default(''),
  team_id: z.string().default(''),
  submission: z.record(z.string(), submissionValue).default({}),
  cancelled: z.boolean().default(false),
});
export type DialogPayload = z.infer<typeof dialogPayloadSchema>;

function asObject(body: unknown): unknown {
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
  if (body instanceof URLSearchParams) return Object.fromEntries(body);
  if (Buffer.isBuffer(body)) return asObject(body.toString('utf8'));
  return body;
}

export function parseCommandPayload(body: unknown): {ok: true; payload: CommandPayload} | {ok: false; error: string} {
  const parsed = commandPayloadSchema.safeParse(asObject(body));
  return parsed.success ? {ok: true, payload: parsed.data} : {ok: false, error: formatIssues(parsed.error.issues, {whole: 'body'})};
}

export function parseDialogPayload(body: unknown): {ok: true; payload: DialogPayload} | {ok: false; error: string} {
  const parsed = dialogPayloadSchema.safeParse(asObject(body));
  return parsed.success ? {ok: true, payload: parsed.data} : {ok: false, error: formatIssues(parsed.error.issues, {whole: 'body'})};
}
