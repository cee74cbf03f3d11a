import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {NO_REVIEW_CONDITIONS, type ReviewConditions, type TeleportRole} from '../domain/role';
import {claimMatchers, roleMatcher} from './role-matcher';
import {reviewChecker, reviewPermission, type RequestFacts, type Reviewer, type ReviewPermission} from './review-permission';
import {compileWhere, evaluateWhere, type Truth, type WhereContext} from './where';

describe('role matchers (Teleport parse.NewMatcher)', () => {
  const table: [pattern: string, role: string, expected: boolean | 'unknown'][] = [
    ['dbadmin', 'dbadmin', true],
    ['dbadmin', 'dbadmin2', false],
    ['dbadmin', 'DBADMIN', false],
    ['*', 'anything', true],
    ['db-*', 'db-admin', true],
    ['db-*', 'xdb-admin', false],
    ['*-admin', 'db-admin', true],
    ['db.admin', 'dbXadmin', false], // a dot is literal outside ^…$
    ['db+', 'dbb', false],
    ['^db-(admin|ro)$', 'db-ro', true],
    ['^db-(admin|ro)$', 'db-rw', false],
    ['^db-.*$', 'db-', true],
    ['{{regexp.match("^prod-")}}', 'prod-db', true],
    ['{{regexp.match("^prod-")}}', 'dev-db', false],
    ['{{regexp.not_match("prod")}}', 'dev-db', true],
    ['{{regexp.not_match("prod")}}', 'prod-db', false],
    ['team-{{regexp.match("^[a-z]+$")}}-admin', 'team-blue-admin', true],
    ['team-{{regexp.match("^[a-z]+$")}}-admin', 'team-blue-viewer', false],
    ['{{internal.logins}}', 'root', 'unknown'],
    ['^(unclosed$', 'x', 'unknown'],
  ];
  for (const [pattern, role, expected] of table) {
    it(`${pattern} vs ${role} → ${String(expected)}`, () => assert.equal(roleMatcher(pattern)(role), expected));
  }

  it('claims_to_roles grants roles from matching trait values, with $1 expansion matched literally', () => {
    const matchers = claimMatchers(
      [
        {claim: 'groups', value: 'db-*', roles: ['dbadmin']},
        {claim: 'teams', value: '^team-(.*)$', roles: ['$1-admin']},
        {claim: 'missing', value: '*', roles: ['everything']},
      ],
      {groups: ['eng', 'db-oncall'], teams: ['team-blue']},
    );
    const matches = (role: string) => matchers.some((m) => m(role) === true);
    assert.equal(matches('dbadmin'), true);
    assert.equal(matches('blue-admin'), true);
    assert.equal(matches('red-admin'), false);
    assert.equal(matches('everything'), false);
  });

  it('a claim value that is not one of the user trait values grants nothing', () => {
    const matchers = claimMatchers([{claim: 'groups', value: 'admins', roles: ['*']}], {groups: ['eng']});
    assert.deepEqual(matchers, []);
  });
});

describe('where predicates (review_requests.where)', () => {
  const ctx: WhereContext = {
    reviewer: {roles: ['dbreviewer', 'employee'], traits: {team: ['db'], level: ['senior']}},
    request: {roles: ['dbadmin'], reason: 'TICKET-42'},
  };
  const table: [expression: string, expected: Truth][] = [
    ['', true],
    ['contains(reviewer.roles, "dbreviewer")', true],
    ['contains(reviewer.roles, "auditor")', false],
    ['contains(reviewer.traits["team"], "db")', true],
    ['contains(reviewer.traits["team"], "web")', false],
    ['contains(reviewer.traits["nope"], "db")', false],
    ['equals(request.reason, "TICKET-42")', true],
    ['equals(request.roles, reviewer.traits["team"])', false],
    ['contains(request.roles, "dbadmin") && contains(reviewer.traits["level"], "senior")', true],
    ['contains(request.roles, "web") || contains(reviewer.traits["team"], "db")', true],
    ['!contains(request.roles, "dbadmin")', false],
    ['!(contains(request.roles, "x") || equals(request.reason, ""))', true],
    ['contains(reviewer.roles, `dbreviewer`)', true],
    // What the bridge cannot evaluate stays undecided, never guessed.
    ['contains(request.system_annotations["ticket"], "x")', 'unknown'],
    ['regexp.match(request.reason, "^T")', 'unknown'],
    ['startswith(request.reason, "T")', 'unknown'],
    ['request.reason == "TICKET-42"', 'unknown'],
    ['contains(reviewer.roles', 'unknown'],
    ['contains(user.spec.roles, "x")', 'unknown'],
    // Kleene logic: a known false/true side still decides.
    ['contains(request.system_annotations["t"], "x") && contains(reviewer.roles, "auditor")', false],
    ['contains(request.system_annotations["t"], "x") || contains(reviewer.roles, "employee")', true],
    ['contains(request.system_annotations["t"], "x") && contains(reviewer.roles, "employee")', 'unknown'],
  ];
  for (const [expression, expected] of table) {
    it(`${expression || '(empty)'} → ${String(expected)}`, () => assert.equal(evaluateWhere(expression, ctx), expected));
  }
});

