/**
 * The in-repo Teleport peer, driven through plain gRPC clients with the identity files it writes:
 * the dual-authorization story, on-behalf reviews, the refusals a bridge must handle, and watching.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import type {Event__Output} from '../../../server-bridge/src/teleport/proto/generated/proto/Event';
import type {AccessRequestV3__Output} from '../../../server-bridge/src/teleport/proto/generated/types/AccessRequestV3';
import {startTeleportPeer, type IdentityName, type InRepoTeleportPeer} from './index';
import {call, clientsFromIdentity, type PeerClients} from './test-client';

let peer: InRepoTeleportPeer;
const clients = new Map<IdentityName, PeerClients>();
const as = (who: IdentityName): PeerClients => {
  let c = clients.get(who);
  if (!c) {
    c = clientsFromIdentity(peer.authAddr, peer.identityFile(who));
    clients.set(who, c);
  }
  return c;
};

async function bobRequestsDbadmin(reason = 'INC-1 fix the replica'): Promise<AccessRequestV3__Output> {
  return call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin'], RequestReason: reason}});
}

function review(who: IdentityName, id: string, state: 'APPROVED' | 'DENIED', extra: {Author?: string; onBehalf?: boolean; Reason?: string} = {}) {
  return call(as(who).auth, 'SubmitAccessReview', {
    RequestID: id,
    Review: {
      Author: extra.Author ?? '',
      ProposedState: state,
      Reason: extra.Reason ?? '',
      submitted_on_behalf_of_author: extra.onBehalf ?? false,
    },
  });
}

async function rejects(p: Promise<unknown>, code: grpc.status, message?: RegExp): Promise<grpc.ServiceError> {
  try {
    await p;
  } catch (e) {
    const err = e as grpc.ServiceError;
    assert.equal(err.code, code, `expected code ${grpc.status[code]}, got ${grpc.status[err.code]}: ${err.details}`);
    if (message) assert.match(err.details, message);
    return err;
  }
  assert.fail(`expected ${grpc.status[code]}, but the call succeeded`);
}

/** Collects WatchEvents events until `until` says stop. */
function watch(who: IdentityName, filter: Record<string, string> = {}) {
  const events: Event__Output[] = [];
  const waiters: (() => void)[] = [];
  const stream = as(who).auth.WatchEvents({Kinds: [{Kind: 'access_request', Filter: filter}]});
  let ended: grpc.ServiceError | null = null;
  stream.on('data', (e: Event__Output) => {
    events.push(e);
    for (const w of waiters.splice(0)) w();
  });
  stream.on('error', (e: grpc.ServiceError) => {
    ended = e;
    for (const w of waiters.splice(0)) w();
  });
  const next = async (pred: (e: Event__Output) => boolean): Promise<Event__Output> => {
    for (;;) {
      const found = events.find(pred);
      if (found) return found;
      if (ended) throw ended;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return {events, next, ended: () => ended, cancel: () => stream.cancel()};
}

before(async () => {
  peer = await startTeleportPeer({traits: {alice: {mattermost_user_id: ['mm-alice']}}});
});
after(async () => {
  for (const c of clients.values()) c.close();
  await peer.stop();
});

describe('Ping and identity', () => {
  it('reports cluster, version and features to any user of the cluster', async () => {
    const pong = await call(as('carol').auth, 'Ping', {});
    assert.equal(pong.ClusterName, 'story.example.com');
    assert.equal(pong.ServerVersion, '18.11.0');
    assert.equal(pong.ServerFeatures?.AdvancedAccessWorkflows, true);
  });

  it('refuses a certificate whose user the cluster does not know', async () => {
    const file = `${peer.identityFile('admin')}.ghost`;
    await peer.writeIdentity(file, 'ghost');
    const ghost = clientsFromIdentity(peer.authAddr, file);
    try {
      await rejects(call(ghost.auth, 'Ping', {}), grpc.status.UNAUTHENTICATED, /ghost/);
    } finally {
      ghost.close();
    }
  });

  it('serves users with their traits to an identity allowed to read them', async () => {
    const res = await call(as('bridge').users, 'GetUser', {name: 'alice'});
    assert.deepEqual(res.user?.Spec?.Traits?.Values.mattermost_user_id?.Values, ['mm-alice']);
    const page1 = await call(as('bridge').users, 'ListUsers', {page_size: 2});
    assert.equal(page1.users.length, 2);
    assert.notEqual(page1.next_page_token, '');
    const rest = await call(as('bridge').users, 'ListUsers', {page_size: 100, page_token: page1.next_page_token});
    const names = [...page1.users, ...rest.users].map((u) => u.Metadata?.Name);
    assert.deepEqual(names, ['admin', 'alice', 'bob', 'carol', 'ivan', 'mattermost-bridge']);
    await rejects(call(as('bob').users, 'ListUsers', {}), grpc.status.PERMISSION_DENIED);
  });
});

describe('dual authorization', () => {
  it('stays pending after one approval and is approved by the second', async () => {
    const req = await bobRequestsDbadmin();
    const id = req.Metadata?.Name ?? '';
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(req.Spec?.State, 'PENDING');
    assert.deepEqual(
      req.Spec?.Thresholds.map((t) => [t.Name, t.Approve, t.Deny]),
      [['dual', 2, 1]],
    );
    assert.deepEqual(
      req.Spec?.RoleThresholdMapping.dbadmin?.Sets.map((s) => s.Indexes),
      [[0]],
    );

    const afterAlice = await review('alice', id, 'APPROVED', {Reason: 'looks fine'});
    assert.equal(afterAlice.Spec?.State, 'PENDING');
    assert.equal(afterAlice.Spec?.Reviews.length, 1);

    const afterIvan = await review('ivan', id, 'APPROVED', {Reason: 'ok by me'});
    assert.equal(afterIvan.Spec?.State, 'APPROVED');
    assert.equal(afterIvan.Spec?.ResolveReason, 'ok by me');
    // Once resolved, the resource lives as long as the access it grants.
    assert.deepEqual(afterIvan.Metadata?.Expires, afterIvan.Spec?.Expires);
  });

  it('is denied by a single denial', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    const res = await review('alice', id, 'DENIED', {Reason: 'not during the freeze'});
    assert.equal(res.Spec?.State, 'DENIED');
    assert.equal(res.Spec?.ResolveReason, 'not during the freeze');
    await rejects(review('ivan', id, 'APPROVED'), grpc.status.PERMISSION_DENIED, /the access request has been already denied/);
  });

  it('refuses a reviewer without review rights, self-review and a second review by the same author', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    await rejects(review('carol', id, 'APPROVED'), grpc.status.PERMISSION_DENIED, /cannot submit reviews/);
    await rejects(review('bob', id, 'APPROVED'), grpc.status.PERMISSION_DENIED);
    await review('alice', id, 'APPROVED');
    await rejects(review('alice', id, 'APPROVED'), grpc.status.PERMISSION_DENIED, /user "alice" has already reviewed this request/);
  });

  it('refuses a request for a role the user may not request', async () => {
    await rejects(call(as('alice').auth, 'CreateAccessRequestV2', {Spec: {User: 'alice', Roles: ['dbadmin']}}), grpc.status.INVALID_ARGUMENT, /can not request role "dbadmin"/);
    await rejects(call(as('carol').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}}), grpc.status.PERMISSION_DENIED, /access_request/);
  });

  it('lets the bridge create a request for a user, bounded by the bridge certificate', async () => {
    const req = await call(as('bridge').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin'], RequestReason: 'via chat'}});
    assert.equal(req.Spec?.User, 'bob');
    const accessExpiry = Number(req.Spec?.Expires?.seconds) * 1000;
    // The bridge's certificate is valid for 1 h: the access it can create ends no later.
    assert.ok(accessExpiry <= Date.now() + 3600_000 + 1000, 'access expiry should be bounded by the caller certificate');
    assert.ok(accessExpiry > Date.now() + 3000_000);
  });
});

