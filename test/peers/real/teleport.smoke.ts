/**
 * Smoke test of the real Teleport peer, and a probe of the wire facts the bridge relies on
 * (reviews on behalf of users, version gates). Not named *.test.ts: the default suite does not run it.
 *
 *   node --import tsx --test test/peers/real/teleport.smoke.ts
 *
 * What the server did is also written to test-artifacts/real-teleport-observations.json.
 */
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import type {AccessRequestV3__Output} from '../../../server-bridge/src/teleport/proto/generated/types/AccessRequestV3';
import {decodeRole} from '../../../server-bridge/src/teleport/decode-role';
import {loadCredentials} from '../../../server-bridge/src/teleport/identity';
import {supportsOnBehalfReviews} from '../../../server-bridge/src/teleport/version';
import {MAPPING_TRAIT, STORY_CLUSTER} from '../story';
import {call, clientsFromIdentity, type PeerClients} from '../teleport/test-client';
import {startRealTeleport, type RealTeleportPeer} from './teleport';

const observations: Record<string, unknown> = {};
const observe = (key: string, value: unknown) => {
  observations[key] = value;
};
const grpcError = (err: unknown) => {
  const e = err as grpc.ServiceError;
  return {code: e.code, details: e.details};
};
const now = () => ({seconds: Math.floor(Date.now() / 1000), nanos: 0});