const cond = (patch: Partial<ReviewConditions>): ReviewConditions => ({...NO_REVIEW_CONDITIONS, ...patch});
const role = (name: string, allow: Partial<ReviewConditions> = {}, deny: Partial<ReviewConditions> = {}): TeleportRole => ({
  name,
  allowReview: cond(allow),
  denyReview: cond(deny),
});

describe('review permission (ReviewPermissionChecker.CanReviewRequest)', () => {
  const alice: Reviewer = {name: 'alice', roles: [], traits: {groups: ['db-oncall'], team: ['db']}};
  const req = (roles: string[], patch: Partial<RequestFacts> = {}): RequestFacts => ({user: 'bob', roles, reason: 'TICKET-42', ...patch});

  const table: [title: string, roles: (TeleportRole | null)[], request: RequestFacts, expected: ReviewPermission, reviewer?: Reviewer][] = [
    ['exact role allowed', [role('r', {roles: ['dbadmin']})], req(['dbadmin']), 'may-review'],
    ['other role not allowed', [role('r', {roles: ['dbadmin']})], req(['webadmin']), 'may-not-review'],
    ['no review rules at all', [role('r')], req(['dbadmin']), 'may-not-review'],
    ['wildcard allows everything', [role('r', {roles: ['*']})], req(['dbadmin', 'webadmin']), 'may-review'],
    ['glob', [role('r', {roles: ['db*']})], req(['dbadmin', 'dbro']), 'may-review'],
    ['regular expression', [role('r', {roles: ['^(db|web)admin$']})], req(['webadmin']), 'may-review'],
    ['every requested role must be allowed', [role('r', {roles: ['dbadmin']})], req(['dbadmin', 'webadmin']), 'may-not-review'],
    ['roles may be allowed by different roles', [role('a', {roles: ['dbadmin']}), role('b', {roles: ['webadmin']})], req(['dbadmin', 'webadmin']), 'may-review'],
    ['deny wins over allow in the same role', [role('r', {roles: ['*']}, {roles: ['dbadmin']})], req(['dbadmin']), 'may-not-review'],
    ['deny in another role wins', [role('a', {roles: ['*']}), role('b', {}, {roles: ['db*']})], req(['dbadmin']), 'may-not-review'],
    ['deny of one requested role refuses the whole request', [role('a', {roles: ['*']}, {roles: ['webadmin']})], req(['dbadmin', 'webadmin']), 'may-not-review'],
    ['deny of an unrequested role does not matter', [role('a', {roles: ['*']}, {roles: ['webadmin']})], req(['dbadmin']), 'may-review'],
    ['own request never', [role('r', {roles: ['*']})], req(['dbadmin'], {user: 'alice'}), 'may-not-review'],
    ['claims_to_roles allows', [role('r', {claimsToRoles: [{claim: 'groups', value: 'db-*', roles: ['dbadmin']}]})], req(['dbadmin']), 'may-review'],
    ['claims_to_roles on a trait the user lacks', [role('r', {claimsToRoles: [{claim: 'groups', value: 'web-*', roles: ['dbadmin']}]})], req(['dbadmin']), 'may-not-review'],
    ['claims_to_roles in deny wins', [role('r', {roles: ['*']}, {claimsToRoles: [{claim: 'team', value: 'db', roles: ['dbadmin']}]})], req(['dbadmin']), 'may-not-review'],
    ['allow where holds', [role('r', {roles: ['dbadmin'], where: 'contains(reviewer.traits["team"], "db")'})], req(['dbadmin']), 'may-review'],
    ['allow where fails', [role('r', {roles: ['dbadmin'], where: 'contains(reviewer.traits["team"], "web")'})], req(['dbadmin']), 'may-not-review'],
    ['deny where fails: deny does not apply', [role('r', {roles: ['*']}, {roles: ['*'], where: 'equals(request.reason, "")'})], req(['dbadmin']), 'may-review'],
    ['deny where holds', [role('r', {roles: ['*']}, {roles: ['*'], where: 'equals(request.reason, "TICKET-42")'})], req(['dbadmin']), 'may-not-review'],
    [
      'allow where the bridge cannot evaluate: Teleport decides',
      [role('r', {roles: ['dbadmin'], where: 'contains(request.system_annotations["x"], "y")'})],
      req(['dbadmin']),
      'teleport-decides',
    ],
    ['deny where the bridge cannot evaluate: Teleport decides', [role('r', {roles: ['*']}, {roles: ['*'], where: 'fancy(request.reason)'})], req(['dbadmin']), 'teleport-decides'],
    ['an undecidable allow next to no match still refuses', [role('r', {roles: ['webadmin'], where: 'fancy()'})], req(['dbadmin']), 'may-not-review'],
    ['a definite allow elsewhere beats an undecidable one', [role('a', {roles: ['dbadmin'], where: 'fancy()'}), role('b', {roles: ['dbadmin']})], req(['dbadmin']), 'may-review'],
    ['an unreadable role never turns into a refusal', [null], req(['dbadmin']), 'teleport-decides'],
    ['an unreadable role next to an allow: Teleport decides (it may deny)', [role('r', {roles: ['*']}), null], req(['dbadmin']), 'teleport-decides'],
    ['reviewer.roles in where', [role('r', {roles: ['*'], where: 'contains(reviewer.roles, "dbreviewer")'})], req(['dbadmin']), 'may-review', {...alice, roles: ['dbreviewer']}],
  ];
  for (const [title, roles, request, expected, reviewer] of table) {
    it(`${title} → ${expected}`, () => assert.equal(reviewPermission(reviewer ?? alice, roles, request), expected));
  }
});

