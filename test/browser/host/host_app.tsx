// The plugin-host page: a stand-in for the Mattermost webapp's channel view, just enough of it
// to run our real plugin bundle. It provides what core provides (globals, window.registerPlugin,
// the Redux store with entities.users/general, the registry, themed CSS variables), reads the
// channel's posts from Mattermost over the same-origin API (our server proxies /api/v4), and
// re-reads them to pick up the bridge's edits, as core does on `post_edited`.
/** @jsxRuntime classic */ // built by host_server.ts with React.createElement on the global React
import type {ComponentType} from 'react';
import type {Reducer} from 'redux';

import {AdminView, type AdminSettingRegistration, type ManifestSetting} from './admin_view';
import {DialogHost} from './dialog_host';
import {postMarkdown} from './post_markdown';
import {channelTitle, CommandBox, SandboxFrame, type SandboxConfig} from './sandbox_chrome';
import {THEMES, type ThemeName} from './themes';
import {thunk} from '../../../webapp/src/test_support/thunk';

// The webapp's globals, loaded by vendor.js before this script and before the plugin.
const {React, ReactDOM, Redux, ReactRedux} = window as unknown as {
  React: typeof import('react');
  ReactDOM: {createRoot: typeof import('react-dom/client').createRoot};
  Redux: typeof import('redux');
  ReactRedux: typeof import('react-redux');
};

interface HostPost {
  id: string;
  root_id?: string;
  type: string;
  message: string;
  user_id: string;
  create_at: number;
  update_at: number;
  props: Record<string, unknown> | null;
}
interface Profile {
  id: string;
  username: string;
  first_name?: string;
  last_name?: string;
  is_bot?: boolean;
}
interface HostConfig {
  channelId: string;
  pluginUrl: string;
  pollMs: number;
  // Optional so an older host server still works with this page.
  pluginId?: string;
  pluginName?: string;
  /** The server relays ephemeral posts and opened dialogs (host_server.ts `extras`). */
  extras?: boolean;
  /** Team of the channel, sent with dialog submissions as core does. */
  teamId?: string;
  sandbox?: SandboxConfig | null;
  adminSettings?: ManifestSetting[];
}

const params = new URLSearchParams(window.location.search);
const themeName: ThemeName = params.get('theme') === 'dark' ? 'dark' : 'light';
const view: 'channel' | 'admin' = params.get('view') === 'admin' ? 'admin' : 'channel';
const theme = THEMES[themeName];

function rgb(hex: string): string {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ');
}

/** The CSS variables core sets on :root from the theme (a subset). */
function applyTheme(): void {
  const root = document.documentElement.style;
  root.setProperty('--center-channel-bg', theme.centerChannelBg);
  root.setProperty('--center-channel-bg-rgb', rgb(theme.centerChannelBg));
  root.setProperty('--center-channel-color', theme.centerChannelColor);
  root.setProperty('--center-channel-color-rgb', rgb(theme.centerChannelColor));
  root.setProperty('--button-bg', theme.buttonBg);
  root.setProperty('--button-color', theme.buttonColor);
  root.setProperty('--link-color', theme.linkColor);
  root.setProperty('--error-text', theme.errorTextColor);
  root.setProperty('--online-indicator', theme.onlineIndicator);
  root.setProperty('--away-indicator', theme.awayIndicator);
  root.setProperty('--dnd-indicator', theme.dndIndicator);
  document.body.dataset.theme = themeName;
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}, ...init});
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const adminSettings = new Map<string, AdminSettingRegistration>();
const postComponents = new Map<string, ComponentType<{post: HostPost; theme: typeof theme; isRHS: boolean; compactDisplay: boolean}>>();
const pluginReducers: Record<string, Reducer> = {};
const rhsComponents = new Map<string, {component: ComponentType<{theme: typeof theme}>; title: string}>();
const appBarItems = new Map<string, {iconUrl: string; action: () => void; tooltip: string}>();

type Action = {type: string; [k: string]: unknown};

