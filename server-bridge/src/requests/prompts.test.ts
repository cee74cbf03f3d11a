import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {TeleportError} from '../teleport/port';
import {requestPromptSource} from './prompts';

function fakeTeleport(answers: Record<string, string | Error>) {
  const calls: string[] = [];
  return {
    calls,
    async getAccessCapabilities(user: string) {
      calls.push(user);
      const a = answers[user];
      if (a instanceof Error) throw a;
      return {requestableRoles: [], applicableRolesForResources: [], suggestedReviewers: [], requestPrompt: a ?? '', requireReason: false};
    },
  };
}

describe('request prompt source', () => {
  it('asks Teleport once per user within the cache time, again after it', async () => {
    let t = 0;
    const teleport = fakeTeleport({bob: '  Give the ticket  '});
    const promptOf = requestPromptSource(teleport, {ttlMs: 1000, now: () => t});
    assert.equal(await promptOf('bob'), 'Give the ticket');
    assert.equal(await promptOf('bob'), 'Give the ticket');
    t = 1500;
    await promptOf('bob');
    assert.deepEqual(teleport.calls, ['bob', 'bob']);
  });

  it('a failed lookup gives the last known prompt (or none) and is not remembered', async () => {
    let t = 0;
    const answers: Record<string, string | Error> = {bob: 'Give the ticket'};
    const teleport = fakeTeleport(answers);
    const promptOf = requestPromptSource(teleport, {ttlMs: 1000, now: () => t});
    assert.equal(await promptOf('carol'), '');
    await promptOf('bob');
    answers.bob = new TeleportError('ConnectionProblem', 'down');
    t = 2000;
    assert.equal(await promptOf('bob'), 'Give the ticket');
    answers.bob = 'New prompt';
    assert.equal(await promptOf('bob'), 'New prompt');
  });

  it('remembers a bounded number of users', async () => {
    const teleport = fakeTeleport({});
    const promptOf = requestPromptSource(teleport, {maxUsers: 2});
    for (const u of ['a', 'b', 'c', 'a']) await promptOf(u);
    assert.deepEqual(teleport.calls, ['a', 'b', 'c', 'a'], 'a was forgotten when c arrived');
  });
});
