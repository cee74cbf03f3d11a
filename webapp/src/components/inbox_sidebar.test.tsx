/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
import '../test_support/dom';

import assert from 'node:assert/strict';
import {afterEach, describe, test} from 'node:test';

import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import {Provider} from 'react-redux';
import {applyMiddleware, combineReducers, legacy_createStore as createStore} from 'redux';

import {encodeInbox, INBOX_PREFERENCE_KEY, type InboxEntry} from '@tma/card-contract';
import {RECEIVED_POST} from '../action_types';
import {registerInbox} from '../inbox_registration';
import {PLUGIN_STATE_KEY} from '../manifest';
import type {PluginRegistry, PostLike} from '../mattermost_types';
import {reducer} from '../reducer';
import {cardPost, PROFILES, storyCard} from '../test_support/fixtures';
import {thunk} from '../test_support/thunk';

import {appBarIconUrl, badgeOf} from './inbox_icon';
import {InboxSidebar} from './inbox_sidebar';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const rid = (n: number) => `${String(n).repeat(8)}-0000-4000-8000-000000000000`;
const now = Date.now();

function post(n: number, overrides: Partial<ReturnType<typeof storyCard>> = {}): PostLike {
  return cardPost({...storyCard('PENDING', {now}), requestId: rid(n), ...overrides}, `post${n}`);
}

type Action = {type: string; value?: string; data?: PostLike};

function makeStore(value: string | undefined, posts: PostLike[]) {
  const preferences = (state = {myPreferences: value === undefined ? {} : {[INBOX_PREFERENCE_KEY]: {value}}}, action: Action) =>
    action.type === 'RECEIVED_PREFERENCES' ? {myPreferences: {[INBOX_PREFERENCE_KEY]: {value: action.value}}} : state;
  const postsReducer = (state = {posts: Object.fromEntries(posts.map((p) => [p.id, p]))}, action: Action) =>
    action.type === RECEIVED_POST && action.data ? {posts: {...state.posts, [action.data.id]: action.data}} : state;
  const entities = combineReducers({
    users: () => ({currentUserId: PROFILES.alice.id, profiles: Object.fromEntries(Object.values(PROFILES).map((p) => [p.id, p]))}),
    general: () => ({config: {SiteURL: 'http://mattermost.test'}}),
    preferences,
    posts: postsReducer,
  });
  const seen: string[] = [];
  const recorder = (state: null = null, action: Action) => {
    seen.push(action.type);
    return state;
  };
  return Object.assign(createStore(combineReducers({entities, [PLUGIN_STATE_KEY]: reducer, recorder}), undefined, applyMiddleware(thunk)), {seen});
}

const entry = (n: number, rel: InboxEntry['rel'], postId = `post${n}`): InboxEntry => ({id: rid(n), post: postId, rel, exp: 0});

function renderSidebar(value: string | undefined, posts: PostLike[]) {
  const store = makeStore(value, posts);
  const view = render(
    <Provider store={store}>
      <InboxSidebar />
    </Provider>,
  );
  return {store, view};
}

const cardsShown = () => [...document.querySelectorAll('.tma-inbox-item')].map((li) => li.getAttribute('data-request')?.slice(0, 1));

