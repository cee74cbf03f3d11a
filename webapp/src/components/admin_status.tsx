/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// System Console › Plugins › Teleport Access Requests › "Bridge status": a read-only view of the
// report the bridge stores in its own `bridgestatus` setting. The browser gains no new trust:
// it reads what an admin can already read (the server config), never talks to the bridge, and
// never writes the value (no input, no onChange), so the console has nothing to save for it.
import type {CSSProperties} from 'react';
import {useEffect, useState} from 'react';

import {PLUGIN_ID} from '../manifest';

import {BRIDGE_STATUS_KEY, describeStatus, parseReport, type Tone} from './admin_status_report';
import {useNow} from './use_now';

/** The props core passes to a custom admin setting (reference mattermost.md §5.2); all optional here. */
export interface AdminSettingProps {
  id?: string;
  label?: string;
  value?: unknown;
  disabled?: boolean;
  config?: unknown;
}

/** How often the open console page re-reads the config, so a bridge going silent shows up. */
export const REFRESH_MS = 30_000;

type PluginConfig = {ServiceSettings?: {SiteURL?: unknown}; PluginSettings?: {Plugins?: Record<string, Record<string, unknown> | undefined>}};

function pluginValues(config: unknown): Record<string, unknown> | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  return (config as PluginConfig).PluginSettings?.Plugins?.[PLUGIN_ID];
}

function siteUrlOf(config: unknown): string {
  const url = typeof config === 'object' && config !== null ? (config as PluginConfig).ServiceSettings?.SiteURL : undefined;
  return typeof url === 'string' ? url.replace(/\/+$/, '') : '';
}

/**
 * The console hands us the value as of page load; a report goes stale while the page stays
 * open, so re-read the config (the admin's own session, GET only). Failures keep the last value.
 */
function useLiveConfig(initial: AdminSettingProps): {value: unknown; config: unknown} {
  const [live, setLive] = useState<{value: unknown; config: unknown}>({value: initial.value, config: initial.config});
  // New props from the console replace what was read since; adjusted while rendering (React's
  // pattern for state derived from a changed prop) so no render shows the stale value first.
  const [propsShown, setPropsShown] = useState({value: initial.value, config: initial.config});
  if (propsShown.value !== initial.value || propsShown.config !== initial.config) {
    setPropsShown({value: initial.value, config: initial.config});
    setLive({value: initial.value, config: initial.config});
  }
  const siteUrl = siteUrlOf(initial.config);
  useEffect(() => {
    let cancelled = false;
    const read = async () => {
      try {
        const response = await fetch(`${siteUrl}/api/v4/config`, {credentials: 'include', headers: {'X-Requested-With': 'XMLHttpRequest'}});
        if (!response.ok) return;
        const config: unknown = await response.json();
        const values = pluginValues(config);
        if (!cancelled && values) setLive({value: values[BRIDGE_STATUS_KEY], config});
      } catch {
        // Offline or logged out: the console shows its own banner; we keep the last report.
      }
    };
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [siteUrl]);
  return live;
}

const TONE: Record<Tone, {mark: string; colour: string; word: string}> = {
  ok: {mark: '✓', colour: 'var(--online-indicator, #3db887)', word: 'OK'},
  warn: {mark: '!', colour: 'var(--away-indicator, #ffbc1f)', word: 'Note'},
  error: {mark: '✕', colour: 'var(--error-text, #d24b4e)', word: 'Problem'},
  unknown: {mark: '?', colour: 'rgba(var(--center-channel-color-rgb, 63, 67, 80), 0.48)', word: 'Unknown'},
};

const fg = (alpha: number) => `rgba(var(--center-channel-color-rgb, 63, 67, 80), ${alpha})`;
const styles: Record<string, CSSProperties> = {
  box: {maxWidth: 640, padding: '8px 12px', border: `1px solid ${fg(0.16)}`, borderRadius: 4, fontSize: 14, lineHeight: '20px', color: fg(1)},
  note: {margin: '4px 0 8px', fontSize: 12, color: fg(0.72), fontStyle: 'italic'},
  list: {listStyle: 'none', margin: 0, padding: 0},
  line: {display: 'grid', gridTemplateColumns: '150px minmax(0, 1fr)', gap: 12, padding: '4px 0'},
  label: {display: 'flex', alignItems: 'baseline', gap: 8, fontWeight: 600, whiteSpace: 'nowrap'},
  mark: {display: 'inline-grid', placeItems: 'center', width: 16, height: 16, borderRadius: '50%', fontSize: 11, lineHeight: '16px', fontWeight: 700, color: '#fff', flex: 'none'},
  text: {overflowWrap: 'anywhere'},
};

/** The view alone, for tests and the host page: value and time in, lines out. */
export function BridgeStatusView({value, now, reviewsEnabledSetting}: {value: unknown; now: number; reviewsEnabledSetting?: unknown}) {
  const view = describeStatus(parseReport(value), now, reviewsEnabledSetting);
  return (
    <section className="tma-bridge-status" aria-label="Bridge status" style={styles.box}>
      <ul style={styles.list}>
        {view.lines.map((line, index) => (
          <li key={line.id} data-line={line.id} data-tone={line.tone} style={styles.line}>
            <span style={styles.label}>
              <span aria-hidden="true" style={{...styles.mark, background: TONE[line.tone].colour}}>
                {TONE[line.tone].mark}
              </span>
              <span>
                {line.label}
                <span className="tma-sr-only" style={{position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)'}}>
                  {` (${TONE[line.tone].word})`}
                </span>
              </span>
            </span>
            <span style={styles.text}>
              {line.text}
              {index === 0 && view.staleNote && <span style={{...styles.note, display: 'block'}}>{view.staleNote}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Registered with the console; ignores onChange and friends on purpose (read-only). */
export function BridgeStatusSetting(props: AdminSettingProps) {
  const live = useLiveConfig(props);
  const now = useNow(15_000);
  return <BridgeStatusView value={live.value} now={now} reviewsEnabledSetting={pluginValues(live.config)?.reviewsenabled} />;
}

interface AdminConsoleRegistry {
  registerAdminConsoleCustomSetting?(key: string, component: typeof BridgeStatusSetting, options?: {showTitle?: boolean}): void;
}

/** Older webapps (and mobile) lack the method; the card works without the console view. */
export function registerBridgeStatus(registry: object): boolean {
  const r = registry as AdminConsoleRegistry;
  if (typeof r.registerAdminConsoleCustomSetting !== 'function') return false;
  r.registerAdminConsoleCustomSetting(BRIDGE_STATUS_KEY, BridgeStatusSetting, {showTitle: true});
  return true;
}
