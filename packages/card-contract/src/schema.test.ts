import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import type {CardModel} from './card';
import {CARD_PROPS_KEY} from './post';
import {parseCard} from './schema';

const card: CardModel = {
  schema: 1,
  requestId: 'r-1',
  cluster: 'story.example.com',
  state: 'PENDING',
  title: 'Access request pending review',
  requester: {teleportUser: 'bob', mattermostUserId: 'mm-bob'},
  roles: ['dbadmin'],
  resources: [],
  reason: 'TICKET-42',
  resolveReason: '',
  created: '2026-11-21T10:00:00.000Z',
  pendingExpires: null,
  accessExpires: null,
  summary: {approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1},
  progress: [{name: 'dual', approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1}],
  reviews: [{author: 'alice', authorMattermostId: 'mm-alice', decision: 'APPROVED', reason: '', created: '2026-11-21T10:05:00.000Z', viaMattermost: true}],
  webUrl: 'https://teleport.example.com/web/requests/r-1',
  tshCommands: {approve: 'tsh request review --approve r-1', deny: 'tsh request review --deny r-1'},
  buttons: {enabled: true, linkOnlyReason: null, approveActionId: 'approve', denyActionId: 'deny'},
  updatedAt: '2026-11-21T10:06:00.000Z',
};

const props = (value: unknown) => ({[CARD_PROPS_KEY]: value});

describe('reading a card from post props', () => {
  it('accepts a card as the bridge writes it', () => assert.deepEqual(parseCard(props(card)), {ok: true, card}));

  const refused: [string, Record<string, unknown> | null, RegExp][] = [
    ['no props', null, /^props\.teleport_card is missing$/],
    ['another schema version', props({...card, schema: 2}), /^props\.teleport_card\.schema: /],
    ['an unknown state', props({...card, state: 'LOST'}), /^props\.teleport_card\.state: /],
    ['a review with an unknown decision', props({...card, reviews: [{...card.reviews[0], decision: 'MAYBE'}]}), /^props\.teleport_card\.reviews\[0\]\.decision: /],
    ['an action id the server cannot route', props({...card, buttons: {...card.buttons, approveActionId: 'app-rove'}}), /^props\.teleport_card\.buttons\.approveActionId: /],
    ['not an object', props('card'), /^props\.teleport_card: /],
  ];
  for (const [name, input, problem] of refused) {
    it(`refuses ${name}, naming the field`, () => {
      const parsed = parseCard(input);
      assert.ok(!parsed.ok);
      assert.match(parsed.problem, problem);
    });
  }
});