describe('inbox sidebar', () => {
  test('lists what awaits my review with the channel card, filters to mine and to everything', () => {
    const value = encodeInbox([entry(1, 'r'), entry(2, 's'), entry(3, 'm'), entry(4, 'v')]);
    renderSidebar(value, [post(1), post(2), post(3, {requester: {teleportUser: 'alice', mattermostUserId: PROFILES.alice.id}}), post(4)]);
    assert.deepEqual(cardsShown(), ['1', '2']);
    assert.equal(screen.getAllByRole('button', {name: /^Approve/}).length, 2, 'the same card, with its buttons');
    assert.equal(screen.getAllByRole('link', {name: 'Jump to post'})[0]?.getAttribute('href'), 'http://mattermost.test/_redirect/pl/post1');
    assert.equal(screen.getByRole('tab', {name: /To review/}).textContent, 'To review 2');

    fireEvent.click(screen.getByRole('tab', {name: /Mine/}));
    assert.deepEqual(cardsShown(), ['3']);
    fireEvent.click(screen.getByRole('tab', {name: /All pending/}));
    assert.deepEqual(cardsShown(), ['1', '2', '3', '4']);
  });

  test('follows the list live: the bridge rewrites the preference and the card leaves', async () => {
    const {store} = renderSidebar(encodeInbox([entry(1, 'r'), entry(2, 'r')]), [post(1), post(2)]);
    assert.equal(badgeOf(store.getState()), '2');
    act(() => void store.dispatch({type: 'RECEIVED_PREFERENCES', value: encodeInbox([entry(2, 'r')])}));
    assert.deepEqual(cardsShown(), ['2']);
    assert.equal(badgeOf(store.getState()), '1');
    act(() => void store.dispatch({type: 'RECEIVED_PREFERENCES', value: encodeInbox([])}));
    assert.ok(screen.getByText('Nothing is waiting for your review.'));
    assert.equal(badgeOf(store.getState()), '');
  });

  test('a card core has not loaded is read from Mattermost; one it refuses is explained, not drawn', async () => {
    const asked: string[] = [];
    globalThis.fetch = (async (url: string) => {
      asked.push(url);
      if (url.endsWith('/post5')) return new Response(JSON.stringify({...post(5), update_at: 1}), {status: 200});
      return new Response(JSON.stringify({id: 'api.context.permissions.app_error'}), {status: 403});
    }) as typeof fetch;
    renderSidebar(encodeInbox([entry(5, 'r'), entry(6, 'r'), entry(7, 'r', '')]), []);
    await waitFor(() => assert.equal(document.querySelectorAll('section.tma-card').length, 1));
    await waitFor(() => assert.ok(screen.getByText(/could not be opened/)));
    assert.ok(screen.getByText(/in a channel you are not in/));
    assert.deepEqual(asked.sort(), ['http://mattermost.test/api/v4/posts/post5', 'http://mattermost.test/api/v4/posts/post6']);
    assert.equal(screen.getAllByText(/\/teleport show/).length, 2);
  });

  const broken: [string, string, RegExp][] = [
    ['not JSON', '{"v":1,', /not JSON/],
    ['an unknown shape', '[1,2,3]', /unknown shape/],
    ['a bad entry', JSON.stringify({v: 1, items: [{id: rid(1), post: 'post1', rel: 'r', exp: 0}, {nope: true}]}), /1 stored entry could not be read/],
  ];
  for (const [name, value, problem] of broken) {
    test(`a stored list that is ${name} shows what it can and says why`, () => {
      renderSidebar(value, [post(1)]);
      assert.match(screen.getByRole('status').textContent ?? '', problem);
      assert.deepEqual(cardsShown(), name === 'a bad entry' ? ['1'] : []);
    });
  }

  test('no list yet: a short explanation, no badge', () => {
    const {store} = renderSidebar(undefined, []);
    assert.ok(screen.getByText(/No list yet/));
    assert.equal(badgeOf(store.getState()), '');
  });

  test('an overflowing list says how many more', () => {
    const many = Array.from({length: 40}, (_, i) => ({id: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, post: 'p'.repeat(26), rel: 'r' as const, exp: 0}));
    globalThis.fetch = async () => new Response('{}', {status: 404});
    const {store} = renderSidebar(encodeInbox(many), []);
    assert.ok(screen.getByText(/more not shown here/));
    // The app bar's circle says what the sidebar says ("25+"), not "99+" for a list cut short.
    const badge = badgeOf(store.getState());
    assert.match(badge, /^\d{1,2}\+$/);
    assert.ok(decodeURIComponent(appBarIconUrl(badge)).includes(`>${badge}</text>`));
    assert.ok(decodeURIComponent(appBarIconUrl('140')).includes('>99+</text>'));
  });
});

describe('inbox registration', () => {
  test('app bar: the icon is swapped as the badge changes, and toggles the sidebar', () => {
    const store = makeStore(encodeInbox([entry(1, 'r')]), []);
    const calls: string[] = [];
    let action: () => void = () => {};
    const registry: PluginRegistry = {
      registerReducer: () => {},
      registerPostTypeComponent: () => '',
      registerRightHandSidebarComponent: (_c, title) => {
        calls.push(`rhs ${title}`);
        return {id: 'rhs', showRHSPlugin: {type: 'show'}, hideRHSPlugin: {type: 'hide'}, toggleRHSPlugin: {type: 'TOGGLE_RHS'}};
      },
      // Core's registry dispatches into the same store on every (un)registration.
      registerAppBarComponent: (icon, act, tooltip) => {
        action = act;
        calls.push(`appbar ${tooltip} ${decodeURIComponent(icon).includes('>1</text>') ? 'badge 1' : 'no badge'}`);
        store.dispatch({type: 'RECEIVED_PLUGIN_COMPONENT'});
        return `bar${calls.length}`;
      },
      unregisterComponent: (id) => {
        calls.push(`unregister ${id}`);
        store.dispatch({type: 'REMOVED_PLUGIN_COMPONENT'});
      },
    };
    const stop = registerInbox(registry, store);
    store.dispatch({type: 'RECEIVED_PREFERENCES', value: encodeInbox([])});
    store.dispatch({type: 'RECEIVED_PREFERENCES', value: encodeInbox([entry(2, 'm')])});
    action();
    stop();
    assert.deepEqual(calls, ['rhs Access requests', 'appbar Access requests: 1 waiting for your review badge 1', 'unregister bar2', 'appbar Access requests no badge']);
    assert.ok(store.seen.includes('TOGGLE_RHS'));
  });

  test('no app bar: a channel header button', () => {
    const calls: string[] = [];
    registerInbox(
      {
        registerReducer: () => {},
        registerPostTypeComponent: () => '',
        registerRightHandSidebarComponent: () => ({id: 'rhs', showRHSPlugin: {type: 's'}, hideRHSPlugin: {type: 'h'}, toggleRHSPlugin: {type: 't'}}),
        registerChannelHeaderButtonAction: (_icon, _a, text) => {
          calls.push(text);
          return 'h';
        },
      },
      makeStore(undefined, []),
    );
    assert.deepEqual(calls, ['Access requests']);
  });
});
