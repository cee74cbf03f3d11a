// Puts the inbox in the webapp: a right-hand sidebar opened from the app bar (newer servers) or
// the channel header (older ones), with the badge kept current as the user's list changes.
import {createElement} from 'react';

import {appBarIconUrl, badgeOf, InboxHeaderIcon, tooltipFor} from './components/inbox_icon';
import {InboxSidebar} from './components/inbox_sidebar';
import type {PluginRegistry, PluginStore} from './mattermost_types';

export const INBOX_TITLE = 'Access requests';

/** Returns what stops the badge updates (uninitialize). */
export function registerInbox(registry: PluginRegistry, store: PluginStore): () => void {
  if (!registry.registerRightHandSidebarComponent) return () => {};
  const rhs = registry.registerRightHandSidebarComponent(InboxSidebar, INBOX_TITLE);
  const toggle = () => void store.dispatch(rhs.toggleRHSPlugin);

  if (registry.registerAppBarComponent) {
    const register = registry.registerAppBarComponent.bind(registry);
    const unregister = registry.unregisterComponent?.bind(registry);
    let id: string | null = null;
    let shown: string | null = null;
    const update = () => {
      const badge = badgeOf(store.getState());
      if (badge === shown) return;
      // Without unregisterComponent the icon cannot be swapped: keep the first one.
      if (id !== null && !unregister) return;
      // Registering dispatches into the store, which calls this listener again: note the badge first.
      shown = badge;
      const old = id;
      id = null;
      if (old !== null) unregister?.(old);
      id = register(appBarIconUrl(badge), toggle, tooltipFor(badge));
    };
    update();
    return store.subscribe?.(update) ?? (() => {});
  }
  registry.registerChannelHeaderButtonAction?.(createElement(InboxHeaderIcon), toggle, INBOX_TITLE, INBOX_TITLE);
  return () => {};
}
