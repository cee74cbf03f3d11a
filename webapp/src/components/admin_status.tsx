/** @jsxRuntime automatic */
// (tsx runs tests without our tsconfig; the pragma gives it the same JSX transform as webpack.)
// System Console › Plugins › Teleport Access Requests › "Bridge status": a read-only view of the
// reports the bridge stores as preferences of its bot user (admin_status_report.tsx). The browser
// gains no new trust: it reads, with the admin's own session, what a system admin may already read
// (another user's preferences), never talks to the bridge, and has no input (no onChange), so the
// console has nothing to save for it. The setting's own stored value is ignored: versions before
// 0.2 wrote the report there, and that write could undo an admin's save.
import type {CSSProperties} from 'react';
import {useEffect, useState} from 'react';

import {STATUS_CATEGORY} from '@tma/card-contract';

import {readBridgeReports} from '../client';
import {PLUGIN_ID} from '../manifest';

import {BRIDGE_STATUS_KEY, combineReports, describeStatus, parseReport, type ReportParse, type Tone} from './admin_status_report';
import {useNow} from './use_now';

/** The props core passes to a custom admin setting; all optional here. */
export interface AdminSettingProps {
  id?: string;
  label?: string;
  value?: unknown;
  disabled?: boolean;
  config?: unknown;
}

/** How often the open console page re-reads the reports, so a bridge going silent shows up. */
export const REFRESH_MS = 30_000;

type PluginConfig = {ServiceSettings?: {SiteURL?: unknown}; PluginSettings?: {Plugins?: Record<string, Record<string, unknown> | undefined>}};

function pluginValues(config: unknown): Record<string, unknown> | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  return (config as PluginConfig).PluginSettings?.Plugins?.[PLUGIN_ID];
}

/**
 * Where this page reaches its server: the page's own origin (as core's getSiteURL does; a SiteURL
 * naming another host would make the reads cross-origin and fail) plus SiteURL's subpath, if any.
 */
function siteUrlOf(config: unknown): string {
  const url = typeof config === 'object' && config !== null ? (config as PluginConfig).ServiceSettings?.SiteURL : undefined;
  let subpath = '';
  try {
    if (typeof url === 'string' && url !== '') subpath = new URL(url).pathname;
  } catch {
    // Not a URL: no subpath.
  }
  return `${window.location.origin}${subpath}`.replace(/\/+$/, '');
}

/**
 * Reads the reports when the page opens and every REFRESH_MS while it stays open (GET only, the
 * admin's session). A failed refresh keeps the last reports shown; only a first read that fails
 * says so.
 */
function useBridgeReports(siteUrl: string): ReportParse {
  const [parse, setParse] = useState<ReportParse>({kind: 'loading'});
  useEffect(() => {
    let cancelled = false;
    let botIds: string[] = [];
    let shown = false;
    const read = async () => {
      const result = await readBridgeReports(siteUrl, STATUS_CATEGORY, botIds);
      if (cancelled) return;
      if (!result.ok) {
        if (!shown) setParse({kind: 'unreadable', problem: result.error});
        return;
      }
      botIds = result.value.botIds;
      shown = true;
      setParse(combineReports(result.value.stored, Date.now()));
    };
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [siteUrl]);
  return parse;
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

/** The view alone, for tests and the host page: a report (or one value) and the time in, lines out. */
export function BridgeStatusView({parse, value, now, reviewsEnabledSetting}: {parse?: ReportParse; value?: unknown; now: number; reviewsEnabledSetting?: unknown}) {
  const report = parse ?? parseReport(value);
  const view = describeStatus(report, now, reviewsEnabledSetting);
  return (
    <section className="tma-bridge-status" aria-label="Bridge status" aria-busy={report.kind === 'loading'} style={styles.box}>
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
  const parse = useBridgeReports(siteUrlOf(props.config));
  const now = useNow(15_000);
  return <BridgeStatusView parse={parse} now={now} reviewsEnabledSetting={pluginValues(props.config)?.reviewsenabled} />;
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
