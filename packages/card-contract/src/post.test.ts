import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {ACTION_APPROVE, ACTION_DENY, ACTION_ID_PATTERN, CARD_POST_TYPE} from './post';

describe('card post', () => {
  it('has a type that fits Mattermost’s Posts.Type column (varchar 26) and is a custom_ type', () => {
    assert.match(CARD_POST_TYPE, /^custom_/);
    assert.ok(CARD_POST_TYPE.length <= 26, `${CARD_POST_TYPE} has ${CARD_POST_TYPE.length} characters`);
  });

  it('has action ids the server routes (letters and digits only)', () => {
    for (const id of [ACTION_APPROVE, ACTION_DENY]) assert.match(id, ACTION_ID_PATTERN);
  });
});
