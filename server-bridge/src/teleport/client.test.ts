/**
 * The Teleport client against the in-repo Teleport peer (test/peers/teleport), over real mTLS gRPC,
 * directly and through the peer's ALPN-routing proxy.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {after, before, describe, it} from 'node:test';
import {status} from '@grpc/grpc-js';
import pino from 'pino';
import {startTeleportPeer, type InRepoTeleportPeer} from '../../../test/peers/teleport/index';
import {createTeleportClient} from './client';
import {staticCredentials, watchCredentials} from './credential-source';
import {loadCredentials} from './identity';
import {TeleportError, type RequestEvent, type TeleportPort} from './port';

const silent = pino({level: 'silent'});

function capturingLogger(): {logger: pino.Logger; lines: {level: number; msg: string}[]} {
  const lines: {level: number; msg: string}[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()) as {level: number; msg: string});
      cb();
    },
  });
  return {logger: pino({level: 'debug'}, sink), lines};
}

async function waitFor(what: string, cond: () => boolean, limitMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function isKind(kind: TeleportError['kind']) {
  return (err: unknown) => {
    assert.ok(err instanceof TeleportError, `expected TeleportError, got ${String(err)}`);
    assert.equal(err.kind, kind, `expected ${kind}, got ${err.kind}: ${err.message}`);
    return true;
  };
}

describe('Teleport client against the in-repo peer', () => {
  let peer: InRepoTeleportPeer;
  const clients: TeleportPort[] = [];
  const clientFor = (who: 'bridge' | 'admin' | 'alice' | 'bob' | 'ivan' | 'carol', mode: 'auth' | 'proxy' = 'auth', logger = silent): TeleportPort => {
    const addr = mode === 'auth' ? peer.authAddr : peer.proxyAddr;
    assert.ok(addr, 'the peer offers a proxy listener');
    const c = createTeleportClient({addr, mode, credentials: staticCredentials(loadCredentials({identityFile: peer.identityFile(who)})), logger, pluginName: 'mattermost'});
    clients.push(c);
    return c;
  };
  const requestAsBob = () =>
    clientFor('bob').createRequest({user: 'bob', roles: ['dbadmin'], reason: 'INC-42 migrate', suggestedReviewers: ['alice'], maxDuration: null, dryRun: false});

  before(async () => {
    peer = await startTeleportPeer({traits: {alice: {mattermost_user_id: ['mm-alice']}}});
  });
  after(async () => {
    for (const c of clients) c.close();
    await peer.stop();
  });

  it('pings the cluster: name, version and on-behalf support', async () => {
    const info = await clientFor('bridge').ping();
    assert.equal(info.clusterName, peer.clusterName);
    assert.equal(info.serverVersion, '18.11.0');
    assert.equal(info.advancedAccessWorkflows, true);
    assert.equal(info.onBehalfReviews, true);
  });

  it('reaches Auth through the proxy listener that requires the teleport-auth@ ALPN', async () => {
    const info = await clientFor('bridge', 'proxy').ping();
    assert.equal(info.clusterName, peer.clusterName);
  });

  it('works from the --format=tls trio as well as from an identity file', async () => {
    const trio = await peer.writeTlsTrio('bridge');
    const c = createTeleportClient({
      addr: peer.authAddr,
      mode: 'auth',
      credentials: staticCredentials(loadCredentials({keyFile: trio.key, certFile: trio.crt, caFile: trio.cas})),
      logger: silent,
      pluginName: 'mattermost',
    });
    clients.push(c);
    assert.equal((await c.ping()).clusterName, peer.clusterName);
  });

  it('runs the dual-authorization story: watch, create, on-behalf reviews, resolution', async () => {
    const bridge = clientFor('bridge');
    const events: RequestEvent[] = [];
    const watch = bridge.watchRequests((e) => events.push(e));
    await waitFor('INIT', () => watch.ready);
    assert.deepEqual(events, [{type: 'init'}]);

    const created = await requestAsBob();
    assert.equal(created.state, 'PENDING');
    assert.equal(created.user, 'bob');
    assert.deepEqual(created.roles, ['dbadmin']);
    assert.equal(created.reason, 'INC-42 migrate');
    assert.notEqual(created.pendingExpires, null);
    await waitFor('PUT of the new request', () => events.some((e) => e.type === 'put' && e.request.id === created.id));

    const listed = await bridge.listRequests({state: 'PENDING'});
    assert.ok(listed.some((r) => r.id === created.id));
    assert.equal((await bridge.getRequest(created.id))?.user, 'bob');

    const afterAlice = await bridge.submitReview({requestId: created.id, author: 'alice', decision: 'APPROVED', reason: 'looks fine'});
    assert.equal(afterAlice.state, 'PENDING', 'two approvals are needed');
    assert.equal(afterAlice.reviews.length, 1);
    assert.equal(afterAlice.reviews[0]?.author, 'alice');
    assert.equal(afterAlice.reviews[0]?.submittedBy, 'mattermost-bridge');

    await assert.rejects(bridge.submitReview({requestId: created.id, author: 'alice', decision: 'APPROVED', reason: ''}), isKind('AlreadyExists'));
    await assert.rejects(bridge.submitReview({requestId: created.id, author: 'bob', decision: 'APPROVED', reason: ''}), isKind('AccessDenied'));

    const afterIvan = await bridge.submitReview({requestId: created.id, author: 'ivan', decision: 'APPROVED', reason: 'ok'});
    assert.equal(afterIvan.state, 'APPROVED');
    await waitFor('PUT of the approval', () => events.some((e) => e.type === 'put' && e.request.id === created.id && e.request.state === 'APPROVED'));

    await assert.rejects(bridge.submitReview({requestId: created.id, author: 'carol', decision: 'DENIED', reason: ''}), (err: unknown) => {
      assert.ok(err instanceof TeleportError);
      return true;
    });
    watch.close();
  });

  it('a denial resolves at once', async () => {
    const created = await requestAsBob();
    const after = await clientFor('bridge').submitReview({requestId: created.id, author: 'ivan', decision: 'DENIED', reason: 'not now'});
    assert.equal(after.state, 'DENIED');
    assert.equal(after.resolveReason, 'not now');
  });

  it('reports an older cluster as without on-behalf reviews, and the cluster refuses them', async () => {
    const created = await requestAsBob();
    peer.faults.setVersion('18.10.2');
    try {
      const bridge = clientFor('bridge');
      assert.equal((await bridge.ping()).onBehalfReviews, false);
      await assert.rejects(bridge.submitReview({requestId: created.id, author: 'alice', decision: 'APPROVED', reason: ''}), isKind('AccessDenied'));
    } finally {
      peer.faults.setVersion('18.11.0');
    }
  });

  it('keeps plugin data with compare-and-swap', async () => {
    const created = await requestAsBob();
    const bridge = clientFor('bridge');
    assert.equal(await bridge.getPluginData(created.id, 'mattermost'), null);
    await bridge.updatePluginData(created.id, 'mattermost', {post: 'p1'}, {post: ''});
    assert.deepEqual(await bridge.getPluginData(created.id, 'mattermost'), {post: 'p1'});
    await assert.rejects(bridge.updatePluginData(created.id, 'mattermost', {post: 'p2'}, {post: 'stale'}), isKind('CompareFailed'));
    await bridge.updatePluginData(created.id, 'mattermost', {post: 'p2'}, {post: 'p1'});
    assert.deepEqual(await bridge.getPluginData(created.id, 'mattermost'), {post: 'p2'});
    assert.equal(await bridge.getPluginData(created.id, 'slack'), null);
  });

  it("lists the plugin's data on every request in one call, by request id", async () => {
    const [one, two] = [await requestAsBob(), await requestAsBob()];
    const bridge = clientFor('bridge');
    await bridge.updatePluginData(one.id, 'lister', {state: 'a'}, {state: ''});
    await bridge.updatePluginData(two.id, 'lister', {state: 'b'}, {state: ''});
    await bridge.updatePluginData(two.id, 'other-plugin', {x: '1'}, {x: ''});
    const all = await bridge.listPluginData('lister');
    assert.deepEqual(all.get(one.id), {state: 'a'});
    assert.deepEqual(all.get(two.id), {state: 'b'});
    assert.equal(
      [...all.values()].some((d) => 'x' in d),
      false,
    );
  });

  it('sees a deleted request as a DELETE event, and getRequest then finds nothing', async () => {
    const bridge = clientFor('bridge');
    const events: RequestEvent[] = [];
    const watch = bridge.watchRequests((e) => events.push(e));
    await waitFor('INIT', () => watch.ready);
    const created = await requestAsBob();
    await clientFor('admin').deleteRequest(created.id);
    await waitFor('DELETE', () => events.some((e) => e.type === 'delete' && e.requestId === created.id));
    assert.equal(await bridge.getRequest(created.id), null);
    watch.close();
  });

  it('reads users and access capabilities', async () => {
    const bridge = clientFor('bridge');
    const alice = await bridge.getUser('alice');
    assert.deepEqual(alice?.roles, ['dbreviewer']);
    assert.deepEqual(alice?.traits.mattermost_user_id, ['mm-alice']);
    assert.equal(await bridge.getUser('nobody'), null);
    const names = (await bridge.listUsers()).map((u) => u.name);
    for (const n of ['alice', 'bob', 'ivan', 'carol', 'mattermost-bridge']) assert.ok(names.includes(n), `${n} listed`);
    const caps = await bridge.getAccessCapabilities('bob');
    assert.ok(caps.requestableRoles.includes('dbadmin'));
    assert.equal(caps.requestPrompt, 'Please provide your ticket ID');
  });

  it('reads the review rules of a role (GetRole), and a missing role is null', async () => {
    const bridge = clientFor('bridge');
    const reviewer = await bridge.getRole('dbreviewer');
    assert.deepEqual(reviewer?.allowReview, {roles: ['dbadmin'], claimsToRoles: [], where: ''});
    assert.deepEqual(reviewer?.denyReview.roles, []);
    assert.deepEqual((await bridge.getRole('devops'))?.allowReview.roles, []);
    assert.equal(await bridge.getRole('no-such-role'), null);
  });

  it('falls back to GetAccessRequestsV2 when ListAccessRequests is not implemented', async () => {
    const created = await requestAsBob();
    peer.faults.failNext('ListAccessRequests', status.UNIMPLEMENTED, 1);
    const listed = await clientFor('bridge').listRequests({state: 'PENDING'});
    assert.ok(listed.some((r) => r.id === created.id));
  });

  it('maps gRPC failures to Teleport error kinds', async () => {
    const bridge = clientFor('bridge');
    peer.faults.failNext('Ping', status.UNAVAILABLE, 1);
    await assert.rejects(bridge.ping(), isKind('ConnectionProblem'));
    peer.faults.failNext('Ping', status.RESOURCE_EXHAUSTED, 1);
    await assert.rejects(bridge.ping(), isKind('LimitExceeded'));
    assert.equal((await bridge.ping()).clusterName, peer.clusterName);
  });

  it('reconnects the watch after dropped streams and a server restart, announcing init each time', async () => {
    const events: RequestEvent[] = [];
    const watch = clientFor('bridge').watchRequests((e) => events.push(e));
    const inits = () => events.filter((e) => e.type === 'init').length;
    await waitFor('first INIT', () => inits() === 1);
    peer.faults.dropStreams();
    await waitFor('INIT after the dropped stream', () => inits() === 2);
    await peer.faults.restart();
    await waitFor('INIT after the restart', () => inits() === 3);
    assert.equal(watch.ready, true);
    const created = await requestAsBob();
    await waitFor('PUT on the new stream', () => events.some((e) => e.type === 'put' && e.request.id === created.id));
    watch.close();
  });

  it('keeps retrying, loudly, when Teleport refuses the watch', async () => {
    const {logger, lines} = capturingLogger();
    const watch = clientFor('carol', 'auth', logger).watchRequests(() => {});
    await waitFor('the refusal to be logged', () => lines.some((l) => l.level === 50 && /refused the access request watch/.test(l.msg)));
    assert.equal(watch.ready, false);
    watch.close();
  });

  it('uses reloaded credentials for new calls while the running watch keeps going', async () => {
    const source = watchCredentials({identityFile: peer.identityFile('bridge')}, {logger: silent, pollIntervalMs: 100, settleMs: 30});
    const c = createTeleportClient({addr: peer.authAddr, mode: 'auth', credentials: source, logger: silent, pluginName: 'mattermost'});
    clients.push(c);
    try {
      const events: RequestEvent[] = [];
      const watch = c.watchRequests((e) => events.push(e));
      await waitFor('INIT', () => watch.ready);
      const before = source.current().fingerprint;
      await peer.rotateIdentity('bridge');
      await waitFor('the reload', () => source.current().fingerprint !== before);
      assert.equal((await c.ping()).clusterName, peer.clusterName);
      const created = await requestAsBob();
      await waitFor('PUT on the original stream', () => events.some((e) => e.type === 'put' && e.request.id === created.id));
      assert.equal(events.filter((e) => e.type === 'init').length, 1, 'the running watch was not restarted by the reload');
      peer.faults.dropStreams();
      await waitFor('INIT on the new channel', () => events.filter((e) => e.type === 'init').length === 2);
      watch.close();
    } finally {
      source.close();
    }
  });

  it('refuses calls after close', async () => {
    const c = clientFor('bridge');
    c.close();
    await assert.rejects(c.ping(), isKind('ConnectionProblem'));
  });
});

describe('TeleportPort against a cluster before v15 (no UsersService)', () => {
  let peer: InRepoTeleportPeer;
  let client: TeleportPort;
  before(async () => {
    peer = await startTeleportPeer({usersService: false, traits: {alice: {mattermost_user_id: ['mm-alice']}}});
    client = createTeleportClient({
      addr: peer.authAddr,
      mode: 'auth',
      credentials: staticCredentials(loadCredentials({identityFile: peer.identityFile('bridge')})),
      logger: pino({level: 'silent'}),
      pluginName: 'test',
    });
  });
  after(async () => {
    client?.close();
    await peer?.stop();
  });

  it('lists users and their traits through the legacy GetUsers stream', async () => {
    const users = await client.listUsers();
    assert.deepEqual(users.find((u) => u.name === 'alice')?.traits.mattermost_user_id, ['mm-alice']);
    assert.ok(users.some((u) => u.name === 'bob'));
  });

  it('reads one user through the legacy GetUser, and a missing one is null', async () => {
    assert.deepEqual((await client.getUser('ivan'))?.roles, ['dbreviewer']);
    assert.equal(await client.getUser('nobody'), null);
  });
});
