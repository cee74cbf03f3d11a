// What Mattermost's store does with a dispatched function (its redux-thunk middleware): runs it
// with dispatch and getState. The component tests and the browser test host build their stores
// with it, so the card's actions run as they do in the real webapp.
import type {Middleware} from 'redux';

import type {PluginDispatch, PluginThunk, WebappState} from '../mattermost_types';

export const thunk: Middleware = (api) => (next) => (action) => {
  if (typeof action !== 'function') return next(action);
  const getState = () => api.getState() as WebappState;
  return (action as PluginThunk<unknown>)(api.dispatch as PluginDispatch, getState);
};
