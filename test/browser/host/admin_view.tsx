/** @jsxRuntime classic */
// System Console › Plugins › <plugin>: the settings page core builds from the manifest's
// settings_schema, editable. `custom` settings render the component the plugin registered with
// registerAdminConsoleCustomSetting, with core's props; bool, text, number and longtext get
// core's inputs, and the routing longtext a role → recipients table. Save sends what core's
// SchemaAdminSettings sends: PUT /api/v4/config/patch with the plugin's WHOLE settings map
// (Mattermost replaces the map), which makes Mattermost push `config_changed`; the page then
// watches the bridge's status report until it says the save took effect or was refused.
import type {ComponentType} from 'react';

import {STATUS_CATEGORY} from '@tma/card-contract';

import {errorMessage, React, writeHeaders} from './react_globals';
import {RoutingEditor} from './routing_editor';
import {routeProblems, routesFromValue} from './routing_rows';

const {useEffect, useState} = React;

export interface ManifestSetting {
  key: string;
  display_name?: string;
  type: string;
  help_text?: string;
  placeholder?: string;
  default?: unknown;
}

export interface AdminSettingRegistration {
  component: ComponentType<Record<string, unknown>>;
  showTitle: boolean;
}

interface Props {
  pluginId: string;
  pluginName: string;
  settings: ManifestSetting[];
  custom: Map<string, AdminSettingRegistration>;
  /** The bridge's bot, whose preferences hold its status reports. */
  botUsername: string;
}

type Config = {PluginSettings?: {Plugins?: Record<string, Record<string, unknown>>}};

const ROUTING_KEY = 'roletorecipients';
/** How long the page waits for the bridge's report after a save before saying it has not answered. */
const WATCH_MS = 30_000;

type Outcome = {kind: 'saving'} | {kind: 'waiting'} | {kind: 'applied'; at: string} | {kind: 'refused'; error: string} | {kind: 'silent'} | {kind: 'failed'; error: string};

function initialValues(settings: ManifestSetting[], stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of settings) {
    if (s.type === 'custom') continue;
    const key = s.key.toLowerCase();
    out[key] = stored[key] ?? s.default ?? (s.type === 'bool' ? false : '');
  }
  return out;
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});
}

/** The bridge's reports (one preference per replica) read with the admin's session, as the status box does. */
async function bridgeReports(botId: string): Promise<{settings?: {error?: string | null; last_read_at?: string | null; applied_at?: string | null}}[]> {
  const res = await fetch(`/api/v4/users/${botId}/preferences/${STATUS_CATEGORY}`, {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}});
  if (!res.ok) return [];
  const prefs = (await res.json()) as {value?: string}[] | null;
  return (prefs ?? []).flatMap((p) => {
    try {
      return [JSON.parse(p.value ?? '') as {settings?: {error?: string | null; last_read_at?: string | null; applied_at?: string | null}}];
    } catch {
      return [];
    }
  });
}

