import assert from 'node:assert/strict';
import {test} from 'node:test';

import {PLUGIN_ID, PLUGIN_STATE_KEY} from './manifest';
import {CLICK_FAILED, CLICK_SENT, CLICK_STARTED} from './action_types';

test('plugin state and action types are namespaced by the manifest id', () => {
  assert.equal(PLUGIN_ID, 'dev.accessbridge.teleport');
  assert.equal(PLUGIN_STATE_KEY, 'plugins-dev.accessbridge.teleport');
  for (const type of [CLICK_STARTED, CLICK_SENT, CLICK_FAILED]) assert.ok(type.startsWith(`${PLUGIN_ID}/`), type);
});
