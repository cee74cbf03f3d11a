import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {postMarkdown} from './post_markdown';

describe('postMarkdown (the host page renders posts and dialog texts with it)', () => {
  test('help and list output: fences, lists, emphasis and line breaks render as in Mattermost', () => {
    const html = postMarkdown('**Usage**\n```\n/teleport list\n```\n- `dbadmin` by @bob\n- _None._\nfirst line\nsecond line');
    assert.match(html, /<strong>Usage<\/strong>/);
    assert.match(html, /<pre><code>\/teleport list\n<\/code><\/pre>/);
    assert.match(html, /<ul>\s*<li><code>dbadmin<\/code> by <span class="mention">@bob<\/span><\/li>\s*<li><em>None.<\/em>/);
    assert.match(html, /first line<br>second line/);
    assert.doesNotMatch(html, /```|^- /m);
  });

  test('links open outside; user text cannot inject markup or script links', () => {
    assert.match(
      postMarkdown('[Open in Teleport](https://tp.example.com/web/requests/1)'),
      /<a href="https:\/\/tp\.example\.com\/web\/requests\/1" target="_blank" rel="noreferrer">Open in Teleport<\/a>/,
    );
    const out = postMarkdown('<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](https://a.example/"onmouseover="alert(1))');
    assert.doesNotMatch(out, /<img|href="javascript|"onmouseover/);
  });
});
