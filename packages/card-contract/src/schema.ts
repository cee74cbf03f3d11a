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

const state = z.enum(['PENDING', 'APPROVED', 'DENIED', 'EXPIRED', 'PROMOTED']);
const decision = z.enum(['APPROVED', 'DENIED']);
const count = z.number().check(z.int(), z.nonnegative());
const actionId = z.string().check(z.regex(ACTION_ID_PATTERN));

const cardSchema = z.object({
  schema: z.literal(CARD_SCHEMA_VERSION),
  requestId: z.string(),
  cluster: z.string(),
  state,
  title: z.string(),
  requester: z.object({teleportUser: z.string(), mattermostUserId: z.nullable(z.string())}),
  roles: z.array(z.string()),
  resources: z.array(z.object({label: z.string(), constraint: z.nullable(z.string())})),
  reason: z.string(),
  requestPrompt: z.string(),
  suggestedReviewers: z.array(z.string()),
  access: z.object({startsAt: z.nullable(z.string()), endsBy: z.nullable(z.string()), lasts: z.nullable(z.string()), sessionLasts: z.nullable(z.string())}),
  resolveReason: z.string(),
  created: z.string(),
  pendingExpires: z.nullable(z.string()),
  accessExpires: z.nullable(z.string()),
  summary: z.object({approvals: count, approvalsNeeded: count, denials: count, denialsNeeded: count}),
  progress: z.array(z.object({name: z.string(), approvals: count, approvalsNeeded: count, denials: count, denialsNeeded: count})),
  stillNeeded: z.array(z.string()),
  reviews: z.array(
    z.object({
      author: z.string(),
      authorMattermostId: z.nullable(z.string()),
      decision,
      reason: z.string(),
      created: z.string(),
      viaMattermost: z.boolean(),
      thresholds: z.array(z.string()),
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

export type CardParse = {ok: true; card: CardModel} | {ok: false; problem: string};

/** Reads the card from post props; `problem` names the first offending field and what was expected. */
export function parseCard(props: Record<string, unknown> | null | undefined): CardParse {
  const raw = props?.[CARD_PROPS_KEY];
  if (raw === undefined || raw === null) return {ok: false, problem: `props.${CARD_PROPS_KEY} is missing`};
  const result = cardSchema.safeParse(raw);
  if (!result.success) return {ok: false, problem: formatIssues(result.error.issues, {root: `props.${CARD_PROPS_KEY}`, firstOnly: true})};
  return {ok: true, card: result.data};
}

// Compile-time guard: apart from `schema` (only our version is accepted), the validated shape
// must be exactly CardModel.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed = z.infer<typeof cardSchema>;
const sameShape: Exact<Omit<Parsed, 'schema'>, Omit<CardModel, 'schema'>> = true;
void sameShape;
