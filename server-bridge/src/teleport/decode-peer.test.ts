/**
 * Decoding what the in-repo Teleport peer puts on the wire: its own encoder (test/peers/teleport/
 * wire.ts) → protobuf bytes → the bridge's decoder. The peer follows Teleport's habits: plain
 * resources in field 14, constrained ones in field 26, AssumeStartTime left out when unset, and a
 * 13.x-era server that knows neither field 21 nor 26.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {AccessRequest as PeerRequest, RequestedResource} from '../../../test/peers/teleport/model';
import {requestToWire, userToWire} from '../../../test/peers/teleport/wire';
import {decodeAccessRequest, decodeUser} from './decode';
import {loadTeleportProtos} from './proto/load';
import type {AccessRequestV3} from './proto/generated/types/AccessRequestV3';
import type {UserV2} from './proto/generated/types/UserV2';

const auth = loadTeleportProtos().AuthService.service;
const users = loadTeleportProtos().UsersService.service;
const bytesOfRequest = (m: AccessRequestV3): Buffer => auth.CreateAccessRequestV2!.responseSerialize(m);
const fromBytes = (b: Buffer): unknown => auth.CreateAccessRequestV2!.responseDeserialize(b);
const userBytes = (u: UserV2): Buffer => users.GetUser!.responseSerialize({user: u});

const node = (name: string, logins?: string[]): RequestedResource => ({
  id: {cluster: 'story.example.com', kind: 'node', name, subResource: ''},
  constraints: logins ? {ssh: {logins}} : null,
});

function peerRequest(patch: Partial<PeerRequest> = {}): PeerRequest {
  const t = (iso: string) => new Date(iso);
  return {
    id: '0190d0d5-aaaa-7bbb-8ccc-000000000002',
    user: 'bob',
    roles: ['dbadmin'],
    state: 'PENDING',
    created: t('2026-11-21T10:00:00Z'),
    accessExpires: t('2026-11-21T18:00:00Z'),
    resourceExpires: t('2026-11-21T18:00:00Z'),
    maxDuration: t('2026-11-21T14:00:00Z'),
    sessionTTL: t('2026-11-21T18:00:00Z'),
    assumeStartTime: t('2026-11-21T12:00:00Z'),
    resources: [
      node('db-1'),
      node('web-1', ['root', 'deploy']),
      {id: {cluster: 'story.example.com', kind: 'app', name: 'aws-prod', subResource: ''}, constraints: {awsConsole: {roleArns: ['arn:aws:iam::1:role/Admin']}}},
    ],
    requestReason: 'INC-7',
    resolveReason: '',
    thresholds: [],
    roleThresholdMapping: {dbadmin: []},
    reviews: [],
    suggestedReviewers: ['alice'],
    reasonMode: 'optional',
    reasonPrompts: [],
    dryRun: false,
    revision: 1,
    ...patch,
  };
}

const decodePeer = (r: PeerRequest, newSpecFields: boolean) => decodeAccessRequest(fromBytes(bytesOfRequest(requestToWire(r, {reviewFields: true, newSpecFields}))));

describe('decoding requests the in-repo peer encodes', () => {
  it('lists plain (field 14) and constrained (field 26) resources together, with readable constraints', () => {
    const wire = requestToWire(peerRequest(), {reviewFields: true, newSpecFields: true});
    // The peer splits them as Teleport does; neither field alone holds the whole list.
    assert.deepEqual(
      wire.Spec?.RequestedResourceIDs?.map((r) => r.Name),
      ['db-1'],
    );
    assert.deepEqual(
      wire.Spec?.RequestedResourceAccessIDs?.map((r) => r.id?.Name),
      ['web-1', 'aws-prod'],
    );
    const r = decodePeer(peerRequest(), true);
    assert.deepEqual(r.resources, [
      {cluster: 'story.example.com', kind: 'node', name: 'db-1', subResource: '', constraints: null},
      {cluster: 'story.example.com', kind: 'node', name: 'web-1', subResource: '', constraints: {kind: 'ssh', logins: ['root', 'deploy']}},
      {cluster: 'story.example.com', kind: 'app', name: 'aws-prod', subResource: '', constraints: {kind: 'aws_console', roleArns: ['arn:aws:iam::1:role/Admin']}},
    ]);
  });

  it('carries max duration, session TTL and assume-start time', () => {
    const r = decodePeer(peerRequest(), true);
    assert.deepEqual([r.maxDuration, r.sessionTTL, r.assumeStartTime], ['2026-11-21T14:00:00.000Z', '2026-11-21T18:00:00.000Z', '2026-11-21T12:00:00.000Z']);
  });

  it('an unset assume-start time and max duration read as null (absent, and Go zero time)', () => {
    const r = decodePeer(peerRequest({assumeStartTime: null, maxDuration: null}), true);
    assert.deepEqual([r.assumeStartTime, r.maxDuration], [null, null]);
  });

  it('a 13.x-era server sends neither field 21 nor 26: resources come from field 14 alone', () => {
    const r = decodePeer(peerRequest(), false);
    assert.equal(r.assumeStartTime, null);
    assert.deepEqual(
      r.resources.map((x) => [x.name, x.constraints]),
      [
        ['db-1', null],
        ['web-1', null],
        ['aws-prod', null],
      ],
    );
  });

  it('a resource named in both fields is listed once, with the field-26 constraints', () => {
    const wire = requestToWire(peerRequest({resources: [node('web-1', ['root'])]}), {reviewFields: true, newSpecFields: true});
    wire.Spec!.RequestedResourceIDs = [{ClusterName: 'story.example.com', Kind: 'node', Name: 'web-1', SubResourceName: ''}];
    const r = decodeAccessRequest(fromBytes(bytesOfRequest(wire)));
    assert.deepEqual(r.resources, [{cluster: 'story.example.com', kind: 'node', name: 'web-1', subResource: '', constraints: {kind: 'ssh', logins: ['root']}}]);
  });

  it('a constraint kind this bridge does not know is kept as "unknown", not dropped', () => {
    // What a newer server's unknown oneof member leaves after decoding: a constraints message with only a version.
    const wire = requestToWire(peerRequest({resources: [node('web-1', ['root'])]}), {reviewFields: true, newSpecFields: true});
    wire.Spec!.RequestedResourceAccessIDs = [{id: {ClusterName: 'c', Kind: 'db', Name: 'pg', SubResourceName: ''}, constraints: {version: 'v1'}}];
    const r = decodeAccessRequest(fromBytes(bytesOfRequest(wire)));
    assert.deepEqual(r.resources, [{cluster: 'c', kind: 'db', name: 'pg', subResource: '', constraints: {kind: 'unknown'}}]);
  });
});

describe('CreatedBy.User on the wire', () => {
  const alice = {name: 'alice', roles: ['dbreviewer'], traits: {}, createdAt: new Date('2026-11-01T00:00:00Z'), createdBy: 'admin'};

  it('is a UserRef message: the creator name survives the round trip', () => {
    const decoded = users.GetUser!.responseDeserialize(userBytes(userToWire(alice))) as {user: {Spec: {CreatedBy: {User: unknown}}}};
    assert.deepEqual(decoded.user.Spec.CreatedBy.User, {Name: 'admin'});
  });

  it('the bytes are field 3 holding a nested message whose field 1 is the name', () => {
    // CreatedBy = {2: Time, 3: UserRef{1: "admin"}}: tag 0x1a (3, length-delimited), then 0x0a (1, length-delimited) "admin".
    const bytes = userBytes(userToWire(alice));
    assert.ok(bytes.includes(Buffer.from([0x1a, 0x07, 0x0a, 0x05, ...Buffer.from('admin')])), 'UserRef{Name} nested under CreatedBy field 3');
  });

  it('a local user decodes as non-SSO', () => {
    const u = decodeUser((users.GetUser!.responseDeserialize(userBytes(userToWire(alice))) as {user: unknown}).user);
    assert.deepEqual([u.name, u.ssoConnector, u.isBot], ['alice', null, false]);
  });
});
