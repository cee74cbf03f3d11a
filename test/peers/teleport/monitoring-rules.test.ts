/**
 * Access monitoring rules on the in-repo peer, read by the bridge's own Teleport client: an admin
 * writes rules with the service, the bridge lists the ones naming it and sees changes on its
 * watch; a peer started like a cluster before v15/v16 answers UNIMPLEMENTED.
 */
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import * as grpc from '@grpc/grpc-js';
import pino from 'pino';
import type {RuleEvent} from '../../../server-bridge/src/domain/monitoring-rule';
import {staticCredentials} from '../../../server-bridge/src/teleport/credential-source';
import {loadCredentials} from '../../../server-bridge/src/teleport/identity';
import {createTeleportClient} from '../../../server-bridge/src/teleport/client';
import {TeleportError} from '../../../server-bridge/src/teleport/port';
import {startTeleportPeer, type InRepoTeleportPeer} from './index';
import {call, clientsFromIdentity, type PeerClients} from './test-client';

const PLUGIN = 'mattermost-access-bridge';
const logger = pino({level: 'silent'});

const rule = (name: string, notify: string, recipients: string[], condition = 'access_request.spec.roles.contains("dbadmin")') => ({
  rule: {metadata: {name}, spec: {subjects: ['access_request'], condition, notification: {name: notify, recipients}}},
});

function bridgeClient(peer: InRepoTeleportPeer) {
  const credentials = staticCredentials(loadCredentials({identityFile: peer.identityFile('bridge')}));
  return createTeleportClient({addr: peer.authAddr, mode: 'auth', credentials, logger, pluginName: PLUGIN, watchInitTimeoutMs: 5_000});
}

async function until<T>(what: string, f: () => T | undefined | false): Promise<T> {
  const end = Date.now() + 5_000;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('access monitoring rules on the in-repo peer', () => {
  let peer: InRepoTeleportPeer;
  let admin: PeerClients;
  before(async () => {
    peer = await startTeleportPeer();
    admin = clientsFromIdentity(peer.authAddr, peer.identityFile('admin'));
  });
  after(async () => {
    admin?.close();
    await peer?.stop();
  });

  it('the bridge lists the rules that notify it about access requests, not other plugins’', async () => {
    await call(admin.rules, 'CreateAccessMonitoringRule', rule('db-team', PLUGIN, ['acme/ops']));
    await call(admin.rules, 'CreateAccessMonitoringRule', rule('slack-db', 'slack', ['#db']));
    const bridge = bridgeClient(peer);
    try {
      const rules = await bridge.listMonitoringRules(PLUGIN);
      assert.deepEqual(
        rules.map((r) => [r.name, r.notification?.recipients, r.condition]),
        [['db-team', ['acme/ops'], 'access_request.spec.roles.contains("dbadmin")']],
      );
    } finally {
      bridge.close();
    }
  });

  it('the bridge may read rules but not write them; a rule without a condition is refused', async () => {
    const bridgeRaw = clientsFromIdentity(peer.authAddr, peer.identityFile('bridge'));
    try {
      await assert.rejects(
        call(bridgeRaw.rules, 'UpsertAccessMonitoringRule', rule('x', PLUGIN, ['acme/ops'])),
        (e: grpc.ServiceError) => e.code === grpc.status.PERMISSION_DENIED,
      );
      await assert.rejects(
        call(admin.rules, 'CreateAccessMonitoringRule', rule('empty', PLUGIN, ['acme/ops'], '')),
        (e: grpc.ServiceError) => e.code === grpc.status.INVALID_ARGUMENT,
      );
    } finally {
      bridgeRaw.close();
    }
  });

  it('the watch delivers INIT, then each new version of a rule and its deletion', async () => {
    const bridge = bridgeClient(peer);
    const events: RuleEvent[] = [];
    const watch = bridge.watchMonitoringRules((e) => events.push(e));
    try {
      await until('INIT', () => events.some((e) => e.type === 'init'));
      await call(admin.rules, 'UpsertAccessMonitoringRule', rule('db-team', PLUGIN, ['acme/access-requests']));
      const put = await until('PUT', () => events.find((e) => e.type === 'put'));
      assert.deepEqual(put.type === 'put' && [put.rule.name, put.rule.notification?.recipients, put.rule.revision], ['db-team', ['acme/access-requests'], '2']);
      await call(admin.rules, 'DeleteAccessMonitoringRule', {name: 'db-team'});
      const del = await until('DELETE', () => events.find((e) => e.type === 'delete'));
      assert.deepEqual(del, {type: 'delete', name: 'db-team'});
    } finally {
      watch.close();
      bridge.close();
    }
  });
});

describe('a cluster without access monitoring rules (before v15/v16)', () => {
  it('answers UNIMPLEMENTED, which the bridge client reports as NotImplemented', async () => {
    const peer = await startTeleportPeer({accessMonitoringRules: false, version: '13.3.8'});
    const bridge = bridgeClient(peer);
    try {
      await assert.rejects(bridge.listMonitoringRules(PLUGIN), (e: unknown) => e instanceof TeleportError && e.kind === 'NotImplemented');
    } finally {
      bridge.close();
      await peer.stop();
    }
  });
});
