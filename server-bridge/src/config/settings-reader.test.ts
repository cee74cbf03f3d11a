import assert from 'node:assert/strict';
import {describe, it, mock} from 'node:test';
import pino from 'pino';
import {SettingsReader} from './settings-reader';

describe('when the bridge re-reads the System Console settings', () => {
  it('records when a save took effect: on a change, not on every read, not on a rejected save', async () => {
    mock.timers.enable({apis: ['Date'], now: Date.parse('2026-12-02T10:00:00.000Z')});
    try {
      let stored: Record<string, unknown> = {roletorecipients: 'dbadmin: acme/access-requests'};
      const reader = new SettingsReader(async () => stored, pino({level: 'silent'}));
      assert.equal(await reader.refresh(), true);
      assert.equal(reader.status.appliedAt, '2026-12-02T10:00:00.000Z', 'the first load applies');

      mock.timers.tick(60_000);
      await reader.refresh();
      assert.equal(reader.status.lastReadAt, '2026-12-02T10:01:00.000Z');
      assert.equal(reader.status.appliedAt, '2026-12-02T10:00:00.000Z', 'the same values read again apply nothing');

      mock.timers.tick(60_000);
      stored = {roletorecipients: 'dbadmin: acme/ops'};
      await reader.refresh();
      assert.equal(reader.status.appliedAt, '2026-12-02T10:02:00.000Z');
      assert.deepEqual(reader.current().roleToRecipients, {dbadmin: ['acme/ops']});

      mock.timers.tick(60_000);
      stored = {roletorecipients: 'dbadmin acme/ops'};
      assert.equal(await reader.refresh(), false);
      assert.match(reader.status.error ?? '', /roletorecipients/);
      assert.equal(reader.status.appliedAt, '2026-12-02T10:02:00.000Z', 'a rejected save keeps the last good settings');
    } finally {
      mock.timers.reset();
    }
  });
});

describe('reads that answer out of order', () => {
  it('a slow poll answering after a newer read does not put the old settings back', async () => {
    const answers: ((v: unknown) => void)[] = [];
    const reader = new SettingsReader(() => new Promise((resolve) => answers.push(resolve)), pino({level: 'silent'}));
    const slowPoll = reader.refresh();
    const afterSave = reader.refresh();
    answers[1]!({roletorecipients: 'dbadmin: acme/ops'});
    assert.equal(await afterSave, true);
    answers[0]!({roletorecipients: 'dbadmin: acme/access-requests'});
    await slowPoll;
    assert.deepEqual(reader.current().roleToRecipients, {dbadmin: ['acme/ops']});
  });
});
