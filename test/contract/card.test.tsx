/** @jsxRuntime automatic */
// The card the real bridge posts (card core: buildCardModel + renderCardPost) is drawn by the
// webapp's registered component in every state, and a link-only card tells its reader why.
import '../../webapp/src/test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';

import {cleanup, screen, within} from '@testing-library/react';
import {LINK_ONLY_EXPLANATIONS, parseCard, type CardState} from '@tma/card-contract';

import {buildCardModel} from '../../server-bridge/src/card/model';
import {renderCardPost} from '../../server-bridge/src/card/post';
import {cardInput, request, review, wholePictureRequest} from '../../server-bridge/src/testing/fixtures';
import {renderCard} from '../../webapp/src/test_support/render_card';

afterEach(cleanup);

const base = {...cardInput, now: new Date()};
const actions = {approve: {url: 'http://bridge/a', context: {sig: 'a'}}, deny: {url: 'http://bridge/a', context: {sig: 'd'}}};

for (const state of ['PENDING', 'APPROVED', 'DENIED', 'EXPIRED', 'PROMOTED'] as CardState[]) {
  test(`a ${state} card posted by the bridge is drawn as a card`, () => {
    const reviews = state === 'PENDING' ? [review('alice', 'APPROVED')] : [];
    const teleportState = state === 'EXPIRED' ? 'PENDING' : state;
    const post = renderCardPost(buildCardModel({...base, request: request({state: teleportState, reviews}), state}), actions);
    const parsed = parseCard(post.props);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    const {container} = renderCard({id: 'p1', message: post.message, type: post.type, props: post.props}, 'mm-carol');
    assert.equal(container.querySelector('section.tma-card')?.getAttribute('data-state'), state);
    assert.equal(screen.queryAllByRole('button').length, state === 'PENDING' ? 2 : 0);
  });
}

test('a card the bridge posts with reviews turned off tells the reviewer why there are no buttons', () => {
  const model = buildCardModel({...base, settings: {...base.settings, reviewsEnabled: false}, request: request(), state: 'PENDING'});
  const post = renderCardPost(model, actions);
  renderCard({id: 'p1', message: post.message, type: post.type, props: post.props}, 'mm-carol');
  assert.equal(screen.queryAllByRole('button').length, 0);
  assert.ok(screen.getByText(LINK_ONLY_EXPLANATIONS.reviews_disabled));
  assert.match(post.message, new RegExp(LINK_ONLY_EXPLANATIONS.reviews_disabled.replace(/[.()+]/g, '\\$&')), 'the markdown fallback says the same');
});

describe('the whole picture: resources with constraints, access times, prompt, two thresholds', () => {
  // Two thresholds, as a requester holding two roles that both grant dbadmin gets them; both must
  // pass. alice's approval counts towards both; each still lacks one.
  const request = wholePictureRequest();
  const card = buildCardModel({...base, request, state: 'PENDING', requestPrompt: 'Please provide your ticket ID'});

  test('the bridge card model says what is still missing and whom each review counts for', () => {
    assert.deepEqual(card.stillNeeded, ['1 more approval for dual', '1 more approval for security']);
    assert.deepEqual(
      card.reviews.map((r) => [r.author, r.thresholds]),
      [['alice', ['dual', 'security']]],
    );
  });

  test('the React card shows all of it', () => {
    const post = renderCardPost(card, actions);
    renderCard({id: 'p2', message: post.message, type: post.type, props: post.props}, 'mm-carol');
    const facts = screen.getByRole('region');
    assert.ok(within(facts).getByText('node/web-1'), 'constrained resource');
    assert.ok(within(facts).getByText(/logins root, deploy/), 'its constraint, readable');
    assert.ok(within(facts).getByText('db/orders'), 'plain resource');
    assert.ok(within(facts).getByText(/AWS role arn:aws:iam::123456789012:role\/ReadOnly/));
    assert.ok(within(facts).getByText('Teleport asked: Please provide your ticket ID'));
    assert.match(facts.querySelector('dd time')?.closest('dd')?.textContent ?? '', /up to 4h, ends .* · starts .* · sessions 2h/);
    assert.ok(within(facts).getByText('Still needed: 1 more approval for dual; 1 more approval for security'));
    assert.ok(within(screen.getByRole('list', {name: 'Reviews'})).getByText('counts for dual, security'));
    assert.equal(screen.getAllByRole('progressbar', {name: /^Approvals \(/}).length, 2, 'one approvals bar per threshold');
  });

  test('the markdown fallback carries the same facts in a few short lines', () => {
    const md = renderCardPost(card, actions).message;
    assert.match(md, /\*\*Resources:\*\* `db\/orders`, `node\/web-1` \(logins root, deploy\), `app\/aws` \(AWS role arn:aws:iam::123456789012:role\/ReadOnly\)/);
    assert.match(md, /\*\*Reason:\*\* TICKET-42 fix replication · _asked: Please provide your ticket ID_/);
    assert.match(md, /\*\*Access:\*\* up to 4h, until 2026-11-21 16:00 UTC · starts 2026-11-21 12:00 UTC · sessions 2h/);
    assert.match(md, /\*\*Suggested reviewers:\*\* `alice`, `ivan`/);
    assert.match(md, /\*\*Still needed:\*\* 1 more approval for dual; 1 more approval for security/);
    assert.match(md, /`alice` approved \(dual, security\)/);
    assert.ok(
      md.split('\n').every((line) => line.length <= 200),
      'no line longer than a phone screen can wrap sensibly',
    );
  });
});
