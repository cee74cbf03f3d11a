import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {decodeAccessRequest, decodePing, decodePluginData, decodeUser, toTimestamp, ZERO_TIME_SECONDS} from './decode';
import {TeleportError} from './port';
import {loadTeleportProtos} from './proto/load';
import type {AccessRequestV3} from './proto/generated/types/AccessRequestV3';
import type {PingResponse} from './proto/generated/proto/PingResponse';
import type {UserV2} from './proto/generated/types/UserV2';

// Round-trip through the real (de)serialisers, so the decoder sees exactly what grpc-js hands it.
const auth = loadTeleportProtos().AuthService.service;
const users = loadTeleportProtos().UsersService.service;
const wireRequest = (m: AccessRequestV3): unknown => auth.CreateAccessRequestV2!.responseDeserialize(auth.CreateAccessRequestV2!.requestSerialize(m));
const wirePing = (m: PingResponse): unknown => auth.Ping!.responseDeserialize(auth.Ping!.responseSerialize(m));
const wireUser = (u: UserV2): unknown => (users.GetUser!.responseDeserialize(users.GetUser!.responseSerialize({user: u})) as {user: unknown}).user;

const ZERO = {seconds: ZERO_TIME_SECONDS, nanos: 0};
const at = (iso: string) => toTimestamp(new Date(iso));

function request(patch: (r: AccessRequestV3 & {Spec: NonNullable<AccessRequestV3['Spec']>}) => void = () => {}): AccessRequestV3 {
  const r = {
    Kind: 'access_request',
    Version: 'v3',
    Metadata: {Name: '0190d0d5-aaaa-7bbb-8ccc-000000000001', Namespace: 'default', Expires: at('2026-11-28T10:00:00Z')},
    Spec: {
      User: 'bob',
      Roles: ['dbadmin'],
      State: 'PENDING' as const,
      Created: at('2026-11-21T10:00:00.250Z'),
      Expires: at('2026-11-21T18:00:00Z'),
      RequestReason: 'INC-42',
      ResolveReason: '',
      Thresholds: [{Name: 'dual', Filter: '', Approve: 2, Deny: 1}],
      RoleThresholdMapping: {dbadmin: {Sets: [{Indexes: [0]}]}},
      Reviews: [
        {
          Author: 'alice',
          ProposedState: 'APPROVED' as const,
          Reason: 'ok',
          Created: at('2026-11-21T10:05:00Z'),
          ThresholdIndexes: [0],
          SubmittedBy: 'mattermost-bridge',
          submitted_on_behalf_of_author: true,
        },
      ],
      SuggestedReviewers: ['alice', 'ivan'],
      RequestedResourceIDs: [{ClusterName: 'story.example.com', Kind: 'node', Name: 'db-1', SubResourceName: ''}],
      LoginHint: '',
      MaxDuration: ZERO,
      SessionTTL: ZERO,
      RequestKind: 'SHORT_TERM' as const,
    },
  };
  patch(r);
  return r;
}

/** A wire request with some Spec fields replaced by values the proto decoder would never give. */
function withSpec(fields: Record<string, unknown>): unknown {
  const wire = wireRequest(request()) as {Spec: object};
  return {...wire, Spec: {...wire.Spec, ...fields}};
}

function expectBadParameter(input: unknown, message: RegExp): void {
  assert.throws(
    () => decodeAccessRequest(input),
    (err: unknown) => {
      assert.ok(err instanceof TeleportError, `expected TeleportError, got ${String(err)}`);
      assert.equal(err.kind, 'BadParameter');
      assert.match(err.message, message);
      return true;
    },
  );
}

