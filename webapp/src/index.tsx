// Plugin entry: Mattermost loads this bundle and we register ourselves under the manifest id.
import {CARD_POST_TYPE} from '@tma/card-contract';

import {ensureCardStyles, removeCardStyles} from './card_styles';
import {registerBridgeStatus} from './components/admin_status';
import {RequestCardPost} from './components/request_card_post';
import type {PluginEntry, PluginRegistry, PluginStore} from './mattermost_types';
import {PLUGIN_ID} from './manifest';
import {registerInbox} from './inbox_registration';
import {reducer} from './reducer';

export class Plugin implements PluginEntry {
  private stopInbox: () => void = () => {};

  initialize(registry: PluginRegistry, store: PluginStore): void {
    registry.registerReducer(reducer);
    registry.registerPostTypeComponent(CARD_POST_TYPE, RequestCardPost);
    registerBridgeStatus(registry);
    this.stopInbox = registerInbox(registry, store);
    ensureCardStyles();
  }

  uninitialize(): void {
    this.stopInbox();
    removeCardStyles();
  }
}

window.registerPlugin?.(PLUGIN_ID, new Plugin());
