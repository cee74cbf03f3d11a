// Hostile reasons on every surface the pure core writes: card markdown, props, thread replies,
// requester DMs and reminders keep their own lines, and the reason shows as one inert line.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {cleanUserText, parseCard} from '@tma/card-contract';
import {assertInert, hostileText, readerLines} from '@tma/card-contract/testing';
import fc from 'fast-check';

import {expiryWarningDm, reminderReply, reviewerReminderDm} from '../app/reminders';
import {cardInput, request, review} from '../testing/fixtures';
import {renderCardMarkdown} from './markdown';
import {requesterDm, resolutionReply, reviewReply} from './messages';
import {buildCardModel} from './model';
import {renderCardPost} from './post';
import {utcTime} from './time';

const ISSUE_REASON = 'fine\r# HEADING\r---\r1. approved by security';

const lines = readerLines;

function hostileCard(reason: string, state: 'PENDING' | 'APPROVED' = 'PENDING') {
  const req = request({
    reason,
    state,
    resolveReason: state === 'APPROVED' ? reason : '',
    reviews: [review('alice', 'APPROVED', {reason})],
  });
  return {req, card: buildCardModel({...cardInput, request: req, state})};
}

describe('a hostile reason on every surface', () => {
  it("the issue's reason cannot add a heading, a rule or a list, nor swallow the Request ID line", () => {
    const {card} = hostileCard(ISSUE_REASON);
    const md = renderCardMarkdown(card);
    const reasonLine = lines(md).find((l) => l.startsWith('**Reason:**'));
    assert.equal(reasonLine, '**Reason:** fine \\# HEADING --- 1. approved by security');
    assert.ok(lines(md).includes('**Request ID:** `91c4a7b3`'), md);
    assert.equal(card.reason, 'fine # HEADING --- 1. approved by security', 'props carry the cleaned line');
  });

  it('a right-to-left override does not reach the card, its props or its replies', () => {
    const {card, req} = hostileCard('approve \u202Eevil\u202C now', 'APPROVED');
    for (const text of [renderCardMarkdown(card), JSON.stringify(card), reviewReply(req.reviews[0]!, false, card), resolutionReply(card), requesterDm(card)]) {
      assert.doesNotMatch(text, /\u202E|\u202C|\\u202[ec]/i);
      assert.match(text, /approve evil now/);
    }
  });

  it('property: the card keeps its own lines whatever the reasons say', () => {
    const labels = (text: string) => lines(text).map((l) => /^(\*\*[^*]+\*\*|#### \S+|\[[^\]]+\]|_)/.exec(l)?.[0] ?? l);
    const harmless = labels(renderCardMarkdown(hostileCard('ok', 'APPROVED').card));
    const none = labels(renderCardMarkdown(hostileCard('', 'APPROVED').card));
    fc.assert(
      fc.property(hostileText, (reason) => {
        const {card} = hostileCard(reason, 'APPROVED');
        const md = renderCardMarkdown(card);
        assertInert(md);
        // The same lines, each with the same label, as for a harmless reason (or for none, when nothing visible is left).
        assert.deepEqual(labels(md), cleanUserText(reason) === '' ? none : harmless);
      }),
      {numRuns: 500},
    );
  });

  it('property: props carry one clean line and the webapp reads back the same', () => {
    fc.assert(
      fc.property(hostileText, (reason) => {
        const {card} = hostileCard(reason, 'APPROVED');
        for (const text of [card.reason, card.resolveReason, card.reviews[0]!.reason]) assert.equal(text, cleanUserText(text));
        const post = renderCardPost(card, null);
        const read = parseCard(post.props);
        assert.ok(read.ok);
        assert.equal(read.value.reason, card.reason);
      }),
      {numRuns: 300},
    );
  });

  it('property: replies, DMs and reminders keep the reason on its own quoted line', () => {
    fc.assert(
      fc.property(hostileText, (reason) => {
        const {card, req} = hostileCard(reason, 'APPROVED');
        const reply = reviewReply(req.reviews[0]!, true, card);
        const texts = [
          reply,
          resolutionReply(card),
          requesterDm(card),
          reviewerReminderDm(req, 3_600_000, null),
          expiryWarningDm(req, 600_000, null),
          reminderReply(req, 3_600_000),
        ];
        for (const text of texts) assertInert(text);
        // A reply is: the headline, the quoted reason (only if there is one) and the progress line.
        const replyLines = lines(reply);
        assert.equal(replyLines.length, cleanUserText(reason) === '' ? 2 : 3, reply);
        if (replyLines.length === 3) assert.match(replyLines[1]!, /^> \S/);
      }),
      {numRuns: 300},
    );
  });
});

describe('one time format in markdown', () => {
  const table: [string, string | Date, string][] = [
    ['ISO with milliseconds', '2026-12-02T03:51:43.123Z', '2026-12-02 03:51 UTC'],
    ['ISO with an offset is shown in UTC', '2026-12-02T04:51:43+01:00', '2026-12-02 03:51 UTC'],
    ['a Date', new Date(Date.UTC(2026, 11, 2, 3, 51, 43)), '2026-12-02 03:51 UTC'],
    ['an unreadable time is shown as given', 'soon', 'soon'],
  ];
  for (const [name, input, want] of table) it(name, () => assert.equal(utcTime(input), want));

  it('card, replies and DMs all use it', () => {
    const req = request({state: 'APPROVED', reviews: [review('alice', 'APPROVED')]});
    const card = buildCardModel({...cardInput, request: req, state: 'APPROVED'});
    assert.match(renderCardMarkdown(card), /\*\*Access until:\*\* 2026-11-21 18:00 UTC$/m);
    assert.match(reviewReply(req.reviews[0]!, false, card), / at 2026-11-21 10:05 UTC$/m);
    assert.match(requesterDm(card), /Access active until 2026-11-21 18:00 UTC\./);
    for (const text of [renderCardMarkdown(card), reviewReply(req.reviews[0]!, false, card), requesterDm(card)]) {
      assert.doesNotMatch(text, /\d{2}:\d{2}:\d{2}|T\d{2}:|\d(?:AM|PM)\b/, 'no second form');
    }
  });
});