function postsReducer(state: {byId: Record<string, HostPost>; order: string[]} = {byId: {}, order: []}, action: Action) {
  // RECEIVED_POST is what core's store takes for one post (mattermost-redux receivedPost), e.g. the
  // plugin re-reading a card it found out of date.
  if (action.type !== 'HOST_RECEIVED_POSTS' && action.type !== 'RECEIVED_POST') return state;
  const list = action.type === 'RECEIVED_POST' ? [action.data as HostPost] : (action.posts as HostPost[]);
  const byId: Record<string, HostPost> = {...state.byId};
  for (const p of list) {
    // Keep the same object when nothing changed, so React sees edits only.
    if (byId[p.id]?.update_at !== p.update_at) byId[p.id] = p;
  }
  const order = Object.values(byId)
    .sort((a, b) => a.create_at - b.create_at)
    .map((p) => p.id);
  // `posts` is core's own name for the map (state.entities.posts.posts), which plugins read.
  return {byId, order, posts: byId};
}

/** Core's preferences slice: keyed `<category>--<name>`, replaced by RECEIVED_PREFERENCES. */
function preferencesReducer(state: {myPreferences: Record<string, {category: string; name: string; value: string}>} = {myPreferences: {}}, action: Action) {
  if (action.type !== 'RECEIVED_PREFERENCES') return state;
  const list = (action.data as {category: string; name: string; value: string}[] | null) ?? [];
  const next = Object.fromEntries(list.map((p) => [`${p.category}--${p.name}`, p]));
  const same = Object.keys(next).length === Object.keys(state.myPreferences).length && Object.entries(next).every(([k, p]) => state.myPreferences[k]?.value === p.value);
  return same ? state : {myPreferences: next};
}

/** The right-hand sidebar: which plugin component is open (core's rhs.pluggableId), if any. */
function rhsReducer(state: {open: string | null} = {open: null}, action: Action) {
  if (action.type !== 'HOST_RHS') return state;
  const id = String(action.id);
  if (action.op === 'show') return {open: id};
  if (action.op === 'hide') return {open: null};
  return {open: state.open === id ? null : id};
}

function integrationsReducer(state = {dialogTriggerId: ''}, action: Action) {
  return action.type === 'RECEIVED_DIALOG_TRIGGER_ID' ? {...state, dialogTriggerId: String(action.data)} : state;
}

/** Ephemeral posts of the viewer (core receives them over the websocket; we poll the host). */
function ephemeralReducer(state: HostPost[] = [], action: Action) {
  if (action.type !== 'HOST_RECEIVED_EPHEMERAL') return state;
  const list = action.posts as HostPost[];
  return list.length === state.length && list.every((p, i) => p.id === state[i]?.id) ? state : list;
}

function registryVersion(state = 0, action: Action) {
  return action.type === 'HOST_REGISTRY_CHANGED' ? state + 1 : state;
}

/** Core exposes its markdown renderer as window.PostUtils (plugins/export.ts); the host hands over the same one it uses for posts. */
function installPostUtils(): void {
  (window as unknown as {PostUtils: unknown}).PostUtils = {
    formatText: (text: string) => postMarkdown(text),
    messageHtmlToComponent: (html: string, options: object = {}) => {
      void options;
      return <div className="post-message markdown" dangerouslySetInnerHTML={{__html: html}} />;
    },
  };
}

