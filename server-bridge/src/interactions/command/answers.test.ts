// Hostile text in /teleport answers and the request form: role and user names are Teleport's,
// reasons and prompts people's, and every surface must stay inert whatever they hold (issue 14,
// point 4: dialogs and command answers included). `show` is the card's own markdown, covered in
// card/surfaces.test.ts.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {cleanUserText, isBlankUserText} from '@tma/card-contract';
import {assertInert, hostileText, readerLines} from '@tma/card-contract/testing';
import fc from 'fast-check';

import {listMarkdown, type RequestList} from '../../reviewers/request-list';
import {request} from '../../testing/fixtures';
import type {AccessCapabilities} from '../../teleport/port';
import {createdReply} from './created';
import {requestForm} from './form';

const NOW = new Date('2026-12-02T10:00:00Z');
const lines = readerLines;
/** Names are printed as code spans, where Mattermost finds no mentions: a name copied from the answer is the name. */
const assertInertAnswer = (md: string) => assertInert(md, {codeSpans: 'may-mention'});

function listOf(role: string, user: string): RequestList {
  const pending = request({id: '11111111-aaaa-4bbb-8ccc-000000000001', user, roles: [role, 'dbadmin'], state: 'PENDING'});
  const mine = request({id: '22222222-aaaa-4bbb-8ccc-000000000002', user: 'alice', roles: [role], state: 'APPROVED'});
  return {
    toReview: [{request: pending, relation: 'maybe-reviewer', cardUrl: 'https://mm.example.com/_redirect/pl/abc'}],
    toReviewTotal: 1,
    own: [{request: mine, relation: 'requester', cardUrl: null}],
    ownTotal: 1,
    permissionsUnavailable: null,
  };
}

describe('/teleport answers with hostile names', () => {
  it('property: the list keeps its lines, one per request, whatever the role and user names say', () => {
    const shape = (md: string) => lines(md).map((l) => (l.startsWith('- ') ? `${l.slice(0, 4)}…` : l.replace(/\(\d+\)/, '(n)')));
    const harmless = shape(listMarkdown(listOf('dba', 'bob')));
    fc.assert(
      fc.property(hostileText, hostileText, (role, user) => {
        const md = listMarkdown(listOf(role, user));
        assertInertAnswer(md);
        assert.deepEqual(shape(md), harmless);
      }),
      {numRuns: 300},
    );
  });

  it('property: the created answer keeps its lines whatever the role names say', () => {
    const reply = (role: string) =>
      createdReply({
        request: request({roles: [role], reason: role, accessExpires: '2026-12-02T14:00:00Z'}),
        dryRun: false,
        askedMs: 4 * 3600_000,
        bridgeCertExpiry: null,
        notifyRequester: true,
        now: NOW,
      });
    const harmless = lines(reply('dba')).length;
    fc.assert(
      fc.property(hostileText, (role) => {
        const md = reply(role);
        assertInertAnswer(md);
        assert.equal(lines(md).length, harmless);
      }),
      {numRuns: 300},
    );
  });

  it('property: the request form Request again opens shows the earlier reason and the role prompt as one clean line', () => {
    const caps = (prompt: string): AccessCapabilities => ({
      requestableRoles: ['dbadmin'],
      applicableRolesForResources: [],
      suggestedReviewers: [],
      requireReason: true,
      requestPrompt: prompt,
    });
    fc.assert(
      fc.property(hostileText, hostileText, (reason, prompt) => {
        const form = requestForm({teleportUser: 'bob', cluster: 'c', caps: caps(prompt), state: 's', prefill: {roles: ['dbadmin'], resources: [], reason}});
        const elements = form['elements'] as {name: string; default?: string}[];
        const shown = elements.find((e) => e.name === 'reason')?.default ?? '';
        assert.equal(shown, cleanUserText(reason).trim().slice(0, 1000));
        assert.equal(lines(shown).length, 1);
        const intro = String(form['introduction_text']);
        assertInertAnswer(intro);
        assert.equal(
          lines(intro).length,
          lines(String(requestForm({teleportUser: 'bob', cluster: 'c', caps: caps(isBlankUserText(prompt) ? '' : 'x'), state: 's'})['introduction_text'])).length,
        );
      }),
      {numRuns: 300},
    );
  });
});
