import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {requestWebLink} from './web-link';

describe('the Web UI link of a request', () => {
  const enterprise = {advancedAccessWorkflows: true, proxyPublicAddr: 'teleport.example.com:443'};
  const rows: [string, typeof enterprise, string, string | null][] = [
    ['the public proxy address, without the default port', enterprise, '', 'https://teleport.example.com/web/requests/r%2F1'],
    ['the address set in the System Console wins', enterprise, 'https://access.example.com/', 'https://access.example.com/web/requests/r%2F1'],
    ['another port is kept', {...enterprise, proxyPublicAddr: 'teleport.example.com:3080'}, '', 'https://teleport.example.com:3080/web/requests/r%2F1'],
    ['plain http as configured', enterprise, 'http://teleport.local', 'http://teleport.local/web/requests/r%2F1'],
    ['no address known: no link', {...enterprise, proxyPublicAddr: ''}, ' ', null],
    ['Community Edition (no review page): no link', {...enterprise, advancedAccessWorkflows: false}, 'https://access.example.com', null],
  ];
  for (const [name, cluster, webProxyAddr, want] of rows) it(name, () => assert.equal(requestWebLink(cluster, {webProxyAddr}, 'r/1'), want));
});
