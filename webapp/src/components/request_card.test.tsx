/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import '../test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';

import {cleanup, screen, within} from '@testing-library/react';

import type {CardState} from '@tma/card-contract';
import {cardPost, PROFILES, storyCard, storyReview} from '../test_support/fixtures';
import {renderCard} from '../test_support/render_card';

const byId = () => Object.fromEntries(Object.values(PROFILES).map((p) => [p.id, p]));

afterEach(() => {
  cleanup();
  delete window.PostUtils;
});

const STATES: CardState[] = ['PENDING', 'APPROVED', 'DENIED', 'EXPIRED', 'PROMOTED'];
const now = Date.now();

type ViewerKind = 'reviewer' | 'approver' | 'denier' | 'requester' | 'link-only reader';
const VIEWERS: Record<ViewerKind, {userId: string; card: (s: CardState) => ReturnType<typeof storyCard>}> = {
  reviewer: {userId: PROFILES.carol.id, card: (s) => storyCard(s, {now})},
  approver: {userId: PROFILES.alice.id, card: (s) => storyCard(s, {now, reviews: [storyReview('alice', 'APPROVED', now - 60_000, 'fine')]})},
  denier: {userId: PROFILES.alice.id, card: (s) => storyCard(s, {now, reviews: [storyReview('alice', 'DENIED', now - 60_000, 'not today')]})},
  requester: {userId: PROFILES.bob.id, card: (s) => storyCard(s, {now})},
  'link-only reader': {userId: PROFILES.carol.id, card: (s) => storyCard(s, {now, linkOnly: 'sensitive_role'})},
};

const TITLES: Record<CardState, RegExp> = {
  PENDING: /pending review/,
  APPROVED: /approved/,
  DENIED: /denied/,
  EXPIRED: /expired/,
  PROMOTED: /promoted/,
};

describe('request card: every state for every kind of viewer', () => {
  for (const state of STATES) {
    for (const [kind, viewer] of Object.entries(VIEWERS) as [ViewerKind, (typeof VIEWERS)[ViewerKind]][]) {
      test(`${state} seen by the ${kind}`, () => {
        const {container} = renderCard(cardPost(viewer.card(state)), viewer.userId);
        const card = container.querySelector('section.tma-card');
        assert.ok(card, 'the card is drawn');
        assert.equal(card.getAttribute('data-state'), state);
        assert.match(screen.getByRole('heading').textContent ?? '', TITLES[state]);
        assert.equal(screen.getByText('@bob').tagName, 'STRONG', 'requester shown by Mattermost username');

        const buttons = screen.queryAllByRole('button');
        const expectButtons = state === 'PENDING' && kind === 'reviewer';
        assert.deepEqual(
          buttons.map((b) => b.textContent),
          expectButtons ? ['Approve', 'Deny'] : [],
        );
        assert.equal(screen.queryByText('You approved') !== null, kind === 'approver');
        assert.equal(screen.queryByText('You denied') !== null, kind === 'denier');
        assert.equal(screen.queryByText(/This is your request/) !== null, state === 'PENDING' && kind === 'requester');
        assert.equal(screen.queryByText(/must be reviewed in Teleport/) !== null, state === 'PENDING' && kind === 'link-only reader');
        assert.equal(screen.getByRole('link', {name: 'Open in Teleport'}).getAttribute('href'), viewer.card(state).webUrl);
      });
    }
  }
});

