/** The watch loop against scripted streams: what reaches the caller, and when it reconnects. */
import assert from 'node:assert/strict';
import {EventEmitter} from 'node:events';
import {describe, it} from 'node:test';
import {status, type ClientReadableStream} from '@grpc/grpc-js';
import pino from 'pino';
import {toTimestamp} from './decode';
import type {RequestEvent} from './port';
import type {Event__Output} from './proto/generated/proto/Event';
import {watchRequests, type WatchStream} from './watch';

class FakeStream extends EventEmitter {
  cancelled = false;
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.emit('error', Object.assign(new Error('1 CANCELLED'), {code: status.CANCELLED, details: 'Cancelled on client'}));
  }
  send(ev: Partial<Event__Output>): void {
    this.emit('data', ev);
  }
  fail(code: number, details: string): void {
    this.emit('error', Object.assign(new Error(`${code} ${details}`), {code, details}));
  }
}

function harness(initTimeoutMs = 15_000) {
  const streams: FakeStream[] = [];
  let released = 0;
  const events: RequestEvent[] = [];
  const handle = watchRequests({
    logger: pino({level: 'silent'}),
    onEvent: (e) => events.push(e),
    initTimeoutMs,
    random: () => 0,
    open(): WatchStream {
      const s = new FakeStream();
      streams.push(s);
      return {stream: s as unknown as ClientReadableStream<Event__Output>, release: () => void released++};
    },
  });
  return {handle, streams, events, released: () => released};
}

async function waitFor(what: string, cond: () => boolean): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > 10_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const wireRequest = (id: string, state = 'PENDING') => ({
  Kind: 'access_request',
  Metadata: {Name: id, Labels: {}, Expires: null},
  Spec: {
    User: 'bob',
    Roles: ['dbadmin'],
    State: state,
    Created: toTimestamp(new Date('2026-11-21T10:00:00Z')),
    Expires: toTimestamp(null),
    RequestReason: '',
    ResolveReason: '',
    Thresholds: [],
    RoleThresholdMapping: {},
    Reviews: [],
    SuggestedReviewers: [],
    RequestedResourceIDs: [],
    LoginHint: '',
    MaxDuration: toTimestamp(null),
    accessList: null,
    RequestKind: 'UNDEFINED',
  },
});

describe('watchRequests', () => {
  it('delivers init, then decoded PUTs and DELETEs; ignores events before INIT and skips malformed ones', () => {
    const h = harness();
    const s = h.streams[0]!;
    s.send({Type: 'PUT', Resource: 'AccessRequest', AccessRequest: wireRequest('early') as never});
    assert.equal(h.handle.ready, false);
    s.send({Type: 'INIT', Resource: 'WatchStatus'});
    assert.equal(h.handle.ready, true);
    s.send({Type: 'PUT', Resource: 'AccessRequest', AccessRequest: wireRequest('r1') as never});
    s.send({Type: 'PUT', Resource: 'AccessRequest', AccessRequest: wireRequest('bad', 'NONE') as never});
    s.send({Type: 'DELETE', Resource: 'ResourceHeader', ResourceHeader: {Kind: 'access_request', SubKind: '', Version: '', Metadata: {Name: 'r1'} as never}});
    s.send({Type: 'DELETE', Resource: 'ResourceHeader', ResourceHeader: {Kind: 'user', SubKind: '', Version: '', Metadata: {Name: 'alice'} as never}});
    assert.deepEqual(
      h.events.map((e) => (e.type === 'put' ? `put ${e.request.id}` : e.type === 'delete' ? `delete ${e.requestId}` : e.type)),
      ['init', 'put r1', 'delete r1'],
    );
    h.handle.close();
  });

  it('survives a throwing event handler', () => {
    const streams: FakeStream[] = [];
    let calls = 0;
    const handle = watchRequests({
      logger: pino({level: 'silent'}),
      onEvent: () => {
        calls++;
        throw new Error('handler bug');
      },
      open: () => {
        const s = new FakeStream();
        streams.push(s);
        return {stream: s as unknown as ClientReadableStream<Event__Output>, release: () => {}};
      },
    });
    streams[0]!.send({Type: 'INIT'});
    streams[0]!.send({Type: 'PUT', Resource: 'AccessRequest', AccessRequest: wireRequest('r1') as never});
    assert.equal(calls, 2);
    assert.equal(handle.ready, true);
    handle.close();
  });

  it('reconnects when the stream fails or ends, and is not ready in between', async () => {
    const h = harness();
    h.streams[0]!.send({Type: 'INIT'});
    h.streams[0]!.fail(status.UNAVAILABLE, 'transport is closing');
    assert.equal(h.handle.ready, false);
    await waitFor('second stream', () => h.streams.length === 2);
    h.streams[1]!.send({Type: 'INIT'});
    assert.equal(h.handle.ready, true);
    h.streams[1]!.emit('end');
    await waitFor('third stream', () => h.streams.length === 3);
    assert.equal(h.events.filter((e) => e.type === 'init').length, 2);
    assert.equal(h.released(), 2, 'each finished stream releases its channel');
    h.handle.close();
  });

  it('gives up on a stream without INIT and opens a new one', async () => {
    const h = harness(30);
    await waitFor('a second stream after the INIT timeout', () => h.streams.length >= 2);
    assert.equal(h.streams[0]!.cancelled, true);
    assert.equal(h.handle.ready, false);
    h.handle.close();
  });

  it('stops for good on close', async () => {
    const h = harness();
    h.streams[0]!.send({Type: 'INIT'});
    h.handle.close();
    assert.equal(h.handle.ready, false);
    assert.equal(h.streams[0]!.cancelled, true);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(h.streams.length, 1);
  });
});