async function main(): Promise<void> {
  applyTheme();
  installPostUtils();
  const config = await api<HostConfig>(`/host/config.json${window.location.search}`);
  const me = await api<Profile>('/api/v4/users/me');
  const members = await api<{user_id: string}[]>(`/api/v4/channels/${config.channelId}/members`).catch(() => []);
  const ids = [...new Set([me.id, ...members.map((m) => m.user_id)])];
  const profiles = await api<Profile[]>('/api/v4/users/ids', {method: 'POST', body: JSON.stringify(ids), headers: hostWriteHeaders()}).catch(() => [me]);

  const entities = Redux.combineReducers({
    users: (s = {currentUserId: me.id, profiles: Object.fromEntries(profiles.map((p) => [p.id, p]))}) => s,
    // The browser talks to this origin; core's SiteURL is the URL users open.
    general: (s = {config: {SiteURL: window.location.origin}}) => s,
    posts: postsReducer,
    preferences: preferencesReducer,
  });
  const rootReducer = () =>
    Redux.combineReducers({entities, hostRhs: rhsReducer, integrations: integrationsReducer, hostRegistry: registryVersion, hostEphemeral: ephemeralReducer, ...pluginReducers});
  // Thunk middleware, as core's store has: the card's click is a thunk.
  const store = Redux.legacy_createStore(rootReducer(), Redux.applyMiddleware(thunk));

  const registry = {
    registerReducer(reducer: Reducer) {
      pluginReducers[`plugins-${currentPluginId}`] = reducer;
      store.replaceReducer(rootReducer());
    },
    registerPostTypeComponent(type: string, component: ComponentType<never>) {
      postComponents.set(type, component as never);
      store.dispatch({type: 'HOST_REGISTRY_CHANGED'});
      return `component-${postComponents.size}`;
    },
    registerRightHandSidebarComponent(component: ComponentType<never>, title: string) {
      const id = `rhs-${rhsComponents.size + 1}`;
      rhsComponents.set(id, {component: component as never, title});
      store.dispatch({type: 'HOST_REGISTRY_CHANGED'});
      return {id, showRHSPlugin: {type: 'HOST_RHS', op: 'show', id}, hideRHSPlugin: {type: 'HOST_RHS', op: 'hide', id}, toggleRHSPlugin: {type: 'HOST_RHS', op: 'toggle', id}};
    },
    registerAppBarComponent(iconUrl: string, action: () => void, tooltip: string) {
      const id = `appbar-${++appBarSeq}`;
      appBarItems.set(id, {iconUrl, action, tooltip});
      store.dispatch({type: 'HOST_REGISTRY_CHANGED'});
      return id;
    },
    unregisterComponent(id: string) {
      appBarItems.delete(id);
      store.dispatch({type: 'HOST_REGISTRY_CHANGED'});
    },
    registerAdminConsoleCustomSetting(key: string, component: ComponentType<never>, options: {showTitle?: boolean} = {}) {
      adminSettings.set(key.toLowerCase(), {component: component as never, showTitle: options.showTitle === true});
      store.dispatch({type: 'HOST_REGISTRY_CHANGED'});
    },
  };
  let currentPluginId = '';
  let appBarSeq = 0;
  (window as unknown as {registerPlugin(id: string, plugin: {initialize(r: unknown, s: unknown): unknown}): void}).registerPlugin = (id, plugin) => {
    currentPluginId = id;
    void plugin.initialize(registry, store);
    document.body.dataset.plugin = id;
  };

  const poll = async () => {
    try {
      const list = await api<{order: string[]; posts: Record<string, HostPost>}>(`/api/v4/channels/${config.channelId}/posts?per_page=200`);
      store.dispatch({type: 'HOST_RECEIVED_POSTS', posts: Object.values(list.posts)});
      // Posts from other channels the plugin loaded (the sidebar's cards): core keeps them current
      // through post_edited; the host re-reads them.
      const others = Object.values((store.getState() as unknown as HostState).entities.posts.byId).filter(
        (p) => (p as unknown as {channel_id?: string}).channel_id !== config.channelId,
      );
      const fresh = await Promise.all(others.map((p) => api<HostPost>(`/api/v4/posts/${p.id}`).catch(() => null)));
      store.dispatch({type: 'HOST_RECEIVED_POSTS', posts: fresh.filter((p): p is HostPost => p !== null)});
      // Core gets preference changes pushed (preferences_changed); the host reads them.
      store.dispatch({type: 'RECEIVED_PREFERENCES', data: await api<unknown>('/api/v4/users/me/preferences')});
      document.body.dataset.polls = String(Number(document.body.dataset.polls ?? 0) + 1);
    } catch (err) {
      console.error('host: reading posts failed', err);
    }
  };
  if (view === 'channel') {
    await poll();
    setInterval(() => void poll(), config.pollMs);
  }
  if (config.extras && view === 'channel') {
    const pollEphemeral = async () => {
      const res = await fetch('/host/ephemeral', {credentials: 'same-origin'}).catch(() => null);
      if (res?.ok) store.dispatch({type: 'HOST_RECEIVED_EPHEMERAL', posts: (await res.json()) as unknown});
    };
    await pollEphemeral();
    setInterval(() => void pollEphemeral(), config.pollMs);
  }

  const sandbox = config.sandbox ?? null;
  // Core's user picker searches the whole team; the sandbox offers its story users everywhere.
  const pickable = sandbox
    ? await api<Profile[]>('/api/v4/users/usernames', {method: 'POST', body: JSON.stringify(sandbox.users), headers: hostWriteHeaders()}).catch(() => profiles)
    : profiles;
  const channelView = <ChannelView me={me} channelId={config.channelId} sandbox={sandbox} />;
  const page =
    view === 'admin' ? (
      <AdminViewWhenRegistered config={config} />
    ) : (
      <>
        <div className="host-layout">
          {channelView}
          <RhsPanel />
          <AppBar />
        </div>
        {sandbox && <CommandBox sandbox={sandbox} me={me} channelId={config.channelId} />}
        {config.extras && (
          <DialogHost channelId={config.channelId} teamId={config.teamId || sandbox?.teamId || ''} pollMs={config.pollMs} users={pickable.filter((p) => !p.is_bot)} />
        )}
      </>
    );
  ReactDOM.createRoot(document.getElementById('root')!).render(
    <ReactRedux.Provider store={store}>
      {sandbox ? (
        <SandboxFrame sandbox={sandbox} me={me} channelId={config.channelId} theme={themeName} view={view}>
          {page}
        </SandboxFrame>
      ) : (
        page
      )}
    </ReactRedux.Provider>,
  );

  const script = document.createElement('script');
  script.src = config.pluginUrl;
  script.onerror = () => console.error('host: plugin bundle failed to load');
  document.body.appendChild(script);
}

