import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {CardModel} from './card';
import {CARD_PROPS_KEY, CARD_SCHEMA_VERSION} from './post';
import {parseCard} from './schema';

const card: CardModel = {
  schema: CARD_SCHEMA_VERSION,
  requestId: 'r-1',
  cluster: 'story.example.com',
  state: 'PENDING',
  title: 'Access request pending review',
  requester: {teleportUser: 'bob', mattermostUserId: 'mm-bob'},
  roles: ['dbadmin'],
  resources: [{label: 'node/web-1', constraint: 'login root'}],
  reason: 'TICKET-42',
  requestPrompt: 'Give the ticket',
  suggestedReviewers: ['alice'],
  access: {startsAt: null, endsBy: '2026-11-21T14:00:00.000Z', lasts: '4 h', sessionLasts: null},
  resolveReason: '',
  created: '2026-11-21T10:00:00.000Z',
  pendingExpires: null,
  accessExpires: null,
  summary: {approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1},
  progress: [{name: 'dual', approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1}],
  stillNeeded: ['1 more approval'],
  reviews: [{author: 'alice', authorMattermostId: 'mm-alice', decision: 'APPROVED', reason: '', created: '2026-11-21T10:05:00.000Z', viaMattermost: true, thresholds: []}],
  webUrl: 'https://teleport.example.com/web/requests/r-1',
  tshCommands: {approve: 'tsh request review --approve r-1', deny: 'tsh request review --deny r-1'},
  buttons: {enabled: true, linkOnlyReason: null, approveActionId: 'approve', denyActionId: 'deny'},
  updatedAt: '2026-11-21T10:06:00.000Z',
};

const props = (value: unknown) => ({[CARD_PROPS_KEY]: value});

describe('reading a card from post props', () => {
  it('accepts a card as the bridge writes it', () => assert.deepEqual(parseCard(props(card)), {ok: true, value: card}));

  const refused: [string, Record<string, unknown> | null, RegExp][] = [
    ['no props', null, /^props\.teleport_card is missing$/],
    ['another schema version', props({...card, schema: 1}), /^props\.teleport_card\.schema: /],
    ['a schema-1 card (resources as plain strings)', props({...card, schema: 2, resources: ['node/web-1']}), /^props\.teleport_card\.resources\[0\]: /],
    ['an unknown state', props({...card, state: 'LOST'}), /^props\.teleport_card\.state: /],
    ['a review with an unknown decision', props({...card, reviews: [{...card.reviews[0], decision: 'MAYBE'}]}), /^props\.teleport_card\.reviews\[0\]\.decision: /],
    ['an action id the server cannot route', props({...card, buttons: {...card.buttons, approveActionId: 'app-rove'}}), /^props\.teleport_card\.buttons\.approveActionId: /],
    ['not an object', props('card'), /^props\.teleport_card: /],
  ];
  for (const [name, input, problem] of refused) {
    it(`refuses ${name}, naming the field`, () => {
      const parsed = parseCard(input);
      assert.ok(!parsed.ok);
      assert.match(parsed.error, problem);
    });
  }
});
