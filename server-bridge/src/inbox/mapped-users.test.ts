import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createIdentityMapper} from '../reviews/mapping';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, settingsOf, teleportError, teleportUser} from '../reviews/testing';
import {createMappedUsers} from './mapped-users';

const T = 'mattermost_user_id';
/** Mattermost ids are 26 characters (the trait check wants them so). */
const id = (c: string) => c.repeat(26);

function setup(opts: {fallback: boolean; emailTtlMs?: number}) {
  const teleport = fakeTeleport({
    users: [
      teleportUser('alice', {[T]: [id('a')]}),
      teleportUser('frank'),
      teleportUser('erin@example.com'),
      // Teleport names may have capitals; a click by frank.upper would not map to this one either.
      teleportUser('Frank.Upper'),
      teleportUser('ghost'),
      teleportUser('nobody@example.com'),
      teleportUser('gone'),
      teleportUser('somebot'),
      teleportUser('guest'),
      teleportUser('tbot', {}, {isBot: true}),
      // kate's account is claimed by kate-admin's trait: the trait wins over kate's name.
      teleportUser('kate-admin', {[T]: [id('k')]}),
      teleportUser('kate'),
      // hank's e-mail names another Teleport user: by e-mail comes before by username.
      teleportUser('hank'),
      teleportUser('hank@example.com'),
    ],
  });
  const mattermost = fakeMattermost([
    mattermostUser(id('a'), 'alice'),
    mattermostUser(id('f'), 'frank'),
    mattermostUser(id('e'), 'erin'),
    mattermostUser(id('u'), 'frank.upper'),
    mattermostUser(id('g'), 'gone', {deleteAt: 1_700_000_000_000}),
    mattermostUser(id('b'), 'somebot', {isBot: true}),
    mattermostUser(id('q'), 'guest', {roles: 'system_guest'}),
    mattermostUser(id('t'), 'tbot'),
    mattermostUser(id('k'), 'kate'),
    mattermostUser(id('h'), 'hank'),
  ]);
  const asked: string[][] = [];
  const batch = mattermost.getUsersByUsernames.bind(mattermost);
  mattermost.getUsersByUsernames = async (names) => {
    asked.push([...names]);
    return batch(names);
  };
  const settings = settingsOf({mappingEmailFallback: opts.fallback});
  let clock = 1_000_000;
  const log = captureLogger();
  const users = createMappedUsers({
    teleport,
    mattermost,
    settings: () => settings.current(),
    logger: log.logger,
    now: () => clock,
    ...(opts.emailTtlMs !== undefined ? {emailTtlMs: opts.emailTtlMs} : {}),
  });
  const mapper = createIdentityMapper({teleport, mattermost, settings, logger: captureLogger().logger, now: () => clock});
  const listed = async () => {
    const byName = new Map<string, string>();
    for (const u of await users()) byName.set(u.teleport.name, mattermost.users.get(u.mattermostId)!.username);
    return byName;
  };
  const warnings = () => log.lines.filter((l) => l['level'] === 40).map((l) => String(l['msg']));
  return {teleport, mattermost, settings, users, mapper, listed, asked, warnings, log, advance: (ms: number) => (clock += ms)};
}

