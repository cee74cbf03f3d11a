import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {formatResourceId, MAX_RESOURCES_PER_REQUEST, parseResourceId, parseResourceList, splitResourceList} from './resource-id';

describe('resource ids', () => {
  const good: [string, {cluster: string; kind: string; name: string; subResource: string}][] = [
    ['/teleport.example.com/node/web-1', {cluster: 'teleport.example.com', kind: 'node', name: 'web-1', subResource: ''}],
    ['/c/db/orders', {cluster: 'c', kind: 'db', name: 'orders', subResource: ''}],
    ['/c/kube:ns:pods/prod/default/api-0', {cluster: 'c', kind: 'kube:ns:pods', name: 'prod', subResource: 'default/api-0'}],
    ['  /c/windows_desktop/ws-01  ', {cluster: 'c', kind: 'windows_desktop', name: 'ws-01', subResource: ''}],
  ];
  for (const [text, id] of good) {
    it(`reads ${text.trim()} and writes it back`, () => {
      assert.deepEqual(parseResourceId(text), {ok: true, id});
      assert.equal(formatResourceId(id), text.trim());
    });
  }

  const bad: [string, string][] = [
    ['web-1', 'does not start with "/"'],
    ['c/node/web-1', 'does not start with "/"'],
    ['/c/node', 'empty part'],
    ['/c//web-1', 'empty part'],
    ['/c/node/web-1/', 'empty part'],
    ['/c/Node/web-1', 'kind "Node"'],
    ['/c/node/web\u00001', 'control character'],
    [`/c/node/${'x'.repeat(2048)}`, 'longer than'],
  ];
  for (const [text, problem] of bad) {
    it(`refuses ${JSON.stringify(text.slice(0, 30))}`, () => {
      const parsed = parseResourceId(text);
      assert.ok(!parsed.ok);
      assert.ok(parsed.problem.includes(problem), parsed.problem);
    });
  }

  it('splits a typed list on lines, commas and spaces, drops duplicates, names the first bad word', () => {
    assert.deepEqual(splitResourceList('/c/node/a\n/c/db/b, /c/node/a\r\n\n'), ['/c/node/a', '/c/db/b', '/c/node/a']);
    const list = parseResourceList(splitResourceList('/c/node/a\n/c/db/b, /c/node/a'));
    assert.ok(list.ok);
    assert.deepEqual(
      list.ids.map((id) => formatResourceId(id)),
      ['/c/node/a', '/c/db/b'],
    );
    const wrong = parseResourceList(['/c/node/a', 'web-2', 'also-bad']);
    assert.ok(!wrong.ok);
    assert.equal(wrong.word, 'web-2');
  });

  it(`refuses more than ${MAX_RESOURCES_PER_REQUEST} resources`, () => {
    const many = Array.from({length: MAX_RESOURCES_PER_REQUEST + 1}, (_, i) => `/c/node/n${i}`);
    const list = parseResourceList(many);
    assert.ok(!list.ok && list.problem.includes('at most'));
  });
});
