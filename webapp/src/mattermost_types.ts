// The small part of the Mattermost webapp's plugin API this plugin uses, typed here instead of
// depending on the webapp's internal packages (which are not published).
import type {ComponentType, ReactElement} from 'react';
import type {Reducer} from 'redux';

export interface PostLike {
  id: string;
  message: string;
  type?: string;
  props?: Record<string, unknown> | null;
  update_at?: number;
}

/** Theme fields we read (names as in Mattermost's theme object); all optional. */
export interface ThemeLike {
  centerChannelBg?: string;
  centerChannelColor?: string;
  buttonBg?: string;
  buttonColor?: string;
  linkColor?: string;
  errorTextColor?: string;
  onlineIndicator?: string;
  awayIndicator?: string;
  dndIndicator?: string;
}

export interface PostTypeComponentProps {
  post: PostLike;
  theme?: ThemeLike;
  isRHS?: boolean;
  compactDisplay?: boolean;
}

export interface UserProfileLike {
  id: string;
  username: string;
  first_name?: string;
  last_name?: string;
  /** Mattermost stores the flag as the string "true"/"false" (older servers: a boolean). */
  timezone?: {useAutomaticTimezone?: string | boolean; automaticTimezone?: string; manualTimezone?: string};
}

/** The slice of the webapp's Redux state the card reads. */
export interface WebappState {
  entities?: {
    users?: {currentUserId?: string; profiles?: Record<string, UserProfileLike | undefined>};
    general?: {config?: {SiteURL?: string}};
    /** Keyed "<category>--<name>", as mattermost-redux's getPreferenceKey builds it. */
    preferences?: {myPreferences?: Record<string, {value?: string} | undefined>};
    /** Core's posts by id, updated on `post_edited`. */
    posts?: {posts?: Record<string, PostLike | undefined>};
  };
  [pluginStateKey: string]: unknown;
}

/** What registerRightHandSidebarComponent returns: actions to dispatch. */
export interface RhsRegistration {
  id: string;
  showRHSPlugin: {type: string; [key: string]: unknown};
  hideRHSPlugin: {type: string; [key: string]: unknown};
  toggleRHSPlugin: {type: string; [key: string]: unknown};
}

export interface RhsComponentProps {
  theme?: ThemeLike;
}

export interface PluginRegistry {
  registerReducer(reducer: Reducer): void;
  registerPostTypeComponent(type: string, component: ComponentType<PostTypeComponentProps>): string;
  registerRightHandSidebarComponent?(component: ComponentType<RhsComponentProps>, title: string): RhsRegistration;
  /** Global app bar (newer servers); the icon is an image URL. */
  registerAppBarComponent?(iconUrl: string, action: () => void, tooltipText: string): string;
  /** Older servers: a button in the channel header, drawn from a React element. */
  registerChannelHeaderButtonAction?(icon: ReactElement, action: () => void, dropdownText: string, tooltipText: string): string;
  unregisterComponent?(componentId: string): void;
}

/** A plain action for any reducer of the webapp's store (ours, or core's such as RECEIVED_POST). */
export interface StoreAction {
  type: string;
  [key: string]: unknown;
}

/** An action as a function of dispatch and state; the webapp's store runs it (thunk middleware). */
export type PluginThunk<R> = (dispatch: PluginDispatch, getState: () => WebappState) => R;

export interface PluginDispatch {
  <R>(thunk: PluginThunk<R>): R;
  <A extends StoreAction>(action: A): A;
}

export interface PluginStore {
  getState(): WebappState;
  dispatch: PluginDispatch;
  subscribe?(listener: () => void): () => void;
}

export interface PluginEntry {
  initialize(registry: PluginRegistry, store: PluginStore): void | Promise<void>;
  uninitialize?(): void;
}

export interface PostUtilsGlobal {
  formatText(text: string, options?: Record<string, unknown>): string;
  messageHtmlToComponent(html: string, ...rest: unknown[]): unknown;
}

declare global {
  interface Window {
    registerPlugin?(id: string, plugin: PluginEntry): void;
    PostUtils?: PostUtilsGlobal;
    /** Core's helpers for plugins (internal, may change): used only when present. */
    WebappUtils?: {browserHistory?: {push(path: string): void}};
  }
}