describe('one reviewer checked against many requests (the inbox, /teleport list)', () => {
  const carol: Reviewer = {name: 'carol', roles: ['dbreviewer'], traits: {team: ['db']}};
  const roles = [
    role('dbreviewer', {roles: ['db*'], where: 'contains(reviewer.traits["team"], "db")'}, {roles: ['dbroot']}),
    role('freeze', {}, {roles: ['*'], where: 'equals(request.reason, "change freeze")'}),
    role('annotated', {}, {roles: ['dbro'], where: 'contains(request.system_annotations["x"], "y")'}),
  ];
  // Each answer depends on that request alone: a refusal or an undecided deny of one request
  // must not carry over to the next one checked with the same check.
  const sequence: [request: RequestFacts, expected: ReviewPermission][] = [
    [{user: 'bob', roles: ['dbadmin'], reason: 'TICKET-1'}, 'may-review'],
    [{user: 'bob', roles: ['dbroot'], reason: 'TICKET-2'}, 'may-not-review'],
    [{user: 'bob', roles: ['dbadmin'], reason: 'TICKET-3'}, 'may-review'],
    [{user: 'bob', roles: ['dbadmin'], reason: 'change freeze'}, 'may-not-review'],
    [{user: 'bob', roles: ['dbadmin', 'webadmin'], reason: 'TICKET-4'}, 'may-not-review'],
    [{user: 'carol', roles: ['dbadmin'], reason: 'TICKET-5'}, 'may-not-review'],
    [{user: 'bob', roles: ['dbro'], reason: 'TICKET-6'}, 'teleport-decides'],
    [{user: 'bob', roles: ['dbro'], reason: 'TICKET-7', systemAnnotations: {x: ['n']}}, 'may-review'],
    [{user: 'bob', roles: ['dbadmin'], reason: 'TICKET-8'}, 'may-review'],
  ];

  it('gives each request the answer a fresh check gives it', () => {
    const check = reviewChecker(carol, roles);
    assert.deepEqual(
      sequence.map(([request]) => check(request)),
      sequence.map(([, expected]) => expected),
    );
    assert.deepEqual(
      sequence.map(([request]) => reviewPermission(carol, roles, request)),
      sequence.map(([, expected]) => expected),
    );
  });

  it('a predicate parsed once answers for each context', () => {
    const where = compileWhere('equals(request.reason, "change freeze")');
    const ctx = (reason: string): WhereContext => ({reviewer: {roles: [], traits: {}}, request: {roles: ['dbadmin'], reason}});
    assert.deepEqual([where(ctx('change freeze')), where(ctx('TICKET-1')), where(ctx('change freeze'))], [true, false, true]);
    const broken = compileWhere('contains(reviewer.roles');
    assert.deepEqual([broken(ctx('a')), broken(ctx('b'))], ['unknown', 'unknown']);
  });
});
