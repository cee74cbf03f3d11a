import assert from 'node:assert/strict';
import {userText} from '../errors/explain';
import {describe, it} from 'node:test';
import type {TeleportUser} from '../domain/request';
import {accountMapper, createIdentityMapper, mapAccount, type MappingResult} from './mapping';
import {captureLogger, fakeMattermost, fakeTeleport, mattermostUser, settingsOf, teleportError, teleportUser} from './testing';

const T = 'mattermost_user_id';

function setup(opts: {fallback?: boolean; ttlMs?: number; users?: TeleportUser[]} = {}) {
  const teleport = fakeTeleport({
    users: opts.users ?? [
      teleportUser('alice', {[T]: ['mm-alice']}),
      teleportUser('ivan', {[T]: ['mm-ivan']}),
      // Two Teleport users claim the same Mattermost id.
      teleportUser('twin-a', {[T]: ['mm-twin']}),
      teleportUser('twin-b', {[T]: ['mm-twin']}),
      // E-mail-named user without the trait (fallback target).
      teleportUser('erin@example.com'),
      // Username-named user without the trait.
      teleportUser('frank'),
      // Teleport names may have capitals; Mattermost's never do.
      teleportUser('Frank.Upper'),
      // Named like gina's e-mail but its trait names someone else: never a fallback match.
      teleportUser('gina@example.com', {[T]: ['mm-someone-else']}),
      // A Teleport bot carrying the trait: bots never review.
      teleportUser('bot-helper', {[T]: ['mm-bothelper']}, {isBot: true}),
    ],
  });
  const mattermost = fakeMattermost([
    mattermostUser('mm-alice', 'alice'),
    mattermostUser('mm-ivan', 'ivan'),
    mattermostUser('mm-twin', 'twin'),
    mattermostUser('mm-erin', 'erin'),
    mattermostUser('mm-frank', 'frank'),
    mattermostUser('mm-frank-upper', 'frank.upper'),
    mattermostUser('mm-gina', 'gina'),
    mattermostUser('mm-dave', 'dave'),
    mattermostUser('mm-bothelper', 'bothelper'),
    mattermostUser('mm-gone', 'gone', {deleteAt: 1700000000000}),
    mattermostUser('mm-bot', 'somebot', {isBot: true}),
    mattermostUser('mm-guest', 'guest', {roles: 'system_guest'}),
  ]);
  let clock = 1_000_000;
  const settings = settingsOf({mappingEmailFallback: opts.fallback ?? false});
  const mapper = createIdentityMapper({teleport, mattermost, settings, logger: captureLogger().logger, ttlMs: opts.ttlMs ?? 60_000, now: () => clock});
  return {teleport, mattermost, settings, mapper, advance: (ms: number) => (clock += ms)};
}

type Expect = {ok: true; teleportUser: string; via: string} | {ok: false; code: string};
const simplify = (r: MappingResult): Expect => (r.ok ? {ok: true, ...r.value} : {ok: false, code: r.error.code});

