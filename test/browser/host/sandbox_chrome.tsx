/** @jsxRuntime classic */
// The sandbox's frame around the channel view: who you are (and a switch to the other story
// users), which channel you look at (#access-requests, #ops, your DM with the bot), and a
// message box that runs slash commands through Mattermost's own POST /api/v4/commands/execute,
// so `/teleport request` takes the real path: Mattermost → bridge → Teleport → card.
import type {ReactNode} from 'react';

import {errorMessage, React, writeHeaders} from './react_globals';
import type {SandboxChrome} from '../host_server';

const {useEffect, useState} = React;

/** The sandbox options the host server passes to the page (one definition, in host_server.ts). */
export type SandboxConfig = SandboxChrome;

interface Props {
  sandbox: SandboxConfig;
  me: {id: string; username: string};
  channelId: string;
  theme: 'light' | 'dark';
  view: 'channel' | 'admin';
  children: ReactNode;
}

function href(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return `?${q}`;
}

/** The viewer's DM with the bot, created on first use as core does when you open it. */
function useBotDm(botUsername: string, meId: string): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const bot = await fetch(`/api/v4/users/username/${encodeURIComponent(botUsername)}`, {credentials: 'same-origin'});
      if (!bot.ok) return;
      const {id: botId} = (await bot.json()) as {id: string};
      const dm = await fetch('/api/v4/channels/direct', {method: 'POST', credentials: 'same-origin', headers: writeHeaders(), body: JSON.stringify([meId, botId])});
      if (dm.ok) setId(((await dm.json()) as {id: string}).id);
    })();
  }, [botUsername, meId]);
  return id;
}

/** The sidebar lists named channels and the bot DM, so any other channel shown is that DM. */
export function channelTitle(sandbox: SandboxConfig, channelId: string): string {
  const named = sandbox.channels.find((c) => c.id === channelId);
  return named ? `~${named.name}` : `@${sandbox.botUsername}`;
}

/** Publishes the bar's height as --sandbox-bar-height: it wraps at narrow widths, and the sticky channel header sits below it. */
function useBarHeight(barRef: {readonly current: HTMLElement | null}): void {
  useEffect(() => {
    const el = barRef.current;
    if (!el) return;
    const publish = () => document.documentElement.style.setProperty('--sandbox-bar-height', `${el.offsetHeight}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    publish();
    return () => observer.disconnect();
  }, [barRef]);
}

export function SandboxFrame({sandbox, me, channelId, theme, view, children}: Props) {
  const dmId = useBotDm(sandbox.botUsername, me.id);
  const barRef = React.useRef<HTMLElement>(null);
  useBarHeight(barRef);
  const other = theme === 'dark' ? 'light' : 'dark';
  const users = [...sandbox.users, ...(sandbox.adminUser ? [sandbox.adminUser] : [])];
  return (
    <div className="sandbox">
      <header className="sandbox-bar" ref={barRef}>
        <strong className="sandbox-name">Teleport × Mattermost sandbox</strong>
        <nav className="user-switcher" aria-label="Switch user">
          <span>You are</span>
          {users.map((u) => {
            const admin = u === sandbox.adminUser;
            const current = u === me.username && (admin ? view === 'admin' : view === 'channel');
            return (
              <a
                key={u}
                className={current ? 'user current' : 'user'}
                aria-current={current ? 'page' : undefined}
                data-user={u}
                href={`/login${href({user: u, theme, view: admin ? 'admin' : undefined})}`}
              >
                {admin ? `${u} · System Console` : `@${u}`}
              </a>
            );
          })}
        </nav>
        <a className="theme-toggle" href={href({channel: view === 'channel' ? channelId : undefined, theme: other, view: view === 'admin' ? 'admin' : undefined})}>
          {other} theme
        </a>
      </header>
      <div className="sandbox-body">
        {view === 'channel' && (
          <aside className="sidebar" aria-label="Channels">
            <div className="sidebar-heading">Channels</div>
            {sandbox.channels.map((c) => (
              <a key={c.id} className={c.id === channelId ? 'channel-link current' : 'channel-link'} href={href({channel: c.id, theme})} data-channel={c.name}>
                # {c.name}
              </a>
            ))}
            <div className="sidebar-heading">Direct messages</div>
            {dmId && (
              <a className={dmId === channelId ? 'channel-link current' : 'channel-link'} href={href({channel: dmId, theme})} data-channel="bot-dm">
                @ {sandbox.botUsername}
              </a>
            )}
          </aside>
        )}
        <main className="sandbox-main">{children}</main>
      </div>
    </div>
  );
}

/** The message box, for slash commands only (the sandbox has nothing to chat with). */
export function CommandBox({sandbox, me, channelId}: {sandbox: SandboxConfig; me: {username: string}; channelId: string}) {
  const suggested = sandbox.commands[me.username] ?? sandbox.commands['*'] ?? '';
  const [text, setText] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const run = async () => {
    const command = text.trim();
    if (!command) return;
    if (!command.startsWith('/')) {
      setFailure('The sandbox only runs slash commands, e.g. /teleport help.');
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      const res = await fetch('/api/v4/commands/execute', {
        method: 'POST',
        credentials: 'same-origin',
        headers: writeHeaders(),
        body: JSON.stringify({command, channel_id: channelId, team_id: sandbox.teamId}),
      });
      if (!res.ok) setFailure(await errorMessage(res));
      else setText('');
    } catch (err) {
      setFailure(String(err));
    } finally {
      setBusy(false);
    }
  };
  const hints = [suggested, '/teleport list', '/teleport request', '/teleport help'].filter((h, i, all) => h && all.indexOf(h) === i);
  return (
    <form
      className="command-box"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <div className="command-row">
        <input aria-label="Command" name="command" value={text} placeholder="/teleport help" onChange={(e) => setText(e.target.value)} disabled={busy} autoComplete="off" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Running…' : 'Send'}
        </button>
      </div>
      {failure && (
        <div className="field-error" role="alert">
          {failure}
        </div>
      )}
      <div className="hints">
        Try:{' '}
        {hints.map((h) => (
          <button type="button" key={h} className="hint" onClick={() => setText(h)}>
            {h}
          </button>
        ))}
      </div>
    </form>
  );
}