describe('request card content', () => {
  test('pending card shows roles, resources, reason, countdown and empty progress', () => {
    renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.carol.id);
    assert.ok(screen.getByText('dbadmin'));
    assert.ok(screen.getByText('node/db-1'));
    assert.ok(screen.getByText(/TICKET-42/));
    // The date comes first when the expiry falls on another day (run within the hour before midnight).
    assert.match(screen.getByText(/^expires in/).textContent ?? '', /^expires in 4[78]m \d\ds · (?:[A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d\d/);
    const approvals = screen.getByRole('progressbar', {name: 'Approvals'});
    assert.equal(approvals.getAttribute('aria-valuenow'), '0');
    assert.equal(approvals.getAttribute('aria-valuemax'), '2');
    assert.ok(screen.getByText('0 of 2'));
    assert.ok(screen.getByText('0 of 1'));
  });

  test('approved card lists both reviews with names, decisions and reasons, and full progress', () => {
    renderCard(cardPost(storyCard('APPROVED', {now})), PROFILES.carol.id);
    const reviews = within(screen.getByRole('list', {name: 'Reviews'})).getAllByRole('listitem');
    assert.equal(reviews.length, 2);
    assert.match(reviews[0]?.textContent ?? '', /@alice\s*approved.*Ticket checked/);
    assert.match(reviews[1]?.textContent ?? '', /@ivan\s*approved/);
    assert.equal(screen.getByRole('progressbar', {name: 'Approvals'}).getAttribute('aria-valuenow'), '2');
    assert.ok(screen.getByText('2 of 2'));
    // The date comes first when the end falls on another day (run in the evening).
    assert.match(screen.getByText(/^ends in/).textContent ?? '', /^ends in 7h \d\dm · (?:[A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d\d/);
  });

  test('denied card shows the resolution reason and the denial count', () => {
    renderCard(cardPost(storyCard('DENIED', {now})), PROFILES.carol.id);
    assert.ok(screen.getByText('Resolution'));
    assert.equal(screen.getByRole('progressbar', {name: 'Denials'}).getAttribute('aria-valuenow'), '1');
  });

  test('an unmapped requester or reviewer is shown by Teleport name', () => {
    const card = storyCard('PENDING', {now, requesterMapped: false, reviews: [{...storyReview('alice', 'APPROVED', now, ''), authorMattermostId: null}]});
    renderCard(cardPost(card), PROFILES.carol.id);
    assert.ok(screen.getByText('bob'));
    assert.ok(within(screen.getByRole('list', {name: 'Reviews'})).getByText('alice'));
    assert.equal(screen.queryByText('@bob'), null);
  });

  test('several thresholds get one named pair of bars each', () => {
    const card = storyCard('PENDING', {now});
    card.progress = [
      {name: 'dba', approvals: 1, approvalsNeeded: 2, denials: 0, denialsNeeded: 1},
      {name: 'security', approvals: 0, approvalsNeeded: 1, denials: 0, denialsNeeded: 1},
    ];
    renderCard(cardPost(card), PROFILES.carol.id);
    assert.equal(screen.getByRole('progressbar', {name: 'Approvals (dba)'}).getAttribute('aria-valuenow'), '1');
    assert.ok(screen.getByRole('progressbar', {name: 'Denials (security)'}));
  });

  test('the theme colours reach the card', () => {
    const {container} = renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.carol.id, {centerChannelBg: '#1f1f1f', centerChannelColor: '#dddddd', awayIndicator: '#c1b966'});
    const style = (container.querySelector('section.tma-card') as HTMLElement).style;
    assert.equal(style.getPropertyValue('--tma-bg'), '#1f1f1f');
    assert.equal(style.getPropertyValue('--tma-fg-rgb'), '221, 221, 221');
    assert.equal(style.getPropertyValue('--tma-accent'), '#c1b966');
  });

  test("every time reads relative then absolute, in the viewer's Mattermost time zone and clock", () => {
    const carol = {...PROFILES.carol, timezone: {useAutomaticTimezone: 'false', automaticTimezone: 'Europe/Berlin', manualTimezone: 'Asia/Tokyo'}};
    const card = storyCard('APPROVED', {now});
    renderCard(cardPost(card), carol.id, undefined, {profiles: {...byId(), [carol.id]: carol}, preferences: {'display_settings--use_military_time': 'true'}});
    const tokyo = (iso: string) => new Date(iso).toLocaleString(undefined, {timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
    // Requested 12 minutes ago; the clock is Tokyo's (the profile's manual zone), not the browser's.
    const requested = screen.getByText((_, el) => el?.tagName === 'TIME' && el.getAttribute('dateTime') === card.created);
    assert.match(requested.textContent ?? '', /^1[12]m ago · .*(GMT\+9|JST)$/);
    assert.ok((requested.textContent ?? '').includes(tokyo(card.created)), requested.textContent ?? '');
    for (const time of document.querySelectorAll('time')) assert.match(time.textContent ?? '', / · .*\d\d:\d\d/, 'one form everywhere');
  });

  test('a hostile reason shows as the one clean line it says, even from props the bridge did not clean', () => {
    const card = {...storyCard('PENDING', {now}), reason: 'fine\r# HEADING\u2028ok \u202Eevil\u202C \u200B@channel'};
    renderCard(cardPost(card), PROFILES.carol.id);
    const shown = screen.getByText(/^fine/);
    assert.equal(shown.textContent, 'fine # HEADING ok evil @channel');
  });

  test('buttons carry labels that say what they do', () => {
    renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.carol.id);
    assert.ok(screen.getByRole('button', {name: "Approve @bob's request for dbadmin"}));
    assert.ok(screen.getByRole('button', {name: "Deny @bob's request for dbadmin"}));
  });
});

describe('fallback to the post message', () => {
  test('missing card props: the markdown message as text', () => {
    const {container} = renderCard(cardPost(null), PROFILES.carol.id);
    assert.equal(container.querySelector('section'), null);
    assert.match(container.textContent ?? '', /Access request.*by bob for dbadmin/);
    assert.match(container.querySelector('[data-card-problem]')?.getAttribute('data-card-problem') ?? '', /teleport_card is missing/);
  });

  test('a card of another schema version is not drawn', () => {
    const {container} = renderCard(cardPost({...storyCard('PENDING', {now}), schema: 1}), PROFILES.carol.id);
    assert.equal(container.querySelector('section'), null);
    assert.match(container.querySelector('[data-card-problem]')?.getAttribute('data-card-problem') ?? '', /teleport_card\.schema/);
  });

  test('a malformed card names the field', () => {
    const broken = {...storyCard('PENDING', {now}), roles: 'dbadmin'};
    const {container} = renderCard(cardPost(broken), PROFILES.carol.id);
    assert.match(container.querySelector('[data-card-problem]')?.getAttribute('data-card-problem') ?? '', /teleport_card\.roles/);
  });

  test("uses the webapp's markdown renderer when it is there", () => {
    window.PostUtils = {
      formatText: (text: string) => `<b>${text}</b>`,
      messageHtmlToComponent: (html: string) => <em data-html={html}>rendered</em>,
    };
    const {container} = renderCard(cardPost(null), PROFILES.carol.id);
    assert.match(container.querySelector('em')?.getAttribute('data-html') ?? '', /^<b>\*\*Access request/);
  });
});
