import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {LIST_TTL_MS, ListMemo} from './memo';
import type {AutocompleteListItem} from './tree';

const item = (Item: string): AutocompleteListItem => ({Item, Hint: '', HelpText: ''});

describe('autocomplete list memo', () => {
  it('computes a user’s list once while they type, again after the TTL', async () => {
    let now = 0;
    let computed = 0;
    const memo = new ListMemo(() => now);
    const compute = async () => [item(`v${++computed}`)];
    assert.deepEqual(await memo.get('alice', 'review', compute), [item('v1')]);
    now += LIST_TTL_MS - 1;
    assert.deepEqual(await memo.get('alice', 'review', compute), [item('v1')]);
    assert.deepEqual(await memo.get('alice', 'roles', compute), [item('v2')], 'another list is computed on its own');
    assert.deepEqual(await memo.get('carol', 'review', compute), [item('v3')], "another user's list is never shared");
    now += 1;
    assert.deepEqual(await memo.get('alice', 'review', compute), [item('v4')]);
  });

  it('does not keep a failed computation', async () => {
    const memo = new ListMemo(() => 0);
    await assert.rejects(memo.get('alice', 'review', () => Promise.reject(new Error('Teleport unreachable'))));
    assert.deepEqual(await memo.get('alice', 'review', async () => [item('ok')]), [item('ok')]);
  });
});
