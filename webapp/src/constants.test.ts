import assert from 'node:assert/strict';
import {test} from 'node:test';

import * as bridge from '../../server-bridge/src/engine/card';

import {CARD_POST_TYPE, CARD_PROPS_KEY, CARD_SCHEMA_VERSION} from './constants';
import {PLUGIN_ID, PLUGIN_STATE_KEY} from './manifest';
import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED} from './reducer';

test("the webapp's card constants are the bridge's", () => {
  assert.equal(CARD_POST_TYPE, bridge.CARD_POST_TYPE);
  assert.equal(CARD_PROPS_KEY, bridge.CARD_PROPS_KEY);
  assert.equal(CARD_SCHEMA_VERSION, bridge.CARD_SCHEMA_VERSION);
});

test('plugin state and action types are namespaced by the manifest id', () => {
  assert.equal(PLUGIN_ID, 'dev.accessbridge.teleport');
  assert.equal(PLUGIN_STATE_KEY, 'plugins-dev.accessbridge.teleport');
  for (const type of [CLICK_STARTED, CLICK_SENT, CLICK_FAILED]) assert.ok(type.startsWith(`${PLUGIN_ID}/`), type);
});