describe('inbox and digest users: who is mapped', () => {
  // Teleport user → the Mattermost username whose inbox it fills, with the fallback off and on.
  const table: {teleport: string; off: string | null; on: string | null; why: string}[] = [
    {teleport: 'alice', off: 'alice', on: 'alice', why: 'by trait'},
    {teleport: 'kate-admin', off: 'kate', on: 'kate', why: 'by trait'},
    {teleport: 'frank', off: null, on: 'frank', why: 'by username'},
    {teleport: 'erin@example.com', off: null, on: 'erin', why: 'by e-mail'},
    {teleport: 'hank@example.com', off: null, on: 'hank', why: 'by e-mail'},
    {teleport: 'hank', off: null, on: null, why: 'hank’s account maps by e-mail to hank@example.com'},
    {teleport: 'kate', off: null, on: null, why: 'trait wins: kate’s account is kate-admin’s'},
    {teleport: 'Frank.Upper', off: null, on: null, why: 'usernames compare exactly, as on a click'},
    {teleport: 'ghost', off: null, on: null, why: 'no such Mattermost user'},
    {teleport: 'nobody@example.com', off: null, on: null, why: 'no such e-mail'},
    {teleport: 'gone', off: null, on: null, why: 'deactivated account refused'},
    {teleport: 'somebot', off: null, on: null, why: 'Mattermost bot refused'},
    {teleport: 'guest', off: null, on: null, why: 'guest refused'},
    {teleport: 'tbot', off: null, on: null, why: 'a Teleport bot never reviews'},
  ];
  for (const fallback of [false, true]) {
    it(`fallback ${fallback ? 'on' : 'off'}: ${table.map((r) => `${r.teleport} → ${(fallback ? r.on : r.off) ?? 'none'}`).join(', ')}`, async () => {
      const t = setup({fallback});
      const listed = await t.listed();
      for (const row of table) assert.equal(listed.get(row.teleport) ?? null, fallback ? row.on : row.off, `${row.teleport}: ${row.why}`);
      assert.equal(listed.size, table.filter((r) => (fallback ? r.on : r.off) !== null).length);
      // Each listed user is the one a click by that Mattermost account maps to: the same rules.
      for (const u of await t.users()) {
        const click = await t.mapper.toTeleport(u.mattermostId);
        assert.deepEqual(click.ok && click.value.teleportUser, u.teleport.name);
      }
      if (!fallback) assert.deepEqual([t.asked.length, t.mattermost.calls.getUserByEmail], [0, 0], 'fallback off: no Mattermost lookup');
    });
  }

  it('asks all names without @ in one batch per refresh (lower-cased), and each e-mail name on its own', async () => {
    const t = setup({fallback: true});
    // The inbox and the digest ask at the same moment: one refresh.
    await Promise.all([t.users(), t.users()]);
    assert.equal(t.asked.length, 1);
    assert.deepEqual([...t.asked[0]!].sort(), ['frank', 'frank.upper', 'ghost', 'gone', 'guest', 'hank', 'kate', 'somebot']);
    assert.equal(t.mattermost.calls.getUserByEmail, 3);
    t.advance(59_000);
    await t.users();
    assert.equal(t.asked.length, 1, 'at most one refresh a minute');
    assert.equal(t.teleport.calls.listUsers, 1);
    t.advance(1_000);
    await t.users();
    assert.deepEqual([t.asked.length, t.teleport.calls.listUsers], [2, 2]);
  });

  it('keeps e-mail answers, found or not, for the mapping TTL', async () => {
    const t = setup({fallback: true, emailTtlMs: 300_000});
    await t.users();
    assert.equal(t.mattermost.calls.getUserByEmail, 3);
    for (let i = 0; i < 4; i++) {
      t.advance(60_000);
      await t.users();
    }
    assert.equal(t.mattermost.calls.getUserByEmail, 3, 'within the TTL: asked once');
    assert.equal(t.asked.length, 5, 'the username batch comes every refresh');
    t.advance(60_000);
    await t.users();
    assert.equal(t.mattermost.calls.getUserByEmail, 6, 'past the TTL: asked again');
  });

  it('a failed batch keeps the users it found last time, retries next refresh and logs once', async () => {
    const t = setup({fallback: true});
    await t.users();
    t.mattermost.failGetUsersByUsernames = 2;
    for (let i = 0; i < 2; i++) {
      t.advance(60_000);
      assert.equal((await t.listed()).get('frank'), 'frank', 'kept through the failure');
    }
    assert.deepEqual(t.warnings(), ['username lookup for the reviewer inboxes failed; keeping its last answer (7 Mattermost users), will retry']);
    t.mattermost.users.delete(id('f'));
    t.advance(60_000);
    assert.equal((await t.listed()).has('frank'), false, 'the next answer counts');
    assert.equal(t.asked.length, 4);
    assert.ok(t.log.lines.some((l) => l['msg'] === 'username lookups for the reviewer inboxes work again'));
  });

  it('a failed first batch lists the others now and the fallback users at the next refresh', async () => {
    const t = setup({fallback: true});
    t.mattermost.failGetUsersByUsernames = 1;
    const first = await t.listed();
    assert.deepEqual([first.get('alice'), first.get('erin@example.com'), first.has('frank')], ['alice', 'erin', false]);
    t.advance(60_000);
    assert.equal((await t.listed()).get('frank'), 'frank');
  });

  it('a failed e-mail lookup is not cached: the last answer stays, and it is asked again next refresh', async () => {
    const t = setup({fallback: true, emailTtlMs: 60_000});
    await t.users();
    t.mattermost.failGetUserByEmail = 3;
    t.advance(60_000);
    assert.equal((await t.listed()).get('erin@example.com'), 'erin', 'kept through the failure');
    assert.equal(t.mattermost.calls.getUserByEmail, 6);
    assert.equal(t.warnings().length, 1);
    t.advance(1_000);
    await t.users();
    assert.equal(t.mattermost.calls.getUserByEmail, 6, 'no retry before the next refresh');
    t.advance(59_000);
    await t.users();
    assert.equal(t.mattermost.calls.getUserByEmail, 9, 'retried at the next refresh');
    assert.equal(t.warnings().length, 1, 'logged once');
  });

  it('turning the fallback on lists its users at once, off drops them at once', async () => {
    const t = setup({fallback: false});
    assert.equal((await t.listed()).has('frank'), false);
    t.settings.set({mappingEmailFallback: true});
    assert.equal((await t.listed()).get('frank'), 'frank');
    t.settings.set({mappingEmailFallback: false});
    assert.equal((await t.listed()).has('frank'), false);
  });

  it('a Teleport failure fails the pass, as before (the pass logs and retries)', async () => {
    const t = setup({fallback: true});
    t.teleport.failNext.set('listUsers', [teleportError('ConnectionProblem', 'auth unreachable')]);
    await assert.rejects(t.users());
    assert.equal((await t.listed()).get('frank'), 'frank');
  });
});
