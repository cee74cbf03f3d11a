/**
 * Access-request details a bridge relies on: TTL maths, capabilities, listing visibility and
 * paging, roles, and the wire form of unset timestamps.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import type {Timestamp__Output} from '../../../server-bridge/src/teleport/proto/generated/google/protobuf/Timestamp';
import {startTeleportPeer, type IdentityName, type InRepoTeleportPeer} from './index';
import {call, clientsFromIdentity, type PeerClients} from './test-client';
import {ZERO_TIMESTAMP_SECONDS} from './wire';

let peer: InRepoTeleportPeer;
const open: PeerClients[] = [];
const clients = new Map<string, PeerClients>();
const as = (who: IdentityName): PeerClients => {
  let c = clients.get(who);
  if (!c) {
    c = clientsFromIdentity(peer.authAddr, peer.identityFile(who));
    clients.set(who, c);
    open.push(c);
  }
  return c;
};
const ms = (ts: Timestamp__Output | null | undefined) => Number(ts?.seconds) * 1000 + Math.floor((ts?.nanos ?? 0) / 1e6);

async function expectCode(p: Promise<unknown>, code: grpc.status, message?: RegExp): Promise<void> {
  await assert.rejects(p, (e: grpc.ServiceError) => {
    assert.equal(e.code, code, `expected ${grpc.status[code]}, got ${grpc.status[e.code]}: ${e.details}`);
    if (message) assert.match(e.details, message);
    return true;
  });
}

before(async () => {
  peer = await startTeleportPeer({});
});
after(async () => {
  for (const c of open) c.close();
  await peer.stop();
});

describe('creating requests', () => {
  it('bounds access by the role max_session_ttl when the certificate lives longer', async () => {
    const file = path.join(path.dirname(peer.identityFile('bob')), 'bob-long.identity');
    await peer.writeIdentity(file, 'bob', 24 * 3600);
    const longBob = clientsFromIdentity(peer.authAddr, file);
    open.push(longBob);
    const t0 = Date.now();
    const req = await call(longBob.auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
    const access = ms(req.Spec?.Expires);
    // dbadmin has max_session_ttl 8 h.
    assert.ok(Math.abs(access - (t0 + 8 * 3600_000)) < 5000, `access expiry ${new Date(access).toISOString()} should be ~8 h away`);
    // Pending TTL = min(7 days, access expiry).
    assert.equal(ms(req.Metadata?.Expires), access);
    assert.equal(ms(req.Spec?.SessionTTL), access);
  });

  it('honours a shorter requested max duration', async () => {
    const until = new Date(Date.now() + 30 * 60_000);
    const req = await call(as('bob').auth, 'CreateAccessRequestV2', {
      Spec: {User: 'bob', Roles: ['dbadmin'], MaxDuration: {seconds: Math.floor(until.getTime() / 1000), nanos: 0}},
    });
    assert.ok(Math.abs(ms(req.Spec?.Expires) - until.getTime()) < 1000);
    assert.ok(Math.abs(ms(req.Spec?.MaxDuration) - until.getTime()) < 1000);
  });

  it('always sends non-nullable timestamps, with year 1 for unset ones', async () => {
    const req = await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
    assert.equal(req.Spec?.MaxDuration?.seconds, ZERO_TIMESTAMP_SECONDS);
    assert.ok(ms(req.Spec?.Created) > 0);
    assert.equal(req.Spec?.AssumeStartTime, null);
    assert.equal(req.Kind, 'access_request');
    assert.equal(req.Version, 'v3');
    assert.equal(req.Spec?.RequestKind, 'SHORT_TERM');
  });

  it('keeps requested resources (plain in field 14, constrained in field 26) and the assume-start time', async () => {
    // Before the access expiry, which the caller's certificate (1 h, issued at peer start) caps.
    const start = new Date(Date.now() + 5 * 60_000);
    const req = await call(as('bob').auth, 'CreateAccessRequestV2', {
      Spec: {
        User: 'bob',
        Roles: ['dbadmin'],
        RequestedResourceIDs: [{ClusterName: 'story.example.com', Kind: 'db', Name: 'orders', SubResourceName: ''}],
        RequestedResourceAccessIDs: [
          {id: {ClusterName: 'story.example.com', Kind: 'node', Name: 'web-1', SubResourceName: ''}, constraints: {version: 'v1', ssh: {logins: ['root']}}},
        ],
        AssumeStartTime: {seconds: Math.floor(start.getTime() / 1000), nanos: 0},
      },
    });
    assert.deepEqual(
      req.Spec?.RequestedResourceIDs.map((r) => r.Name),
      ['orders'],
    );
    assert.deepEqual(
      req.Spec?.RequestedResourceAccessIDs.map((r) => [r.id?.Name, r.constraints?.ssh?.logins]),
      [['web-1', ['root']]],
    );
    assert.equal(ms(req.Spec?.AssumeStartTime), Math.floor(start.getTime() / 1000) * 1000);
  });

  it('refuses constraints that do not fit the resource kind', async () => {
    const spec = {
      User: 'bob',
      Roles: ['dbadmin'],
      RequestedResourceAccessIDs: [
        {id: {ClusterName: 'story.example.com', Kind: 'db', Name: 'orders', SubResourceName: ''}, constraints: {version: 'v1', ssh: {logins: ['root']}}},
      ],
    };
    await expectCode(call(as('bob').auth, 'CreateAccessRequestV2', {Spec: spec}), grpc.status.INVALID_ARGUMENT, /constraints do not apply to a db/);
  });

  it('grants a resource request through search_as_roles, picking them when none are named', async () => {
    const orders = {ClusterName: 'story.example.com', Kind: 'db', Name: 'orders', SubResourceName: ''};
    const req = await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: [], RequestedResourceIDs: [orders]}});
    assert.deepEqual(req.Spec?.Roles, ['dbadmin'], 'devops: search_as_roles [dbadmin]');
    assert.deepEqual(
      req.Spec?.RequestedResourceIDs.map((r) => [r.ClusterName, r.Kind, r.Name]),
      [['story.example.com', 'db', 'orders']],
    );
    const caps = await call(as('bob').auth, 'GetAccessCapabilities', {RequestableRoles: true, ResourceIDs: [orders]});
    assert.deepEqual(caps.ApplicableRolesForResources, ['dbadmin']);
    // A named role must be one of the search_as_roles, not merely requestable.
    const devops = peer.store.roles.get('devops');
    assert.ok(devops);
    devops.allow.request.searchAsRoles = [];
    try {
      await expectCode(
        call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin'], RequestedResourceIDs: [orders]}}),
        grpc.status.INVALID_ARGUMENT,
        /can not request role "dbadmin"/,
      );
      await expectCode(
        call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: [], RequestedResourceIDs: [orders]}}),
        grpc.status.PERMISSION_DENIED,
        /search_as_roles/,
      );
      await expectCode(call(as('bob').auth, 'GetAccessCapabilities', {RequestableRoles: true, ResourceIDs: [orders]}), grpc.status.PERMISSION_DENIED, /search_as_roles/);
    } finally {
      devops.allow.request.searchAsRoles = ['dbadmin'];
    }
  });

  it('expands "*" to the roles the user may request', async () => {
    const req = await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['*']}});
    assert.deepEqual(req.Spec?.Roles, ['dbadmin']);
  });

  it('requires a reason when a role says so', async () => {
    const devops = peer.store.roles.get('devops');
    assert.ok(devops);
    devops.allow.request.reasonMode = 'required';
    try {
      await expectCode(call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}}), grpc.status.INVALID_ARGUMENT, /reason/);
      const caps = await call(as('bob').auth, 'GetAccessCapabilities', {RequestableRoles: true});
      assert.equal(caps.RequireReason, true);
      await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin'], RequestReason: 'TICKET-9'}});
    } finally {
      devops.allow.request.reasonMode = '';
    }
  });

  it('computes but does not store a dry run', async () => {
    const w = as('bridge').auth.WatchEvents({Kinds: [{Kind: 'access_request'}]});
    const events: string[] = [];
    const initialized = new Promise<void>((resolve) =>
      w.on('data', (e: {Type: string}) => {
        events.push(e.Type);
        resolve();
      }),
    );
    w.on('error', () => {});
    await initialized;
    const dry = await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin'], DryRun: true}});
    assert.equal(dry.Spec?.Thresholds.length, 1);
    assert.deepEqual(dry.Spec?.DryRunEnrichment?.ReasonPrompts, ['Please provide your ticket ID']);
    const list = await call(as('admin').auth, 'ListAccessRequests', {Filter: {ID: dry.Metadata?.Name ?? ''}});
    assert.equal(list.AccessRequests.length, 0);
    // A real request afterwards proves the watch was live; the dry run produced no PUT before it.
    await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
    while (events.filter((e) => e === 'PUT').length === 0) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(events, ['INIT', 'PUT']);
    w.cancel();
  });
});

describe('capabilities and roles', () => {
  it("reports a requester's requestable roles, prompt and suggested reviewers", async () => {
    const caps = await call(as('bob').auth, 'GetAccessCapabilities', {RequestableRoles: true, SuggestedReviewers: true});
    assert.deepEqual(caps.RequestableRoles, ['dbadmin']);
    assert.equal(caps.RequestPrompt, 'Please provide your ticket ID');
    assert.equal(caps.RequireReason, false);
    const forBob = await call(as('bridge').auth, 'GetAccessCapabilities', {User: 'bob', RequestableRoles: true});
    assert.deepEqual(forBob.RequestableRoles, ['dbadmin']);
    await expectCode(call(as('carol').auth, 'GetAccessCapabilities', {User: 'bob', RequestableRoles: true}), grpc.status.PERMISSION_DENIED);
    const alice = await call(as('alice').auth, 'GetAccessCapabilities', {RequestableRoles: true});
    assert.deepEqual(alice.RequestableRoles, []);
  });

  it('serves roles to holders and readers, with submit_for_users from 18.11 on', async () => {
    const own = await call(as('bob').auth, 'GetRole', {Name: 'devops'});
    assert.deepEqual(
      own.Spec?.Allow?.Request?.Thresholds.map((t) => [t.Name, t.Approve, t.Deny]),
      [['dual', 2, 1]],
    );
    await expectCode(call(as('bob').auth, 'GetRole', {Name: 'dbreviewer'}), grpc.status.PERMISSION_DENIED);
    const bridgeRole = await call(as('bridge').auth, 'GetRole', {Name: 'mattermost-bridge'});
    assert.deepEqual(bridgeRole.Spec?.Allow?.ReviewRequests?.SubmitForUsers, ['*']);
    const dbadmin = await call(as('bridge').auth, 'GetRole', {Name: 'dbadmin'});
    assert.equal(dbadmin.Spec?.Options?.MaxSessionTTL, 8 * 3600 * 1e9);
    await expectCode(call(as('bridge').auth, 'GetRole', {Name: 'nope'}), grpc.status.NOT_FOUND);
    peer.faults.setVersion('18.10.2');
    try {
      const old = await call(as('bridge').auth, 'GetRole', {Name: 'mattermost-bridge'});
      assert.deepEqual(old.Spec?.Allow?.ReviewRequests?.SubmitForUsers, []);
    } finally {
      peer.faults.setVersion('18.11.0');
    }
  });
});

describe('listing', () => {
  it('shows callers without list rights only their own requests and those they may review', async () => {
    const carols = await call(as('carol').auth, 'CreateAccessRequestV2', {Spec: {User: 'carol', Roles: ['dbadmin']}});
    const bobs = await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}});
    const ids = async (who: IdentityName) => (await call(as(who).auth, 'ListAccessRequests', {})).AccessRequests.map((r) => r.Metadata?.Name ?? '');
    const carolSees = await ids('carol');
    assert.ok(carolSees.includes(carols.Metadata?.Name ?? ''));
    assert.ok(!carolSees.includes(bobs.Metadata?.Name ?? ''), "carol may neither list nor review bob's request");
    const aliceSees = await ids('alice');
    assert.ok(aliceSees.includes(bobs.Metadata?.Name ?? '') && aliceSees.includes(carols.Metadata?.Name ?? ''));
  });

  it('pages with Limit and NextKey without losing or repeating requests', async () => {
    const all = (await call(as('bridge').auth, 'ListAccessRequests', {})).AccessRequests.map((r) => r.Metadata?.Name);
    assert.ok(all.length >= 5);
    const seen: (string | undefined)[] = [];
    let key = '';
    for (let guard = 0; guard < 100; guard++) {
      const page = await call(as('bridge').auth, 'ListAccessRequests', {Limit: 2, StartKey: key});
      assert.ok(page.AccessRequests.length <= 2);
      seen.push(...page.AccessRequests.map((r) => r.Metadata?.Name));
      key = page.NextKey;
      if (!key) break;
    }
    assert.deepEqual(seen, all);
    // Default order is by id, and UUIDv7 ids sort by creation time.
    assert.deepEqual([...all].sort(), all);
  });

  it('filters by user and state, also over the GetAccessRequestsV2 stream', async () => {
    const pendingCarol = await call(as('bridge').auth, 'ListAccessRequests', {Filter: {User: 'carol', State: 'PENDING'}});
    assert.ok(pendingCarol.AccessRequests.length >= 1);
    assert.ok(pendingCarol.AccessRequests.every((r) => r.Spec?.User === 'carol' && r.Spec.State === 'PENDING'));
    const streamed: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const s = as('bridge').auth.GetAccessRequestsV2({User: 'carol'});
      s.on('data', (r: {Spec: {User: string}}) => streamed.push(r.Spec.User));
      s.on('end', () => resolve());
      s.on('error', reject);
    });
    assert.ok(streamed.length >= 1 && streamed.every((u) => u === 'carol'));
  });
});

describe('review and delete refusals', () => {
  it('refuses promoted or empty proposals and unknown requests', async () => {
    const id = (await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}})).Metadata?.Name ?? '';
    await expectCode(call(as('alice').auth, 'SubmitAccessReview', {RequestID: id, Review: {ProposedState: 'PROMOTED'}}), grpc.status.INVALID_ARGUMENT);
    await expectCode(call(as('alice').auth, 'SubmitAccessReview', {RequestID: id, Review: {ProposedState: 'NONE'}}), grpc.status.INVALID_ARGUMENT);
    await expectCode(
      call(as('bridge').auth, 'SubmitAccessReview', {RequestID: id, Review: {Author: 'alice', ProposedState: 'PROMOTED', submitted_on_behalf_of_author: true}}),
      grpc.status.INVALID_ARGUMENT,
    );
    await expectCode(call(as('alice').auth, 'SubmitAccessReview', {RequestID: '0190aaaa-0000-7000-8000-000000000000', Review: {ProposedState: 'APPROVED'}}), grpc.status.NOT_FOUND);
  });

  it('lets only holders of access_request delete remove requests', async () => {
    const id = (await call(as('bob').auth, 'CreateAccessRequestV2', {Spec: {User: 'bob', Roles: ['dbadmin']}})).Metadata?.Name ?? '';
    await expectCode(call(as('bob').auth, 'DeleteAccessRequest', {ID: id}), grpc.status.PERMISSION_DENIED);
    await call(as('admin').auth, 'DeleteAccessRequest', {ID: id});
    await expectCode(call(as('admin').auth, 'DeleteAccessRequest', {ID: id}), grpc.status.NOT_FOUND);
  });
});