describe('reviews on behalf of another user (18.11+)', () => {
  it('records the author and the submitting bridge', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    const res = await review('bridge', id, 'APPROVED', {Author: 'alice', onBehalf: true});
    const rev = res.Spec?.Reviews[0];
    assert.equal(rev?.Author, 'alice');
    assert.equal(rev?.SubmittedBy, 'mattermost-bridge');
    assert.equal(rev?.submitted_on_behalf_of_author, true);
    assert.equal(res.Spec?.State, 'PENDING');
  });

  it('lets one bridge identity submit for several authors, each counting once', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    await review('bridge', id, 'APPROVED', {Author: 'alice', onBehalf: true});
    const res = await review('bridge', id, 'APPROVED', {Author: 'ivan', onBehalf: true, Reason: 'second pair of eyes'});
    assert.equal(res.Spec?.State, 'APPROVED');
    assert.equal(res.Spec?.ResolveReason, 'second pair of eyes');
    assert.deepEqual(
      res.Spec?.Reviews.map((r) => [r.Author, r.SubmittedBy]),
      [
        ['alice', 'mattermost-bridge'],
        ['ivan', 'mattermost-bridge'],
      ],
    );
    await rejects(review('bridge', id, 'DENIED', {Author: 'admin', onBehalf: true}), grpc.status.PERMISSION_DENIED, /the access request has been already approved/);
  });

  it("checks the author's own rights, not the bridge's", async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    await rejects(review('bridge', id, 'APPROVED', {Author: 'carol', onBehalf: true}), grpc.status.PERMISSION_DENIED, /carol/);
    await rejects(review('bridge', id, 'APPROVED', {Author: 'bob', onBehalf: true}), grpc.status.PERMISSION_DENIED, /own/);
    await review('bridge', id, 'APPROVED', {Author: 'alice', onBehalf: true});
    await rejects(review('bridge', id, 'DENIED', {Author: 'alice', onBehalf: true}), grpc.status.ALREADY_EXISTS, /user "alice" has already reviewed this request/);
  });

  it('refuses a review for someone else without the on-behalf flag', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    await rejects(review('bridge', id, 'APPROVED', {Author: 'alice'}), grpc.status.PERMISSION_DENIED, /user "mattermost-bridge" cannot submit reviews on behalf of "alice"/);
    await rejects(review('ivan', id, 'APPROVED', {Author: 'alice', onBehalf: true}), grpc.status.PERMISSION_DENIED, /on behalf of "alice"/);
  });

  it('behaves like an older server on 18.10: the flag is ignored and the review refused', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    peer.faults.setVersion('18.10.0');
    try {
      assert.equal((await call(as('bridge').auth, 'Ping', {})).ServerVersion, '18.10.0');
      await rejects(
        review('bridge', id, 'APPROVED', {Author: 'alice', onBehalf: true}),
        grpc.status.PERMISSION_DENIED,
        /user "mattermost-bridge" cannot submit reviews on behalf of "alice"/,
      );
    } finally {
      peer.faults.setVersion('18.11.0');
    }
    const unchanged = await call(as('admin').auth, 'ListAccessRequests', {Filter: {ID: id}});
    assert.equal(unchanged.AccessRequests[0]?.Spec?.Reviews.length, 0);
  });
});