describe('identity mapping: Mattermost user → Teleport user', () => {
  const table: {mm: string; fallback: boolean; expect: Expect}[] = [
    {mm: 'mm-alice', fallback: false, expect: {ok: true, teleportUser: 'alice', via: 'trait'}},
    {mm: 'mm-alice', fallback: true, expect: {ok: true, teleportUser: 'alice', via: 'trait'}},
    {mm: 'mm-twin', fallback: false, expect: {ok: false, code: 'ambiguous'}},
    {mm: 'mm-twin', fallback: true, expect: {ok: false, code: 'ambiguous'}},
    {mm: 'mm-dave', fallback: false, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-dave', fallback: true, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-erin', fallback: false, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-erin', fallback: true, expect: {ok: true, teleportUser: 'erin@example.com', via: 'email'}},
    {mm: 'mm-frank', fallback: false, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-frank', fallback: true, expect: {ok: true, teleportUser: 'frank', via: 'username'}},
    {mm: 'mm-gina', fallback: true, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-bothelper', fallback: false, expect: {ok: false, code: 'unmapped'}},
    {mm: 'mm-gone', fallback: false, expect: {ok: false, code: 'inactive'}},
    {mm: 'mm-bot', fallback: true, expect: {ok: false, code: 'bot'}},
    {mm: 'mm-guest', fallback: true, expect: {ok: false, code: 'guest'}},
    {mm: 'mm-nobody', fallback: true, expect: {ok: false, code: 'unmapped'}},
  ];
  for (const row of table) {
    it(`${row.mm} with e-mail fallback ${row.fallback ? 'on' : 'off'} → ${row.expect.ok ? `${row.expect.teleportUser} via ${row.expect.via}` : row.expect.code}`, async () => {
      const {mapper} = setup({fallback: row.fallback});
      assert.deepEqual(simplify(await mapper.toTeleport(row.mm)), row.expect);
    });
  }

  it('accountMapper (the listing’s indexed form) answers as mapAccount over the whole list, for every account', () => {
    const full = (r: MappingResult) => (r.ok ? r.value : {code: r.error.code, text: userText(r.error.failure)});
    for (const fallback of [false, true]) {
      const {teleport, mattermost} = setup({fallback});
      // Case twins of a fallback name, so an ambiguity by e-mail is among the answers compared.
      teleport.users.push(teleportUser('Erin@Example.com'), teleportUser('FRANK'));
      const many = accountMapper(teleport.users, T, fallback);
      for (const account of [...mattermost.users.values(), null]) {
        assert.deepEqual(full(many(account)), full(mapAccount(teleport.users, account, T, fallback)), `${account?.id ?? 'no account'}, fallback ${fallback}`);
      }
    }
  });

  it('tells an unmapped user how to get mapped, naming the trait and their id', async () => {
    const {mapper} = setup();
    const result = await mapper.toTeleport('mm-dave');
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.match(userText(result.error.failure), /mattermost_user_id: \["mm-dave"\]/);
      assert.match(userText(result.error.failure), /tctl/);
    }
  });

  it('follows a renamed trait setting at once', async () => {
    const {mapper, settings, teleport} = setup();
    teleport.users.push(teleportUser('dave', {chat_id: ['mm-dave']}));
    assert.equal((await mapper.toTeleport('mm-dave')).ok, false);
    settings.set({mappingTrait: 'chat_id'});
    assert.deepEqual(simplify(await mapper.toTeleport('mm-dave')), {ok: true, teleportUser: 'dave', via: 'trait'});
  });
});

describe('identity mapping: cache', () => {
  it('serves a mapping from cache within the TTL and looks again after it', async () => {
    const {mapper, teleport, advance} = setup({ttlMs: 60_000});
    await mapper.toTeleport('mm-alice');
    await mapper.toTeleport('mm-alice');
    await mapper.toTeleport('mm-ivan');
    assert.equal(teleport.calls.listUsers, 1);
    // The trait moves to another Teleport user: the old answer stands until the TTL ends.
    teleport.users = [teleportUser('alice2', {[T]: ['mm-alice']})];
    assert.equal(((await mapper.toTeleport('mm-alice')) as {value: {teleportUser: string}}).value.teleportUser, 'alice');
    advance(60_000);
    assert.equal(((await mapper.toTeleport('mm-alice')) as {value: {teleportUser: string}}).value.teleportUser, 'alice2');
  });

  it('never keeps anything longer than 10 minutes, whatever TTL is asked for', async () => {
    const {mapper, teleport, advance} = setup({ttlMs: 3_600_000});
    await mapper.toTeleport('mm-alice');
    teleport.users = [];
    advance(600_000);
    assert.equal((await mapper.toTeleport('mm-alice')).ok, false);
  });

  it('fetches the Teleport user list once for concurrent lookups', async () => {
    const {mapper, teleport} = setup();
    teleport.delayMs = 20;
    const results = await Promise.all(['mm-alice', 'mm-ivan', 'mm-dave', 'mm-alice'].map((id) => mapper.toTeleport(id)));
    assert.deepEqual(
      results.map((r) => r.ok),
      [true, true, false, true],
    );
    assert.equal(teleport.calls.listUsers, 1);
  });

  it('does not cache a Teleport error: the next click tries again', async () => {
    const {mapper, teleport} = setup();
    teleport.failNext.set('listUsers', [teleportError('ConnectionProblem', 'connection refused')]);
    const first = await mapper.toTeleport('mm-alice');
    assert.deepEqual(simplify(first), {ok: false, code: 'mapping_unavailable'});
    assert.deepEqual(simplify(await mapper.toTeleport('mm-alice')), {ok: true, teleportUser: 'alice', via: 'trait'});
  });

  it('does not cache a Mattermost error', async () => {
    const {mapper, mattermost} = setup();
    mattermost.failGetUser = 1;
    assert.deepEqual(simplify(await mapper.toTeleport('mm-alice')), {ok: false, code: 'mapping_unavailable'});
    assert.equal((await mapper.toTeleport('mm-alice')).ok, true);
  });

  it('does not remember a refusal: a trait added by the admin works after invalidate()', async () => {
    const {mapper, teleport} = setup();
    assert.equal((await mapper.toTeleport('mm-dave')).ok, false);
    teleport.users.push(teleportUser('dave', {[T]: ['mm-dave']}));
    mapper.invalidate();
    assert.deepEqual(simplify(await mapper.toTeleport('mm-dave')), {ok: true, teleportUser: 'dave', via: 'trait'});
  });
});

describe('identity mapping: Teleport user → Mattermost user', () => {
  it('uses the trait', async () => {
    const {mapper} = setup();
    assert.equal(await mapper.toMattermost('alice'), 'mm-alice');
  });
  it('falls back to e-mail or username only when enabled', async () => {
    const off = setup();
    assert.equal(await off.mapper.toMattermost('erin@example.com'), null);
    const on = setup({fallback: true});
    assert.equal(await on.mapper.toMattermost('erin@example.com'), 'mm-erin');
    assert.equal(await on.mapper.toMattermost('frank'), 'mm-frank');
    // Mattermost keeps usernames in lower case and a click matches them exactly: a click from
    // frank.upper would not act as Frank.Upper, so frank.upper gets no DM about Frank.Upper either.
    assert.equal(await on.mapper.toMattermost('Frank.Upper'), null);
  });
  it('never names an account a click from which would not act as that user: deactivated, a bot, a guest, or claimed by another', async () => {
    const {mapper} = setup({
      users: [
        teleportUser('gone', {[T]: ['mm-gone']}),
        teleportUser('botty', {[T]: ['mm-bot']}),
        teleportUser('visitor', {[T]: ['mm-guest']}),
        // The fallback account erin's e-mail names is claimed by another Teleport user's trait.
        teleportUser('erin@example.com'),
        teleportUser('erin-admin', {[T]: ['mm-erin']}),
      ],
      fallback: true,
    });
    for (const user of ['gone', 'botty', 'visitor', 'erin@example.com']) assert.equal(await mapper.toMattermost(user), null, user);
    assert.equal(await mapper.toMattermost('erin-admin'), 'mm-erin');
  });
  it('returns null for unknown users; a lookup that cannot be made now fails, so a DM is retried rather than skipped', async () => {
    const {mapper, teleport} = setup();
    assert.equal(await mapper.toMattermost('nobody'), null);
    mapper.invalidate();
    teleport.failNext.set('listUsers', [teleportError('ConnectionProblem', 'down')]);
    await assert.rejects(mapper.toMattermost('alice'), /down/);
    assert.equal(await mapper.toMattermost('alice'), 'mm-alice');
  });
  it('a lookup that will never work (access denied) is taken as unmapped, not retried forever', async () => {
    const {mapper, teleport} = setup();
    teleport.failNext.set('listUsers', [teleportError('AccessDenied', 'access denied to list users')]);
    assert.equal(await mapper.toMattermost('alice'), null);
  });
});
