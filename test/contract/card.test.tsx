/** @jsxRuntime automatic */
// The card the real bridge posts (card core: buildCardModel + renderCardPost) is drawn by the
// webapp's registered component in every state, and a link-only card tells its reader why.
import '../../webapp/src/test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';

import {cleanup, screen} from '@testing-library/react';
import {LINK_ONLY_EXPLANATIONS, parseCard, type CardState} from '@tma/card-contract';

import {buildCardModel} from '../../server-bridge/src/card/model';
import {renderCardPost} from '../../server-bridge/src/card/post';
import {cardInput, request, review} from '../../server-bridge/src/testing/fixtures';
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
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
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
