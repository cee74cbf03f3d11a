/** @jsxRuntime classic */
// System Console › Plugins › <plugin>: the settings page core builds from the manifest's
// settings_schema. `custom` settings render the component the
// plugin registered with registerAdminConsoleCustomSetting, with core's props; the others are
// shown read-only with their stored value (or default), enough context for screenshots.
import type {ComponentType} from 'react';

import {React} from './react_globals';

const {useEffect, useState} = React;

export interface ManifestSetting {
  key: string;
  display_name?: string;
  type: string;
  help_text?: string;
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
}

type Config = {PluginSettings?: {Plugins?: Record<string, Record<string, unknown>>}};

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function AdminView({pluginId, pluginName, settings, custom}: Props) {
  const [config, setConfig] = useState<Config | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(() => {
    void fetch('/api/v4/config', {credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}}).then(async (res) => {
      if (res.ok) setConfig((await res.json()) as Config);
      else setFailure(`GET /api/v4/config: HTTP ${res.status} (the System Console needs a system admin)`);
    });
  }, []);
  const values = config?.PluginSettings?.Plugins?.[pluginId] ?? {};
  const noop = () => undefined;
  return (
    <div className="admin-console">
      <div className="admin-breadcrumb">System Console › Plugins</div>
      <h1 className="admin-title">{pluginName}</h1>
      {failure && <div className="field-error">{failure}</div>}
      {config &&
        settings.map((s) => {
          const key = s.key.toLowerCase();
          const registration = s.type === 'custom' ? custom.get(key) : undefined;
          const value = values[key];
          return (
            <div className="admin-setting" key={key} data-setting={key}>
              {(!registration || registration.showTitle) && <div className="admin-label">{s.display_name ?? key}:</div>}
              <div className="admin-control">
                {registration ? (
                  <registration.component
                    id={key}
                    label={s.display_name ?? key}
                    helpText={s.help_text ?? null}
                    value={value}
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
                  <div className="admin-value">{shown(value ?? s.default)}</div>
                )}
                {s.help_text && <div className="help">{s.help_text.replace(/\*\*|`/g, '')}</div>}
              </div>
            </div>
          );
        })}
    </div>
  );
}
