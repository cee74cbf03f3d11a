/** @jsxRuntime automatic */
import '../test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, beforeEach, describe, test} from 'node:test';

import {act, cleanup, fireEvent, screen} from '@testing-library/react';

import {cardPost, PROFILES, storyCard, storyReview} from '../test_support/fixtures';
import {renderCard} from '../test_support/render_card';

interface Call {
  url: string;
  init: RequestInit;
  respond(status: number, body: unknown): Promise<void>;
}

// A fetch that hands every request to the test, which answers when it wants to.
let calls: Call[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  calls = [];
  document.cookie = 'MMCSRF=csrf-token-1';
  globalThis.fetch = ((url: string, init: RequestInit) =>
    new Promise<Response>((resolve) => {
      calls.push({
        url,
        init,
        respond: async (status, body) => {
          await act(async () => {
            resolve(new Response(JSON.stringify(body), {status, headers: {'Content-Type': 'application/json'}}));
          });
        },
      });
    })) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const now = Date.now();
const approve = () => screen.getByRole('button', {name: /^Approve/});
const deny = () => screen.getByRole('button', {name: /^Deny/});

describe('Approve and Deny', () => {
  test("Approve posts to the server's post-action endpoint with the session's CSRF headers", async () => {
    renderCard(cardPost(storyCard('PENDING', {now}), 'post-77'), PROFILES.alice.id);
    fireEvent.click(approve());
    assert.equal(calls.length, 1);
    const call = calls[0]!;
    assert.equal(call.url, 'http://mattermost.test/api/v4/posts/post-77/actions/approve');
    assert.equal(call.init.method, 'POST');
    assert.equal(call.init.credentials, 'include');
    const headers = call.init.headers as Record<string, string>;
    assert.equal(headers['X-Requested-With'], 'XMLHttpRequest');
    assert.equal(headers['X-CSRF-Token'], 'csrf-token-1');
    assert.equal(call.init.body, '{}');
    await call.respond(200, {status: 'OK'});
  });

  test('while a click is in flight the card says so and ignores further clicks', async () => {
    renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.alice.id);
    fireEvent.click(approve());
    assert.equal(approve().textContent, 'Approving…');
    assert.equal(approve().getAttribute('aria-disabled'), 'true');
    assert.equal(deny().getAttribute('aria-disabled'), 'true');
    fireEvent.click(approve());
    fireEvent.click(approve());
    fireEvent.click(deny());
    assert.equal(calls.length, 1, 'double clicks and the other button send nothing');
    await calls[0]!.respond(200, {status: 'OK'});
    assert.equal(approve().textContent, 'Approve');
    assert.match(screen.getByRole('status').textContent ?? '', /Approval sent/);
  });

  test("Deny hands the server's trigger id to the webapp so the bridge's reason dialog opens", async () => {
    const {seen} = renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.alice.id);
    fireEvent.click(deny());
    assert.match(calls[0]!.url, /\/actions\/deny$/);
    await calls[0]!.respond(200, {status: 'OK', trigger_id: 'trigger-9'});
    assert.ok(seen.some((a) => a.type === 'RECEIVED_DIALOG_TRIGGER_ID' && a.data === 'trigger-9'));
    assert.match(screen.getByRole('status').textContent ?? '', /Deny sent/);
  });

  test("a failed click shows the server's message and can be retried", async () => {
    renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.alice.id);
    fireEvent.click(approve());
    await calls[0]!.respond(400, {id: 'api.post.do_action.action_integration.app_error', message: 'Unable to trigger the action.'});
    assert.match(screen.getByRole('alert').textContent ?? '', /Unable to trigger the action\./);
    assert.equal(approve().getAttribute('aria-disabled'), null);
    fireEvent.click(approve());
    assert.equal(calls.length, 2);
    await calls[1]!.respond(200, {});
    assert.equal(screen.queryByRole('alert'), null);
  });

  test('no buttons until the post carries the actions they would click (a post without them cannot route a click)', () => {
    const {rerenderPost} = renderCard(cardPost(storyCard('PENDING', {now}), 'post-4', false), PROFILES.alice.id);
    assert.equal(screen.queryByRole('button', {name: /^Approve/}), null, 'a click now would only get "Invalid action id."');
    rerenderPost(cardPost(storyCard('PENDING', {now}), 'post-4'));
    assert.ok(approve());
    assert.ok(deny());
  });

  test('a click on an out-of-date card says the request was already resolved and refreshes the card, never "Invalid action id."', async () => {
    // The real server's answer when the bridge already removed the buttons (test/peers/real/README.md).
    const {seen} = renderCard(cardPost(storyCard('PENDING', {now}), 'post-5'), PROFILES.alice.id);
    fireEvent.click(approve());
    await calls[0]!.respond(404, {id: 'api.post.do_action.action_id.app_error', message: 'Invalid action id.', status_code: 404});
    assert.equal(calls.length, 2, 'the post is read again');
    assert.equal(calls[1]!.url, 'http://mattermost.test/api/v4/posts/post-5');
    const current = {...cardPost(storyCard('DENIED', {now: now + 1000}), 'post-5'), update_at: now + 1000};
    await calls[1]!.respond(200, current);
    const refreshed = seen.find((a) => a.type === 'RECEIVED_POST');
    assert.deepEqual(refreshed?.data, current, 'handed to core’s store as the current post');
    const alert = screen.getByRole('alert').textContent ?? '';
    assert.match(alert, /already denied/);
    assert.doesNotMatch(alert, /Invalid action id|failed/);
  });

  test('when the refreshed post cannot be read, the stale click still reads as "already reviewed or resolved"', async () => {
    renderCard(cardPost(storyCard('PENDING', {now}), 'post-6'), PROFILES.alice.id);
    fireEvent.click(approve());
    await calls[0]!.respond(404, {id: 'api.post.do_action.action_id.app_error', message: 'Invalid action id.'});
    await calls[1]!.respond(403, {id: 'api.context.permissions.app_error', message: 'You do not have the appropriate permissions.'});
    assert.match(screen.getByRole('alert').textContent ?? '', /already reviewed or resolved/);
  });

  test('a network failure is reported inline', async () => {
    globalThis.fetch = () => Promise.reject(new TypeError('network down'));
    renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.alice.id);
    await act(async () => {
      fireEvent.click(approve());
    });
    assert.match(screen.getByRole('alert').textContent ?? '', /Could not reach Mattermost/);
  });

  test('the card updates in place when the bridge edits the post', async () => {
    const {rerenderPost} = renderCard(cardPost(storyCard('PENDING', {now})), PROFILES.alice.id);
    fireEvent.click(approve());
    await calls[0]!.respond(200, {status: 'OK'});
    const later = now + 5_000;
    rerenderPost(cardPost(storyCard('PENDING', {now: later, reviews: [storyReview('alice', 'APPROVED', later, '')]})));
    assert.equal(screen.queryByRole('button'), null);
    assert.ok(screen.getByText('You approved'));
    assert.equal(screen.queryByRole('status'), null, 'the "sent" note gives way to the recorded review');
    assert.equal(screen.getByRole('progressbar', {name: 'Approvals'}).getAttribute('aria-valuenow'), '1');

    rerenderPost(cardPost(storyCard('APPROVED', {now: later + 5_000})));
    assert.match(screen.getByRole('heading').textContent ?? '', /approved/);
    assert.equal(screen.getByRole('progressbar', {name: 'Approvals'}).getAttribute('aria-valuenow'), '2');
  });
});
