import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {markdownLite} from './markdown_lite';

describe('markdownLite (the host page renders bridge text with it)', () => {
  test('renders the bridge’s bold, code, links, quotes and line breaks', () => {
    assert.equal(
      markdownLite('**Denied** `dbadmin`\n> not now\n[Open in Teleport](https://tp.example.com/web/requests/1)'),
      '<strong>Denied</strong> <code>dbadmin</code><br><span class="quote">not now</span><br>' +
        '<a href="https://tp.example.com/web/requests/1" target="_blank" rel="noreferrer">Open in Teleport</a>',
    );
  });

  test('user text cannot inject markup or script links', () => {
    const out = markdownLite('<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](https://a.example/"onmouseover="alert(1))');
    assert.doesNotMatch(out, /<img|href="javascript|"onmouseover/);
    assert.match(out, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