function hostWriteHeaders(): Record<string, string> {
  const csrf = /(?:^|;\s*)MMCSRF=([^;]+)/.exec(document.cookie)?.[1] ?? '';
  return {'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': csrf, 'Content-Type': 'application/json'};
}

interface HostState {
  entities: {users: {profiles: Record<string, Profile>}; posts: {byId: Record<string, HostPost>; order: string[]}};
  hostRhs: {open: string | null};
  hostRegistry: number;
  hostEphemeral: HostPost[];
}

function AdminViewWhenRegistered({config}: {config: HostConfig}) {
  ReactRedux.useSelector((s: HostState) => s.hostRegistry);
  return (
    <AdminView
      pluginId={config.pluginId ?? ''}
      pluginName={config.pluginName ?? ''}
      settings={config.adminSettings ?? []}
      custom={adminSettings}
      botUsername={config.sandbox?.botUsername ?? ''}
    />
  );
}

function ChannelView({me, channelId, sandbox}: {me: Profile; channelId: string; sandbox: SandboxConfig | null}) {
  const stored = ReactRedux.useSelector((s: HostState) => s.entities.posts);
  const ephemeral = ReactRedux.useSelector((s: HostState) => s.hostEphemeral);
  const profiles = ReactRedux.useSelector((s: HostState) => s.entities.users.profiles);
  ReactRedux.useSelector((s: HostState) => s.hostRegistry);
  // Ephemeral posts sit among the channel's posts by time, as core shows them.
  const mine = ephemeral.filter((p) => (p as unknown as {channel_id?: string}).channel_id === channelId);
  const posts =
    mine.length === 0
      ? stored
      : {
          byId: {...stored.byId, ...Object.fromEntries(mine.map((p) => [p.id, p]))},
          order: [...stored.order.map((id) => stored.byId[id]!), ...mine].sort((a, b) => a.create_at - b.create_at).map((p) => p.id),
        };
  const ephemeralIds = new Set(mine.map((p) => p.id));
  const count = posts.order.length;
  // The sandbox groups thread replies under their root (like an expanded thread); the plain host
  // keeps the flat channel order its tests were written against.
  const rows = sandbox ? threaded(posts) : posts.order.map((id) => ({id, reply: false}));
  React.useEffect(() => {
    // The sandbox behaves like a channel: the newest post is in view.
    if (sandbox && count > 0) window.scrollTo({top: document.body.scrollHeight});
  }, [sandbox, count]);
  return (
    <div className="channel">
      <header className="channel-header">
        <strong>{sandbox ? channelTitle(sandbox, channelId) : '~access-requests'}</strong>
        <span className="viewer">
          signed in as <b id="viewer">@{me.username}</b>
        </span>
      </header>
      <div className="post-list">
        {sandbox && posts.order.length === 0 && (
          <p className="empty-channel">
            No posts yet. {sandbox.commands[me.username] ? 'Press Send below to run the suggested command.' : 'Switch to @bob at the top to request access.'}
          </p>
        )}
        {rows.map(({id, reply}) => {
          const post = posts.byId[id]!;
          const author = profiles[post.user_id];
          const Component = postComponents.get(post.type);
          const classes = ['post', ephemeralIds.has(id) ? 'ephemeral' : '', reply ? 'reply' : ''].filter(Boolean).join(' ');
          return (
            <div className={classes} key={id} id={`post_${id}`} data-post-id={id}>
              <div className="avatar" aria-hidden="true">
                {(author?.username ?? '?').slice(0, 1).toUpperCase()}
              </div>
              <div className="post-body">
                <div className="post-header">
                  <b>{author?.username ?? post.user_id}</b>
                  {author?.is_bot === true && <span className="bot">BOT</span>}
                  <time>{new Date(post.create_at).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'})}</time>
                  {ephemeralIds.has(id) && <span className="only-you">(Only visible to you)</span>}
                </div>
                {ephemeralIds.has(id) ? (
                  <div className="post-message markdown" dangerouslySetInnerHTML={{__html: postMarkdown(post.message)}} />
                ) : Component ? (
                  <Component post={post} theme={theme} isRHS={false} compactDisplay={false} />
                ) : (
                  <div className="post-message markdown" dangerouslySetInnerHTML={{__html: postMarkdown(post.message)}} />
                )}
                {!Component && !ephemeralIds.has(id) && <AttachmentButtons post={post} />}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * Core draws the standard attachment buttons of posts that no plugin renders (e.g. a DM with a
 * button), and a click goes to POST /posts/{id}/actions/{action id}; a dialog the integration
 * opens then arrives like any other (DialogHost).
 */
function AttachmentButtons({post}: {post: HostPost}) {
  const attachments = (post.props?.['attachments'] as {actions?: {id?: string; name?: string}[]}[] | undefined) ?? [];
  const actions = attachments.flatMap((a) => a.actions ?? []).filter((a) => a.id && a.name);
  const [status, setStatus] = React.useState('');
  if (actions.length === 0) return null;
  return (
    <div className="attachment-actions">
      {actions.map((a) => (
        <button
          key={a.id}
          type="button"
          className="attachment-button"
          onClick={() =>
            void fetch(`/api/v4/posts/${post.id}/actions/${a.id}`, {method: 'POST', credentials: 'same-origin', headers: hostWriteHeaders(), body: '{}'}).then((r) =>
              setStatus(r.ok ? '' : `Action failed (HTTP ${r.status})`),
            )
          }
        >
          {a.name}
        </button>
      ))}
      {status && <span role="alert">{status}</span>}
    </div>
  );
}

/** Core's app bar: one icon per registered component, its tooltip as the accessible name. */
function AppBar() {
  ReactRedux.useSelector((s: HostState) => s.hostRegistry);
  if (appBarItems.size === 0) return null;
  return (
    <nav className="app-bar" aria-label="App bar">
      {[...appBarItems.entries()].map(([id, item]) => (
        <button key={id} type="button" className="app-bar-item" title={item.tooltip} aria-label={item.tooltip} onClick={item.action}>
          <img src={item.iconUrl} alt="" width={24} height={24} />
        </button>
      ))}
    </nav>
  );
}

function RhsPanel() {
  ReactRedux.useSelector((s: HostState) => s.hostRegistry);
  const open = ReactRedux.useSelector((s: HostState) => s.hostRhs.open);
  const dispatch = ReactRedux.useDispatch();
  const rhs = open ? rhsComponents.get(open) : undefined;
  if (!open || !rhs) return null;
  const Component = rhs.component;
  return (
    <aside className="rhs" aria-label={rhs.title}>
      <header className="rhs-header">
        <strong>{rhs.title}</strong>
        <button type="button" className="rhs-close" aria-label="Close" onClick={() => dispatch({type: 'HOST_RHS', op: 'hide', id: open})}>
          ×
        </button>
      </header>
      <div className="rhs-body">
        <Component theme={theme} />
      </div>
    </aside>
  );
}

/** Roots in time order, each followed by its replies; replies to posts not shown stand alone. */
function threaded(posts: {byId: Record<string, HostPost>; order: string[]}): {id: string; reply: boolean}[] {
  const replies = new Map<string, string[]>();
  for (const id of posts.order) {
    const root = posts.byId[id]?.root_id;
    if (root && posts.byId[root]) replies.set(root, [...(replies.get(root) ?? []), id]);
  }
  const rows: {id: string; reply: boolean}[] = [];
  for (const id of posts.order) {
    const root = posts.byId[id]?.root_id;
    if (root && posts.byId[root]) continue;
    rows.push({id, reply: false}, ...(replies.get(id) ?? []).map((r) => ({id: r, reply: true})));
  }
  return rows;
}

main().catch((err: unknown) => {
  document.body.dataset.hostError = String(err);
  console.error(err);
});
