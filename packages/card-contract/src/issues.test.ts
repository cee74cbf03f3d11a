import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import * as z from 'zod';
import * as zm from 'zod/mini';

import {formatIssues, type IssueFormat, type IssueLike} from './issues';

describe('zod issues as text', () => {
  const stateIssue: IssueLike = {path: ['Spec', 'Reviews', 0, 'ProposedState'], message: 'expected one of APPROVED, DENIED'};
  const whole: IssueLike = {path: [], message: 'expected an object'};
  const rows: [string, IssueLike[], IssueFormat, string][] = [
    ['a path under a named root, indexes in brackets', [stateIssue], {root: 'AccessRequestV3'}, 'AccessRequestV3.Spec.Reviews[0].ProposedState: expected one of APPROVED, DENIED'],
    ['a path alone', [stateIssue], {}, 'Spec.Reviews[0].ProposedState: expected one of APPROVED, DENIED'],
    ['the whole value, named', [whole], {whole: '(body)'}, '(body): expected an object'],
    ['the whole value under a root', [whole], {root: 'props.teleport_card'}, 'props.teleport_card: expected an object'],
    ['the whole value, unnamed', [whole], {}, '(root): expected an object'],
    ['every issue, joined', [stateIssue, whole], {whole: 'body'}, 'Spec.Reviews[0].ProposedState: expected one of APPROVED, DENIED; body: expected an object'],
    ['only the first when asked', [stateIssue, whole], {firstOnly: true}, 'Spec.Reviews[0].ProposedState: expected one of APPROVED, DENIED'],
    ['no issue at all', [], {root: 'status:r-1'}, 'status:r-1: invalid'],
  ];
  for (const [name, issues, format, text] of rows) it(name, () => assert.equal(formatIssues(issues, format), text));

  it('reads the issues of zod and of zod/mini alike', () => {
    const full = z.object({a: z.array(z.number())}).safeParse({a: [1, 'x']});
    const mini = zm.object({a: zm.array(zm.number())}).safeParse({a: [1, 'x']});
    assert.ok(!full.success && !mini.success);
    assert.match(formatIssues(full.error.issues, {root: 'v'}), /^v\.a\[1\]: /);
    assert.match(formatIssues(mini.error.issues, {root: 'v'}), /^v\.a\[1\]: /);
  });
});
