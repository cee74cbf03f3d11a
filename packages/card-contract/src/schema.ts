/**
 * Post props arrive from the server and may have been written by an older or newer bridge (or by
 * anyone with edit rights on the post), so a card is validated before it is drawn. zod/mini keeps
 * the browser bundle small; the assertion at the bottom breaks the build if the schema and
 * CardModel drift apart.
 */
import * as z from 'zod/mini';

import type {CardModel} from './card';
import {formatIssues} from './issues';
import {ACTION_ID_PATTERN, CARD_PROPS_KEY, CARD_SCHEMA_VERSION} from './post';
import {failure, success, type Result} from './result';
import {cleanUserText} from './user-text';

const state = z.enum(['PENDING', 'APPROVED', 'DENIED', 'EXPIRED', 'PROMOTED']);
const decision = z.enum(['APPROVED', 'DENIED']);
const count = z.number().check(z.int(), z.nonnegative());
const actionId = z.string().check(z.regex(ACTION_ID_PATTERN));
// Text drawn for people is cleaned again on reading: props may come from anyone who can post.
const shown = z.pipe(
  z.string(),
  z.transform((text) => cleanUserText(text)),
);

const cardSchema = z.object({
  schema: z.literal(CARD_SCHEMA_VERSION),
  requestId: z.string(),
  cluster: shown,
  state,
  title: shown,
  requester: z.object({teleportUser: shown, mattermostUserId: z.nullable(z.string())}),
  roles: z.array(shown),
  resources: z.array(z.object({label: shown, constraint: z.nullable(shown)})),
  reason: shown,
  requestPrompt: shown,
  suggestedReviewers: z.array(shown),
  access: z.object({startsAt: z.nullable(z.string()), endsBy: z.nullable(z.string()), lasts: z.nullable(z.string()), sessionLasts: z.nullable(z.string())}),
  resolveReason: shown,
  created: z.string(),
  pendingExpires: z.nullable(z.string()),
  accessExpires: z.nullable(z.string()),
  summary: z.object({approvals: count, approvalsNeeded: count, denials: count, denialsNeeded: count}),
  progress: z.array(z.object({name: shown, approvals: count, approvalsNeeded: count, denials: count, denialsNeeded: count})),
  stillNeeded: z.array(shown),
  reviews: z.array(
    z.object({
      author: shown,
      authorMattermostId: z.nullable(z.string()),
      decision,
      reason: shown,
      created: z.string(),
      viaMattermost: z.boolean(),
      thresholds: z.array(shown),
    }),
  ),
  webUrl: z.nullable(z.string()),
  tshCommands: z.object({approve: z.string(), deny: z.string()}),
  buttons: z.object({
    enabled: z.boolean(),
    linkOnlyReason: z.nullable(z.enum(['reviews_disabled', 'cluster_unsupported', 'long_term', 'sensitive_role'])),
    approveActionId: actionId,
    denyActionId: actionId,
  }),
  updatedAt: z.string(),
});

/** The card, or the first offending field and what was expected (text shown as is). */
export type CardParse = Result<CardModel, string>;

/** Reads the card from post props; the error names the first offending field and what was expected. */
export function parseCard(props: Record<string, unknown> | null | undefined): CardParse {
  const raw = props?.[CARD_PROPS_KEY];
  if (raw === undefined || raw === null) return failure(`props.${CARD_PROPS_KEY} is missing`);
  const result = cardSchema.safeParse(raw);
  if (!result.success) return failure(formatIssues(result.error.issues, {root: `props.${CARD_PROPS_KEY}`, firstOnly: true}));
  return success(result.data);
}

// Compile-time guard: apart from `schema` (only our version is accepted), the validated shape
// must be exactly CardModel.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed = z.infer<typeof cardSchema>;
const sameShape: Exact<Omit<Parsed, 'schema'>, Omit<CardModel, 'schema'>> = true;
void sameShape;
