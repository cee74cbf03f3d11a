/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// Renders the registered post component the way Mattermost does: inside a react-redux Provider
// whose store holds the webapp's entities and our reducer under state['plugins-<id>'] and runs
// thunks.
import {render} from '@testing-library/react';
import {Provider} from 'react-redux';
import {applyMiddleware, combineReducers, legacy_createStore as createStore} from 'redux';

import {RequestCardPost} from '../components/request_card_post';
import type {PostLike, ThemeLike, UserProfileLike} from '../mattermost_types';
import {PLUGIN_STATE_KEY} from '../manifest';
import {reducer} from '../reducer';

import {PROFILES} from './fixtures';
import {thunk} from './thunk';

/** `preferences`: the viewer's Mattermost preferences by "<category>--<name>", e.g. the 24-hour clock. */
export function makeStore(currentUserId: string | undefined, profiles: Record<string, UserProfileLike> = byId(), preferences: Record<string, string> = {}) {
  const seen: {type: string; [k: string]: unknown}[] = [];
  const myPreferences = Object.fromEntries(Object.entries(preferences).map(([key, value]) => [key, {value}]));
  const entities = () => ({users: {currentUserId, profiles}, general: {config: {SiteURL: 'http://mattermost.test'}}, preferences: {myPreferences}});
  const recorder = (state: unknown[] = [], action: {type: string}) => {
    seen.push(action);
    return state;
  };
  const store = createStore(combineReducers({entities, [PLUGIN_STATE_KEY]: reducer, recorder}), undefined, applyMiddleware(thunk));
  return {store, seen};
}

function byId(): Record<string, UserProfileLike> {
  return Object.fromEntries(Object.values(PROFILES).map((p) => [p.id, p]));
}

export function renderCard(
  post: PostLike,
  viewerId: string | undefined,
  theme?: ThemeLike,
  viewer?: {profiles?: Record<string, UserProfileLike>; preferences?: Record<string, string>},
) {
  const {store, seen} = makeStore(viewerId, viewer?.profiles, viewer?.preferences);
  const view = render(
    <Provider store={store}>
      <RequestCardPost post={post} theme={theme} />
    </Provider>,
  );
  const rerenderPost = (next: PostLike) =>
    view.rerender(
      <Provider store={store}>
        <RequestCardPost post={next} theme={theme} />
      </Provider>,
    );
  return {...view, store, seen, rerenderPost};
}
