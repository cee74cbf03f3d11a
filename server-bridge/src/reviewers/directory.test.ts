import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {NO_REVIEW_CONDITIONS} from '../domain/role';
import {fakeTeleport, teleportUser} from '../reviews/testing';
import {TeleportError} from '../teleport/port';
import {createReviewerDirectory} from './directory';

const reviewerRole = {name: 'dbreviewer', allowReview: {...NO_REVIEW_CONDITIONS, roles: ['dbadmin']}, denyReview: NO_REVIEW_CONDITIONS};
const facts = {user: 'bob', roles: ['dbadmin'], reason: ''};

function setup() {
  const users = Array.from({length: 50}, (_, i) => teleportUser(`user${i}`, {}, {roles: ['dbreviewer', 'employee']}));
  const teleport = fakeTeleport({users, roles: [reviewerRole]});
  let roleReads = 0;
  const getRole = teleport.getRole.bind(teleport);
  teleport.getRole = async (name) => {
    roleReads++;
    return getRole(name);
  };
  let clock = 0;
  const directory = createReviewerDirectory({teleport, now: () => clock, roleTtlMs: 60_000, userTtlMs: 30_000});
  return {teleport, directory, roleReads: () => roleReads, advance: (ms: number) => (clock += ms)};
}

describe('reviewer directory', () => {
  it('50 users sharing two roles cost two role reads, not a hundred', async () => {
    const {directory, roleReads} = setup();
    const checks = await Promise.all(Array.from({length: 50}, (_, i) => directory.forUser(`user${i}`)));
    assert.ok(checks.every((check) => check(facts) === 'may-review'));
    assert.equal(roleReads(), 2);
    assert.equal(directory.reads.users, 50);
  });

  it('reads roles again once they are older than the TTL, so a changed role applies', async () => {
    const {teleport, directory, roleReads, advance} = setup();
    assert.equal((await directory.forUser('user0'))(facts), 'may-review');
    teleport.roles.set('dbreviewer', {...reviewerRole, denyReview: {...NO_REVIEW_CONDITIONS, roles: ['dbadmin']}});
    advance(59_000);
    assert.equal((await directory.forUser('user1'))(facts), 'may-review', 'still the cached role');
    advance(2_000);
    assert.equal((await directory.forUser('user1'))(facts), 'may-not-review');
    assert.equal(roleReads(), 4);
  });

  it('an unknown Teleport user may review nothing; a role that no longer exists grants nothing', async () => {
    const {teleport, directory} = setup();
    assert.equal((await directory.forUser('nobody'))(facts), 'may-not-review');
    teleport.users.push(teleportUser('ghost', {}, {roles: ['deleted-role']}));
    assert.equal((await directory.forUser('ghost'))(facts), 'may-not-review');
  });

  it('does not cache a failed read', async () => {
    const {teleport, directory} = setup();
    const getRole = teleport.getRole.bind(teleport);
    teleport.getRole = async () => {
      throw new TeleportError('AccessDenied', 'access denied to perform action "read" on "role"');
    };
    await assert.rejects(directory.forUser('user0'), /read/);
    teleport.getRole = getRole;
    assert.equal((await directory.forUser('user0'))(facts), 'may-review');
  });
});