describe('decodeAccessRequest', () => {
  it('turns a wire AccessRequestV3 into the domain request', () => {
    const r = decodeAccessRequest(wireRequest(request()));
    assert.deepEqual(r, {
      id: '0190d0d5-aaaa-7bbb-8ccc-000000000001',
      user: 'bob',
      roles: ['dbadmin'],
      state: 'PENDING',
      created: '2026-11-21T10:00:00.250Z',
      accessExpires: '2026-11-21T18:00:00.000Z',
      pendingExpires: '2026-11-28T10:00:00.000Z',
      maxDuration: null,
      sessionTTL: null,
      assumeStartTime: null,
      reason: 'INC-42',
      resolveReason: '',
      thresholds: [{name: 'dual', filter: '', approve: 2, deny: 1}],
      roleThresholdMapping: {dbadmin: [[0]]},
      reviews: [{author: 'alice', decision: 'APPROVED', reason: 'ok', created: '2026-11-21T10:05:00.000Z', submittedBy: 'mattermost-bridge', thresholdIndexes: [0]}],
      suggestedReviewers: ['alice', 'ivan'],
      resources: [{cluster: 'story.example.com', kind: 'node', name: 'db-1', subResource: '', constraints: null}],
      requestKind: 'SHORT_TERM',
      promotedAccessList: null,
      loginHint: '',
    });
  });

  const cases: {name: string; patch: Parameters<typeof request>[0]; check: (r: ReturnType<typeof decodeAccessRequest>) => void}[] = [
    {name: 'zero-time access expiry is null', patch: (r) => void (r.Spec.Expires = ZERO), check: (r) => assert.equal(r.accessExpires, null)},
    {name: 'absent Metadata.Expires is null', patch: (r) => void (r.Metadata!.Expires = null), check: (r) => assert.equal(r.pendingExpires, null)},
    {name: 'absent (not sent) MaxDuration is null', patch: (r) => void delete r.Spec.MaxDuration, check: (r) => assert.equal(r.maxDuration, null)},
    {
      name: 'set MaxDuration is an ISO time',
      patch: (r) => void (r.Spec.MaxDuration = at('2026-11-21T12:00:00Z')),
      check: (r) => assert.equal(r.maxDuration, '2026-11-21T12:00:00.000Z'),
    },
    {name: 'LONG_TERM kind survives', patch: (r) => void (r.Spec.RequestKind = 'LONG_TERM'), check: (r) => assert.equal(r.requestKind, 'LONG_TERM')},
    {name: 'an unset kind reads UNDEFINED', patch: (r) => void delete r.Spec.RequestKind, check: (r) => assert.equal(r.requestKind, 'UNDEFINED')},
    {name: 'a DENIED review is a denial', patch: (r) => void (r.Spec.Reviews![0]!.ProposedState = 'DENIED'), check: (r) => assert.equal(r.reviews[0]?.decision, 'DENIED')},
    {name: 'a classic review has no submitter', patch: (r) => void (r.Spec.Reviews![0]!.SubmittedBy = ''), check: (r) => assert.equal(r.reviews[0]?.submittedBy, '')},
    {
      name: 'promotion to an access list is kept',
      patch: (r) => {
        r.Spec.State = 'PROMOTED';
        r.Spec.accessList = {Name: 'al-1', Title: 'DB admins'};
      },
      check: (r) => assert.deepEqual([r.state, r.promotedAccessList], ['PROMOTED', {name: 'al-1', title: 'DB admins'}]),
    },
    {name: 'a dry-run answer without creation time is accepted', patch: (r) => ((r.Spec.DryRun = true), (r.Spec.Created = ZERO)), check: (r) => assert.ok(r.created)},
  ];
  for (const c of cases) {
    it(c.name, () => c.check(decodeAccessRequest(wireRequest(request(c.patch)))));
  }

  const malformed: {name: string; input: () => unknown; message: RegExp}[] = [
    {
      name: 'state NONE',
      input: () => wireRequest(request((r) => void (r.Spec.State = 'NONE'))),
      message: /^AccessRequestV3\.Spec\.State: expected one of PENDING, APPROVED, DENIED, PROMOTED$/,
    },
    {
      name: 'an enum value newer than our proto',
      input: () => ({...(wireRequest(request()) as object), Spec: {...(wireRequest(request()) as {Spec: object}).Spec, State: 9}}),
      message: /^AccessRequestV3\.Spec\.State: expected one of/,
    },
    {name: 'no metadata', input: () => wireRequest(request((r) => void (r.Metadata = null))), message: /^AccessRequestV3\.Metadata: expected a Metadata message$/},
    {name: 'no spec', input: () => wireRequest(request((r) => void (r.Spec = null as never))), message: /^AccessRequestV3\.Spec: expected an AccessRequestSpecV3 message$/},
    {name: 'empty request ID', input: () => wireRequest(request((r) => void (r.Metadata!.Name = ''))), message: /^AccessRequestV3\.Metadata\.Name: expected a non-empty name$/},
    {name: 'empty user', input: () => wireRequest(request((r) => void (r.Spec.User = ''))), message: /^AccessRequestV3\.Spec\.User: expected a non-empty user$/},
    {
      name: 'a review proposing PENDING',
      input: () => wireRequest(request((r) => void (r.Spec.Reviews![0]!.ProposedState = 'PENDING'))),
      message: /^AccessRequestV3\.Spec\.Reviews\[0\]\.ProposedState: expected one of APPROVED, DENIED, PROMOTED$/,
    },
    {name: 'zero creation time', input: () => wireRequest(request((r) => void (r.Spec.Created = ZERO))), message: /^AccessRequestV3\.Spec\.Created: expected a creation time/},
    {name: 'another kind of resource', input: () => wireRequest(request((r) => void (r.Kind = 'user'))), message: /^AccessRequestV3\.Kind: expected "access_request"$/},
    {
      name: 'a threshold index that is not a count',
      input: () => withSpec({RoleThresholdMapping: {dbadmin: {Sets: [{Indexes: [0, -1]}]}}}),
      message: /^AccessRequestV3\.Spec\.RoleThresholdMapping\.dbadmin\.Sets\[0\]\.Indexes\[1\]: expected a non-negative integer$/,
    },
    {
      name: 'a role named __proto__ in the threshold mapping',
      input: () => withSpec({RoleThresholdMapping: JSON.parse('{"__proto__": {"Sets": []}}') as unknown}),
      message: /^AccessRequestV3\.Spec\.RoleThresholdMapping\.__proto__: expected a role name$/,
    },
    {
      name: 'nanoseconds past a second',
      input: () => withSpec({Created: {seconds: 1_800_000_000, nanos: 1_000_000_000}}),
      message: /^AccessRequestV3\.Spec\.Created\.nanos: expected nanoseconds/,
    },
    {name: 'a role that is not a string', input: () => withSpec({Roles: ['dbadmin', 7]}), message: /^AccessRequestV3\.Spec\.Roles\[1\]: expected a string$/},
    {name: 'reviews that are not a list', input: () => withSpec({Reviews: {}}), message: /^AccessRequestV3\.Spec\.Reviews: expected a list of reviews$/},
    {name: 'not an object', input: () => 'hello', message: /^AccessRequestV3: /},
    {name: 'null', input: () => null, message: /^AccessRequestV3: /},
  ];
  for (const c of malformed) {
    it(`refuses ${c.name} with BadParameter naming the field`, () => expectBadParameter(c.input(), c.message));
  }
});