describe('plugin data', () => {
  it('compares and swaps, deletes keys with empty values, and goes away with the request', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    const bridge = as('bridge').auth;
    const get = async () => (await call(bridge, 'GetPluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost'})).PluginData;
    assert.deepEqual(await get(), []);
    await call(bridge, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost', Set: {messages: 'c1/p1', reviews_count: '0'}, Expect: {messages: ''}});
    assert.deepEqual((await get())[0]?.Spec?.Entries.mattermost?.Data, {messages: 'c1/p1', reviews_count: '0'});

    await rejects(
      call(bridge, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost', Set: {reviews_count: '1'}, Expect: {reviews_count: '5'}}),
      grpc.status.FAILED_PRECONDITION,
      /reviews_count/,
    );
    await call(bridge, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost', Set: {reviews_count: '1', messages: ''}, Expect: {reviews_count: '0'}});
    assert.deepEqual((await get())[0]?.Spec?.Entries.mattermost?.Data, {reviews_count: '1'});

    await rejects(call(bridge, 'GetPluginData', {Kind: 'user', Resource: id}), grpc.status.INVALID_ARGUMENT);
    await rejects(call(as('bob').auth, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'x', Set: {a: 'b'}}), grpc.status.PERMISSION_DENIED);

    await call(as('admin').auth, 'DeleteAccessRequest', {ID: id});
    assert.deepEqual(await get(), []);
  });
});

