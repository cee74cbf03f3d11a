import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {parseCondition, UnsupportedCondition, type ConditionEnv} from './condition';

const bob: ConditionEnv = {
  user: 'bob',
  roles: ['dbadmin', 'viewer'],
  suggestedReviewers: ['alice@example.com'],
  reason: 'incident 42',
  traits: {team: ['payments', 'sre'], level: ['senior']},
};

describe('access monitoring rule conditions: what Teleport writes in its docs and tests', () => {
  const table: [string, boolean][] = [
    ['access_request.spec.roles.contains("dbadmin")', true],
    ['access_request.spec.roles.contains("admin")', false],
    ['access_request.spec.roles.contains_any(set("admin", "dbadmin"))', true],
    ['access_request.spec.roles.contains_any(set("admin", "root"))', false],
    ['contains_any(access_request.spec.roles, set("viewer"))', true],
    ['access_request.spec.roles.contains_all(set("dbadmin", "viewer"))', true],
    ['access_request.spec.roles.contains_all(set("dbadmin", "root"))', false],
    // Teleport: contains_all of the empty set is false.
    ['contains_all(access_request.spec.roles, set())', false],
    ['access_request.spec.user == "bob"', true],
    ['access_request.spec.user != "bob"', false],
    ['!access_request.spec.roles.contains("admin")', true],
    ['access_request.spec.roles.contains("dbadmin") && access_request.spec.user == "carol"', false],
    ['access_request.spec.roles.contains("root") || access_request.spec.user == "bob"', true],
    ['!(access_request.spec.roles.contains("root") || access_request.spec.user == "carol")', true],
    ['user.traits["team"].contains("payments")', true],
    ['user.traits.team.contains("sre")', true],
    ['user.traits["missing"].isempty()', true],
    ['is_empty(user.traits["team"])', false],
    ['contains_any(user.traits["team"], set("sre", "web"))', true],
    ['access_request.spec.suggested_reviewers.contains("alice@example.com")', true],
    ['access_request.spec.request_reason == "incident 42"', true],
    ['strings.lower("BOB") == access_request.spec.user', true],
    ['strings.upper(access_request.spec.roles).contains("DBADMIN")', true],
    ['union(access_request.spec.roles, user.traits["level"]).contains("senior")', true],
    ['set("a", `dbadmin`).contains(`dbadmin`)', true],
    ['"x\\"y" == "x\\"y"', true],
    ['true', true],
    ['false || false', false],
    // && binds tighter than ||, as in Go.
    ['true || false && false', true],
  ];
  for (const [source, expected] of table) {
    it(`${source} → ${expected}`, () => {
      assert.equal(parseCondition(source).evaluate(bob), expected);
    });
  }
});

describe('conditions the bridge refuses to guess', () => {
  const refused: [string, RegExp][] = [
    ['', /empty/],
    ['access_request.spec.creation_time.after(time.RFC3339("2026-01-01T00:00:00Z"))', /time values/],
    ['access_request.spec.system_annotations["x"].contains("y")', /system annotations/],
    ['has_labels(access_request.spec.requested_resources, "env", "prod")', /function has_labels/],
    ['regexp.match(access_request.spec.roles, "^db")', /function regexp.match/],
    ['access_request.spec.roles', /set, not a boolean/],
    ['access_request.spec.user', /string, not a boolean/],
    ['access_request.spec.roles == "dbadmin"', /compares two strings/],
    ['access_request.spec.roles.contains(1)', /unexpected/],
    ['access_request.spec.nope == "x"', /unknown name/],
    ['access_request.spec.roles.contains("a"', /expected "\)"/],
    ['access_request.spec.user == "bob" &&', /unexpected the end/],
    ['access_request.spec.roles.contains(set("a"))', /expects a string, got a set/],
    ['access_request.spec.roles.frobnicate("a")', /method .frobnicate/],
    ['"unterminated', /unterminated string/],
  ];
  for (const [source, reason] of refused) {
    it(`${JSON.stringify(source)} is refused with a reason`, () => {
      assert.throws(
        () => parseCondition(source),
        (err: unknown) => err instanceof UnsupportedCondition && reason.test(err.message),
      );
    });
  }

  it('says whether the requester traits are needed, so they are read only then', () => {
    assert.equal(parseCondition('access_request.spec.roles.contains("a")').usesTraits, false);
    assert.equal(parseCondition('user.traits.team.contains("a")').usesTraits, true);
  });
});

describe('condition properties', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
  const env = fc.record({
    user: name,
    roles: fc.uniqueArray(name, {maxLength: 4}),
    suggestedReviewers: fc.uniqueArray(name, {maxLength: 3}),
    reason: fc.string({maxLength: 20}),
    traits: fc.dictionary(name, fc.uniqueArray(name, {maxLength: 3}), {maxKeys: 3}),
  });
  const quote = (s: string): string => JSON.stringify(s);

  it('roles.contains(r) is true exactly when r is requested', () => {
    fc.assert(
      fc.property(env, name, (e, role) => {
        assert.equal(parseCondition(`access_request.spec.roles.contains(${quote(role)})`).evaluate(e), e.roles.includes(role));
      }),
    );
  });

  it('contains_any(set(...)) is the OR of contains, and ! negates it', () => {
    fc.assert(
      fc.property(env, fc.uniqueArray(name, {minLength: 1, maxLength: 4}), (e, wanted) => {
        const any = parseCondition(`access_request.spec.roles.contains_any(set(${wanted.map(quote).join(', ')}))`).evaluate(e);
        const ors = parseCondition(wanted.map((w) => `access_request.spec.roles.contains(${quote(w)})`).join(' || ')).evaluate(e);
        const not = parseCondition(`!access_request.spec.roles.contains_any(set(${wanted.map(quote).join(', ')}))`).evaluate(e);
        assert.equal(any, ors);
        assert.equal(not, !any);
      }),
    );
  });

  it('a trait lookup sees exactly the trait values (missing trait = empty)', () => {
    fc.assert(
      fc.property(env, name, name, (e, key, value) => {
        const has = (e.traits[key] ?? []).includes(value);
        assert.equal(parseCondition(`user.traits[${quote(key)}].contains(${quote(value)})`).evaluate(e), has);
        assert.equal(parseCondition(`user.traits.${key.replace(/-/g, '_')}.contains(${quote(value)})`).evaluate(e), (e.traits[key.replace(/-/g, '_')] ?? []).includes(value));
      }),
    );
  });

  it('any string literal survives quoting (the reason compares equal to itself)', () => {
    fc.assert(
      fc.property(env, (e) => {
        assert.equal(parseCondition(`access_request.spec.request_reason == ${quote(e.reason)}`).evaluate(e), true);
      }),
    );
  });

  it('arbitrary text either parses to a boolean condition or is refused: never another error', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 60}), (source) => {
        try {
          const c = parseCondition(source);
          assert.equal(typeof c.evaluate(bob), 'boolean');
        } catch (err) {
          assert.ok(err instanceof UnsupportedCondition, `${JSON.stringify(source)}: ${String(err)}`);
        }
      }),
    );
  });
});
