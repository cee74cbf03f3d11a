import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {routeProblems, routesFromValue, valueFromRoutes} from './routing_rows';

describe("the console's routing table", () => {
  test('reads the line form and the JSON form into rows, and writes the line form', () => {
    const cases: [string, unknown, string][] = [
      ['lines', 'dbadmin: acme/access-requests, alice@example.com\n# a comment\n*: acme/ops', 'dbadmin: acme/access-requests, alice@example.com\n*: acme/ops'],
      ['JSON object', '{"dbadmin": ["acme/access-requests"], "*": ["acme/ops"]}', 'dbadmin: acme/access-requests\n*: acme/ops'],
      ['"=" as separator, spaces trimmed', '  dbadmin =  acme/ops ,bob  ', 'dbadmin: acme/ops, bob'],
      ['nothing stored', undefined, ''],
    ];
    for (const [name, stored, written] of cases) assert.equal(valueFromRoutes(routesFromValue(stored)), written, name);
  });

  test('flags each bad row in words, and leaves blank rows alone', () => {
    const cases: [string, {role: string; recipients: string}[], (string | null)[]][] = [
      ['good rows', [{role: 'dbadmin', recipients: 'acme/ops, alice@example.com, @bob'}], [null]],
      ['blank row', [{role: '', recipients: ''}], [null]],
      ['no role', [{role: '', recipients: 'acme/ops'}], ['Name a role, or * for roles without a line of their own.']],
      ['role with a space', [{role: 'db admin', recipients: 'acme/ops'}], ['"db admin" is not a role name (no spaces, colons or equals signs).']],
      ['no recipients', [{role: 'dbadmin', recipients: ' , '}], ['Add at least one recipient.']],
      ['bad recipient', [{role: 'dbadmin', recipients: 'acme ops'}], ['"acme ops" is not team/channel, an e-mail or a username.']],
      [
        'the same role twice',
        [
          {role: 'dbadmin', recipients: 'acme/ops'},
          {role: 'dbadmin', recipients: 'acme/other'},
        ],
        [null, 'dbadmin has a line above already.'],
      ],
    ];
    for (const [name, rows, problems] of cases) assert.deepEqual(routeProblems(rows), problems, name);
  });
});
