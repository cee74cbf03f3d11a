/** @jsxRuntime automatic */
// The card the real bridge posts (engine: buildCardModel + renderCardPost) is drawn by this
// plugin in every state, and the two sides agree on wording.
import '../test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';

import {cleanup, screen} from '@testing-library/react';

import type {CardState} from '../../../server-bridge/src/domain/request';
import {LINK_ONLY_EXPLANATIONS} from '../../../server-bridge/src/engine/capability';
import {buildCardModel} from '../../../server-bridge/src/engine/model';
import {renderCardPost} from '../../../server-bridge/src/engine/post';
import {cardInput, request, review} from '../../../server-bridge/src/testing/fixtures';
import {parseCard} from '../card_schema';
import {renderCard} from '../test_support/render_card';

import {LINK_ONLY_TEXT} from './review_actions';

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

test("link-only explanations use the bridge's words", () => {
  assert.deepEqual(LINK_ONLY_TEXT, LINK_ONLY_EXPLANATIONS);
});