describe('decodePing', () => {
  const table: {version: string; advanced: boolean; onBehalf: boolean}[] = [
    {version: '18.11.0', advanced: true, onBehalf: true},
    {version: '18.11.3', advanced: true, onBehalf: true},
    {version: '18.10.2', advanced: true, onBehalf: false},
    {version: '17.7.1', advanced: true, onBehalf: false},
    {version: '19.0.0', advanced: true, onBehalf: true},
    {version: '20.1.0-dev', advanced: true, onBehalf: true},
    {version: '18.11.0-rc.1', advanced: true, onBehalf: false},
    {version: '18.11.0', advanced: false, onBehalf: false},
    {version: 'not-a-version', advanced: true, onBehalf: false},
  ];
  for (const t of table) {
    it(`version ${t.version}, advanced workflows ${t.advanced} → on-behalf reviews ${t.onBehalf}`, () => {
      const info = decodePing(
        wirePing({ClusterName: 'story.example.com', ServerVersion: t.version, ProxyPublicAddr: 'tp.example.com:443', ServerFeatures: {AdvancedAccessWorkflows: t.advanced}}),
      );
      assert.deepEqual(info, {
        clusterName: 'story.example.com',
        serverVersion: t.version,
        proxyPublicAddr: 'tp.example.com:443',
        advancedAccessWorkflows: t.advanced,
        onBehalfReviews: t.onBehalf,
      });
    });
  }
  it('reads a Ping without features as Community Edition', () => {
    assert.equal(decodePing(wirePing({ClusterName: 'c', ServerVersion: '18.11.0'})).advancedAccessWorkflows, false);
  });
});

describe('decodeUser', () => {
  it('reads roles, traits, SSO origin and bot label', () => {
    const u = decodeUser(
      wireUser({
        Kind: 'user',
        Version: 'v2',
        Metadata: {Name: 'alice', Labels: {}},
        Spec: {
          Roles: ['dbreviewer'],
          Traits: {Values: {mattermost_user_id: {Values: ['u1']}, logins: {Values: []}}},
          CreatedBy: {Connector: {Type: 'saml', ID: 'okta', Identity: 'alice@example.com'}},
        },
      }),
    );
    assert.deepEqual(u, {name: 'alice', roles: ['dbreviewer'], traits: {mattermost_user_id: ['u1'], logins: []}, ssoConnector: 'okta', isBot: false});
  });
  it('recognises a Machine ID bot user by its label and a local user by its missing connector', () => {
    const u = decodeUser(wireUser({Metadata: {Name: 'bot-bridge', Labels: {'teleport.internal/bot': 'bridge'}}, Spec: {Roles: ['bot-bridge']}}));
    assert.equal(u.isBot, true);
    assert.equal(u.ssoConnector, null);
    assert.deepEqual(u.traits, {});
  });
  it('refuses a user without a name', () => {
    assert.throws(() => decodeUser(wireUser({Metadata: {Name: ''}, Spec: {}})), {
      name: 'TeleportError',
      kind: 'BadParameter',
      message: 'UserV2.Metadata.Name: expected a non-empty name',
    });
  });
});

describe('decodePluginData', () => {
  it('returns the entry of the named plugin only', () => {
    const seq = {PluginData: [{Spec: {Entries: {mattermost: {Data: {post: 'p1'}}, slack: {Data: {ts: '1'}}}}}]};
    assert.deepEqual(decodePluginData(seq, 'mattermost'), {post: 'p1'});
    assert.equal(decodePluginData(seq, 'jira'), null);
    assert.equal(decodePluginData({PluginData: []}, 'mattermost'), null);
  });
});

describe('toTimestamp', () => {
  it('sends Go zero time for unset and millisecond precision for a date', () => {
    assert.deepEqual(toTimestamp(null), {seconds: -62135596800, nanos: 0});
    assert.deepEqual(toTimestamp(new Date('2026-11-21T10:00:00.250Z')), {seconds: 1795255200, nanos: 250_000_000});
  });
});