describe('real Teleport peer', {timeout: 30 * 60_000}, () => {
  let dir: string;
  let peer: RealTeleportPeer;
  const clients = {} as Record<'bridge' | 'admin' | 'alice' | 'bob' | 'ivan' | 'carol', PeerClients>;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'real-teleport-'));
    peer = await startRealTeleport({dir, traits: {alice: {[MAPPING_TRAIT]: ['mm-alice']}, ivan: {[MAPPING_TRAIT]: ['mm-ivan']}}});
    for (const who of ['bridge', 'admin', 'alice', 'bob', 'ivan', 'carol'] as const) {
      clients[who] = clientsFromIdentity(peer.authAddr, peer.identityFile(who));
    }
    observe('harness', {version: peer.version, clusterName: peer.clusterName, notes: peer.notes});
  });

  after(async () => {
    for (const c of Object.values(clients)) c.close();
    await peer?.stop();
    await mkdir('test-artifacts', {recursive: true});
    await writeFile('test-artifacts/real-teleport-observations.json', JSON.stringify(observations, null, 2));
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  const createRequest = async (as: PeerClients, user: string): Promise<AccessRequestV3__Output> =>
    call(as.auth, 'CreateAccessRequestV2', {
      Kind: 'access_request',
      Version: 'v3',
      Metadata: {Name: randomUUID()},
      Spec: {User: user, Roles: ['dbadmin'], State: 'PENDING', RequestReason: 'TICKET-1', Created: now()},
    });
  const review = (as: PeerClients, requestId: string, fields: Record<string, unknown>) =>
    call(as.auth, 'SubmitAccessReview', {RequestID: requestId, Review: {ProposedState: 'APPROVED', Created: now(), ...fields}});
  // GetAccessRequestsV2 (a stream) exists in every supported release; ListAccessRequests only from v14.
  const getRequest = (as: PeerClients, id: string): Promise<AccessRequestV3__Output | undefined> =>
    new Promise((resolve, reject) => {
      const found: AccessRequestV3__Output[] = [];
      as.auth
        .GetAccessRequestsV2({ID: id})
        .on('data', (r: AccessRequestV3__Output) => found.push(r))
        .on('error', reject)
        .on('end', () => resolve(found[0]));
    });

  it('writes identity files both the bridge and the in-repo parser read', async () => {
    const creds = loadCredentials({identityFile: peer.identityFile('bridge')});
    assert.equal(creds.user, 'mattermost-bridge');
    assert.equal(creds.clusterName, STORY_CLUSTER);
    const text = await readFile(peer.identityFile('bridge'), 'utf8');
    observe('identityFile', {
      keyType: /-----BEGIN ([A-Z ]*PRIVATE KEY)-----/.exec(text)?.[1],
      hasSshCert: /-cert-v01@openssh\.com /.test(text),
      caCount: (text.match(/BEGIN CERTIFICATE/g)?.length ?? 0) - 1,
    });
  });

  it('answers Ping over mTLS with the Enterprise review features on', async () => {
    const pong = await call(clients.bridge.auth, 'Ping', {});
    assert.equal(pong.ClusterName, STORY_CLUSTER);
    assert.equal(pong.ServerVersion, peer.version);
    assert.equal(pong.ServerFeatures?.AdvancedAccessWorkflows, true);
    observe('ping', {ServerVersion: pong.ServerVersion, AdvancedAccessWorkflows: pong.ServerFeatures?.AdvancedAccessWorkflows});
  });

  it('lets bob request dbadmin and attaches the dual threshold', async () => {
    const req = await createRequest(clients.bob, 'bob');
    assert.equal(req.Spec?.State, 'PENDING');
    assert.deepEqual(
      req.Spec?.Thresholds.map((t) => ({Name: t.Name, Approve: t.Approve, Deny: t.Deny})),
      [{Name: 'dual', Approve: 2, Deny: 1}],
    );
    observe('createAsRequester', {id: req.Metadata?.Name, thresholds: req.Spec?.Thresholds, reason: req.Spec?.RequestReason});
  });

  it('records what happens when the bridge creates a request for bob', async () => {
    try {
      const req = await createRequest(clients.bridge, 'bob');
      observe('createForOtherUserByBridge', {ok: true, user: req.Spec?.User, state: req.Spec?.State});
    } catch (err) {
      observe('createForOtherUserByBridge', {ok: false, ...grpcError(err)});
    }
  });

  it('takes an on-behalf review only from 18.11, and never records it under the wrong name', async () => {
    const req = await createRequest(clients.bob, 'bob');
    const id = req.Metadata!.Name;
    const attempts: Record<string, unknown> = {};
    for (const [label, fields] of [
      ['submittedByEmpty', {Author: 'alice', submitted_on_behalf_of_author: true}],
      ['submittedBySelf', {Author: 'alice', submitted_on_behalf_of_author: true, SubmittedBy: 'mattermost-bridge'}],
      ['classicNoFlag', {Author: 'ivan'}],
    ] as const) {
      try {
        const res = await review(clients.bridge, id, fields);
        attempts[label] = {
          ok: true,
          state: res.Spec?.State,
          reviews: res.Spec?.Reviews.map((r) => ({Author: r.Author, SubmittedBy: r.SubmittedBy, onBehalf: r.submitted_on_behalf_of_author, ThresholdIndexes: r.ThresholdIndexes})),
        };
      } catch (err) {
        attempts[label] = {ok: false, ...grpcError(err)};
      }
    }
    observe('onBehalfReviews', attempts);
    const after = await getRequest(clients.admin, id);
    const authors = after?.Spec?.Reviews.map((r) => r.Author) ?? [];
    if (supportsOnBehalfReviews(peer.version)) {
      assert.deepEqual(attempts['submittedByEmpty'] && (attempts['submittedByEmpty'] as {ok: boolean}).ok, true);
      assert.ok(authors.includes('alice'));
    } else {
      // An older server drops field 12 and sees a review by someone else: refused, nothing stored.
      assert.deepEqual(authors, []);
      for (const a of Object.values(attempts)) assert.equal((a as {code?: number}).code, 7 /* PERMISSION_DENIED */);
    }
  });

  it('resolves after two approvals, counting each reviewer once and refusing bad reviewers', async () => {
    const req = await createRequest(clients.bob, 'bob');
    const id = req.Metadata!.Name;
    const first = await review(clients.alice, id, {Reason: 'looks fine'});
    assert.equal(first.Spec?.State, 'PENDING');
    assert.equal(first.Spec?.Reviews.length, 1);
    const errors: Record<string, unknown> = {};
    for (const [label, who] of [
      ['again', clients.alice],
      ['self', clients.bob],
      ['noRights', clients.carol],
    ] as const) {
      await assert.rejects(review(who, id, {}), (err) => {
        errors[label] = grpcError(err);
        return true;
      });
    }
    observe('refusedReviews', errors);
    // Teleport 13 answers a second review by the same author with PERMISSION_DENIED "has already
    // reviewed this request" (newer releases may answer ALREADY_EXISTS).
    assert.match((errors['again'] as {details: string}).details, /already reviewed/);
    const unchanged = await getRequest(clients.admin, id);
    assert.equal(unchanged?.Spec?.State, 'PENDING');
    assert.deepEqual(
      unchanged?.Spec?.Reviews.map((r) => r.Author),
      ['alice'],
    );
    const second = await review(clients.ivan, id, {Reason: 'ok by me'});
    assert.equal(second.Spec?.State, 'APPROVED');
    observe('approved', {
      resolveReason: second.Spec?.ResolveReason,
      reviews: second.Spec?.Reviews.map((r) => ({Author: r.Author, ProposedState: r.ProposedState, ThresholdIndexes: r.ThresholdIndexes})),
      roleThresholdMapping: second.Spec?.RoleThresholdMapping,
    });
    await assert.rejects(review(clients.alice, id, {ProposedState: 'DENIED'}), (err) => {
      observe('reviewAfterResolve', grpcError(err));
      return true;
    });
  });

  it('denies on the first denial (deny threshold 1)', async () => {
    const req = await createRequest(clients.bob, 'bob');
    const res = await review(clients.alice, req.Metadata!.Name, {ProposedState: 'DENIED', Reason: 'not now'});
    assert.equal(res.Spec?.State, 'DENIED');
    observe('denied', {resolveReason: res.Spec?.ResolveReason});
  });

  it('lets the admin identity delete a request (how scenarios expire one)', async () => {
    const req = await createRequest(clients.bob, 'bob');
    await call(clients.admin.auth, 'DeleteAccessRequest', {ID: req.Metadata!.Name});
    assert.equal(await getRequest(clients.admin, req.Metadata!.Name), undefined);
  });

  it('streams access_request events to the bridge: INIT, then PUT for a new request', async () => {
    const stream = clients.bridge.auth.WatchEvents({Kinds: [{Kind: 'access_request'}]});
    const seen: {Type: string; Resource?: string; id?: string; state?: string}[] = [];
    let created = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no PUT event for the new request; saw ${JSON.stringify(seen)}`)), 20_000);
      stream.on('error', (err) => {
        if ((err as grpc.ServiceError).code !== grpc.status.CANCELLED) reject(err);
      });
      // The PUT may arrive before CreateAccessRequestV2 answers, so check both ways round.
      const done = () => {
        if (created && seen.some((s) => s.Type === 'PUT' && s.id === created)) {
          clearTimeout(timer);
          resolve();
        }
      };
      stream.on('data', (ev: {Type: string; Resource?: string; AccessRequest?: AccessRequestV3__Output}) => {
        seen.push({Type: ev.Type, Resource: ev.Resource, id: ev.AccessRequest?.Metadata?.Name, state: ev.AccessRequest?.Spec?.State});
        if (ev.Type === 'INIT') {
          createRequest(clients.bob, 'bob').then((r) => {
            created = r.Metadata!.Name;
            done();
          }, reject);
        }
        done();
      });
    });
    stream.cancel();
    observe('watchEvents', seen);
    assert.equal(seen[0]?.Type, 'INIT');
  });

  it('lets the bridge keep plugin data and read roles', async () => {
    const req = await createRequest(clients.bob, 'bob');
    const id = req.Metadata!.Name;
    await call(clients.bridge.auth, 'UpdatePluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost', Set: {posts: 'x'}, Expect: {}});
    const seq = await call(clients.bridge.auth, 'GetPluginData', {Kind: 'access_request', Resource: id, Plugin: 'mattermost'});
    assert.equal(seq.PluginData[0]?.Spec?.Entries['mattermost']?.Data['posts'], 'x');
    const role = await call(clients.bridge.auth, 'GetRole', {Name: 'devops'});
    observe('bridgeReadsRole', {thresholds: role.Spec?.Allow?.Request?.Thresholds});
    // The review rules /teleport list evaluates, decoded from the real wire format (RoleV6 field 15).
    const reviewer = decodeRole(await call(clients.bridge.auth, 'GetRole', {Name: 'dbreviewer'}));
    assert.deepEqual(reviewer.allowReview.roles, ['dbadmin']);
    observe('bridgeReadsReviewRules', reviewer);
    try {
      const users = await call(clients.bridge.users, 'ListUsers', {page_size: 10});
      observe('usersServiceListUsers', {ok: true, count: users.users.length});
    } catch (err) {
      observe('usersServiceListUsers', {ok: false, ...grpcError(err)});
    }
  });
});