describe('watching', () => {
  it('starts with INIT, does not replay, then streams PUT and DELETE', async () => {
    const before = await bobRequestsDbadmin();
    const w = watch('bridge');
    const init = await w.next((e) => e.Type === 'INIT');
    assert.equal(init.Resource, 'WatchStatus');
    assert.deepEqual(
      init.WatchStatus?.Spec?.Kinds.map((k) => k.Kind),
      ['access_request'],
    );

    const created = await bobRequestsDbadmin('watch me');
    const id = created.Metadata?.Name ?? '';
    const put = await w.next((e) => e.Type === 'PUT' && e.AccessRequest?.Metadata?.Name === id);
    assert.equal(put.AccessRequest?.Spec?.RequestReason, 'watch me');

    await review('alice', id, 'APPROVED');
    const reviewed = await w.next((e) => e.Type === 'PUT' && e.AccessRequest?.Metadata?.Name === id && e.AccessRequest.Spec?.Reviews.length === 1);
    assert.equal(reviewed.AccessRequest?.Spec?.State, 'PENDING');

    peer.faults.expire(id);
    const del = await w.next((e) => e.Type === 'DELETE');
    assert.equal(del.ResourceHeader?.Kind, 'access_request');
    assert.equal(del.ResourceHeader?.Metadata?.Name, id);
    assert.ok(!w.events.some((e) => e.AccessRequest?.Metadata?.Name === before.Metadata?.Name), 'existing requests must not be replayed');
    w.cancel();
  });

  it('applies the user filter and refuses watchers without list+read', async () => {
    const w = watch('bridge', {user: 'carol'});
    await w.next((e) => e.Type === 'INIT');
    await bobRequestsDbadmin();
    const carols = await call(as('carol').auth, 'CreateAccessRequestV2', {Spec: {User: 'carol', Roles: ['dbadmin']}});
    const put = await w.next((e) => e.Type === 'PUT');
    assert.equal(put.AccessRequest?.Metadata?.Name, carols.Metadata?.Name);
    w.cancel();

    const denied = watch('bob');
    await assert.rejects(
      denied.next(() => false),
      (e: grpc.ServiceError) => e.code === grpc.status.PERMISSION_DENIED,
    );
  });

  it('ends streams with UNAVAILABLE when the fault is injected', async () => {
    const w = watch('bridge');
    await w.next((e) => e.Type === 'INIT');
    peer.faults.dropStreams();
    await assert.rejects(
      w.next(() => false),
      (e: grpc.ServiceError) => e.code === grpc.status.UNAVAILABLE,
    );
  });
});

describe('expiry', () => {
  it('deletes a pending request when its TTL passes, with its plugin data', async () => {
    const id = (await bobRequestsDbadmin()).Metadata?.Name ?? '';
    await call(as('bridge').auth, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost', Set: {k: 'v'}});
    const w = watch('bridge', {id});
    await w.next((e) => e.Type === 'INIT');
    const stored = peer.store.requests.get(id);
    assert.ok(stored);
    stored.resourceExpires = new Date(Date.now() - 1);
    const del = await w.next((e) => e.Type === 'DELETE');
    assert.equal(del.ResourceHeader?.Metadata?.Name, id);
    const list = await call(as('admin').auth, 'ListAccessRequests', {Filter: {ID: id}});
    assert.equal(list.AccessRequests.length, 0);
    assert.deepEqual((await call(as('bridge').auth, 'GetPluginData', {Kind: 'access_request', Resource: id})).PluginData, []);
    w.cancel();
  });
});