export function AdminView({pluginId, pluginName, settings, custom, botUsername}: Props) {
  const [config, setConfig] = useState<Config | null>(null);
  const [failure, setFailure] = useState('');
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** Bumped to make the status box read the bridge's report again. */
  const [statusRead, setStatusRead] = useState(0);

  useEffect(() => {
    void fetch('/api/v4/config', {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}}).then(async (res) => {
      if (!res.ok) {
        setFailure(`GET /api/v4/config: HTTP ${res.status} (the System Console needs a system admin)`);
        return;
      }
      const loaded = (await res.json()) as Config;
      setConfig(loaded);
      setValues(initialValues(settings, loaded.PluginSettings?.Plugins?.[pluginId] ?? {}));
    });
  }, [pluginId, settings]);

  const set = (key: string, value: unknown) => {
    setValues((v) => ({...v, [key]: value}));
    setDirty(true);
  };
  const routingInvalid = routeProblems(routesFromValue(values[ROUTING_KEY])).some(Boolean);

  const watchBridge = async (since: string) => {
    const bot = await fetch(`/api/v4/users/username/${encodeURIComponent(botUsername)}`, {credentials: 'same-origin'});
    if (!bot.ok) return setOutcome({kind: 'silent'});
    const {id: botId} = (await bot.json()) as {id: string};
    const deadline = Date.now() + WATCH_MS;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      for (const report of await bridgeReports(botId)) {
        const s = report.settings;
        const read = s?.last_read_at ?? '';
        if (s?.error && read >= since) {
          setStatusRead((n) => n + 1);
          return setOutcome({kind: 'refused', error: s.error});
        }
        if (!s?.error && s?.applied_at && s.applied_at >= since) {
          setStatusRead((n) => n + 1);
          return setOutcome({kind: 'applied', at: s.applied_at});
        }
      }
    }
    setStatusRead((n) => n + 1);
    setOutcome({kind: 'silent'});
  };

  const save = async () => {
    setOutcome({kind: 'saving'});
    // The bridge stamps its read with its own clock; a second of slack covers a page ahead of it.
    const since = new Date(Date.now() - 1000).toISOString();
    const res = await fetch('/api/v4/config/patch', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: writeHeaders(),
      body: JSON.stringify({PluginSettings: {Plugins: {[pluginId]: values}}}),
    }).catch((err: unknown) => err);
    if (!(res instanceof Response) || !res.ok) {
      setOutcome({kind: 'failed', error: res instanceof Response ? await errorMessage(res) : String(res)});
      return;
    }
    setDirty(false);
    setOutcome({kind: 'waiting'});
    await watchBridge(since);
  };

  const noop = () => undefined;
  return (
    <form
      className="admin-console"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="admin-breadcrumb">System Console › Plugins</div>
      <h1 className="admin-title">{pluginName}</h1>
      {failure && <div className="field-error">{failure}</div>}
      {config &&
        settings.map((s) => {
          const key = s.key.toLowerCase();
          const registration = s.type === 'custom' ? custom.get(key) : undefined;
          const label = s.display_name ?? key;
          return (
            <div className="admin-setting" key={key} data-setting={key}>
              {(!registration || registration.showTitle) && (
                <label className="admin-label" htmlFor={key}>
                  {label}:
                </label>
              )}
              <div className="admin-control">
                {registration ? (
                  <registration.component
                    key={statusRead}
                    id={key}
                    label={label}
                    helpText={s.help_text ?? null}
                    value={config.PluginSettings?.Plugins?.[pluginId]?.[key]}
                    disabled={false}
                    config={config}
                    license={{}}
                    setByEnv={false}
                    onChange={noop}
                    registerSaveAction={noop}
                    unRegisterSaveAction={noop}
                    setSaveNeeded={noop}
                    cancelSubmit={noop}
                    showConfirm={false}
                  />
                ) : s.type === 'custom' ? (
                  <div className="field-error">{`No component registered for "${key}" (is the plugin's webapp loaded?)`}</div>
                ) : (
                  <SettingInput setting={s} id={key} value={values[key]} onChange={(v) => set(key, v)} />
                )}
                {s.help_text && <div className="help">{s.help_text.replace(/\*\*|`/g, '')}</div>}
              </div>
            </div>
          );
        })}
      {config && (
        <div className="admin-save">
          <button type="submit" className="primary" disabled={!dirty || routingInvalid || outcome?.kind === 'saving'}>
            {outcome?.kind === 'saving' ? 'Saving…' : 'Save'}
          </button>
          <SaveOutcome outcome={outcome} invalid={routingInvalid} />
        </div>
      )}
    </form>
  );
}

function SaveOutcome({outcome, invalid}: {outcome: Outcome | null; invalid: boolean}) {
  if (invalid) return <span className="field-error">Fix the routing rows marked above to save.</span>;
  if (!outcome || outcome.kind === 'saving') return null;
  const text: Record<Exclude<Outcome['kind'], 'saving'>, string> = {
    waiting: 'Saved. Waiting for the bridge to read it…',
    applied: outcome.kind === 'applied' ? `Saved. The bridge applied it at ${timeOf(outcome.at)}.` : '',
    refused: outcome.kind === 'refused' ? `Saved, but the bridge refused it and keeps its last good settings: ${outcome.error}` : '',
    silent: 'Saved. The bridge has not confirmed it yet; see the Bridge status box above.',
    failed: outcome.kind === 'failed' ? `Not saved: ${outcome.error}` : '',
  };
  const tone = outcome.kind === 'applied' ? 'ok' : outcome.kind === 'waiting' ? 'unknown' : 'error';
  return (
    <span className="save-outcome" data-outcome={outcome.kind} data-tone={tone} role="status">
      {text[outcome.kind]}
    </span>
  );
}

/** A stored value as an input shows it (core stores strings, numbers and booleans here). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function SettingInput({setting, id, value, onChange}: {setting: ManifestSetting; id: string; value: unknown; onChange: (value: unknown) => void}) {
  if (setting.type === 'bool') {
    // Core shows a bool as a True / False pair of radio buttons.
    const on = value === true || value === 'true';
    return (
      <div className="radio-pair" role="radiogroup" aria-label={setting.display_name ?? id}>
        <label>
          <input type="radio" name={id} checked={on} onChange={() => onChange(true)} /> True
        </label>
        <label>
          <input type="radio" name={id} checked={!on} onChange={() => onChange(false)} /> False
        </label>
      </div>
    );
  }
  if (id === ROUTING_KEY) return <RoutingEditor id={id} value={value} placeholder={setting.placeholder} onChange={onChange} />;
  if (setting.type === 'longtext') {
    return <textarea id={id} rows={4} value={shown(value)} placeholder={setting.placeholder} onChange={(e) => onChange(e.target.value)} />;
  }
  if (setting.type === 'number') {
    // Core stores what was typed as a number when it is one (a blank stays blank).
    return (
      <input
        id={id}
        type="number"
        value={shown(value)}
        placeholder={setting.placeholder}
        onChange={(e) => onChange(e.target.value === '' || Number.isNaN(Number(e.target.value)) ? e.target.value : Number(e.target.value))}
      />
    );
  }
  return <input id={id} type="text" value={shown(value)} placeholder={setting.placeholder} onChange={(e) => onChange(e.target.value)} />;
}
