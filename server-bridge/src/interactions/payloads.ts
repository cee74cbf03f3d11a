/**
 * What Mattermost POSTs to the bridge, validated: a button click, a dialog submission, a slash
 * command. The command arrives form-encoded; depending on how the HTTP layer is set up a body may
 * be the raw string, URLSearchParams or an already-parsed object, so all three are accepted.
 */
import {z} from 'zod';
import {formatIssues} from '@tma/card-contract';

const id = (what: string) =>
  z
    .string({error: `expected ${what} (a string)`})
    .min(1, `expected ${what}`)
    .max(128, `${what} is too long`);

export const actionPayloadSchema = z.object({
  user_id: id('the clicking user id'),
  post_id: id('the post id'),
  channel_id: z.string().max(128).default(''),
  trigger_id: z.string().max(4096).optional(),
  context: z.unknown(),
});
export type ActionPayload = z.infer<typeof actionPayloadSchema>;

const submissionValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type SubmissionValue = z.infer<typeof submissionValue>;

export const dialogPayloadSchema = z.object({
  type: z.string().optional(),
  callback_id: z.string().max(128).optional(),
  // Checked by its signature, not its shape: a missing or odd state is "could not be verified".
  state: z.unknown(),
  user_id: id('the submitting user id'),
  channel_id: z.string().max(128).default(''),
  team_id: z.string().default(''),
  submission: z.record(z.string(), submissionValue).nullish(),
  cancelled: z.boolean().default(false),
});
export type DialogPayload = z.infer<typeof dialogPayloadSchema>;

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

export function asObject(body: unknown): unknown {
  if (typeof body === 'string') return Object.fromEntries(new URLSearchParams(body));
  if (body instanceof URLSearchParams) return Object.fromEntries(body);
  if (Buffer.isBuffer(body)) return asObject(body.toString('utf8'));
  return body;
}

export function describeIssues(error: z.ZodError): string {
  return formatIssues(error.issues, {whole: 'body'});
}
