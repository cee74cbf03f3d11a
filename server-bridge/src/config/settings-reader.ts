/**
 * Keeps the System Console settings current: reads PluginSettings.Plugins[<plugin id>] over REST
 * (the bot needs sysconsole_read_plugins), validates, and swaps them in atomically. An invalid
 * save keeps the last good settings and reports the error (logs and status) until fixed.
 */
import {describe} from '../app/errors';
import {explain} from '../errors/explain';
import type {Logger} from 'pino';
import {DEFAULT_SETTINGS, type Settings, type SettingsSource} from './settings';
import {validateSettings} from './validate-settings';
import {isoUtc} from '../card/time';

export interface SettingsStatus {
  /** ISO time of the last successful read. */
  lastReadAt: string | null;
  /** Last validation or read error, null when the current settings are the stored ones. */
  error: string | null;
  /** ISO time the settings in force last changed (first load included): how a save is seen to land. */
  appliedAt: string | null;
}

export type FetchPluginSettings = () => Promise<unknown>;

export class SettingsReader implements SettingsSource {
  private settings: Settings = DEFAULT_SETTINGS;
  private timer: NodeJS.Timeout | null = null;
  private lastRaw = '';
  /** Reads started, and the newest one whose answer was taken: an older answer arriving later is stale. */
  private readsStarted = 0;
  private newestTaken = 0;
  readonly status: SettingsStatus = {lastReadAt: null, error: null, appliedAt: null};
  private readonly listeners: ((s: Settings) => void)[] = [];

  constructor(
    private readonly fetchRaw: FetchPluginSettings,
    private readonly logger: Logger,
  ) {}

  current(): Settings {
    return this.settings;
  }

  onChange(listener: (s: Settings) => void): void {
    this.listeners.push(listener);
  }

  /** Reads now. Resolves true when the settings in force are the stored ones. */
  async refresh(): Promise<boolean> {
    const read = ++this.readsStarted;
    let raw: unknown;
    try {
      raw = await this.fetchRaw();
    } catch (err) {
      // A poll started before a read that already answered says nothing about now.
      if (read < this.newestTaken) return this.status.error === null;
      this.newestTaken = read;
      this.status.error = `cannot read plugin settings from Mattermost: ${describe(err)}`;
      this.logger.warn({err: this.status.error}, 'settings read failed; keeping the last good settings');
      return false;
    }
    // The same for its answer: taken, it would put back settings an admin had already changed.
    if (read < this.newestTaken) return this.status.error === null;
    this.newestTaken = read;
    this.status.lastReadAt = isoUtc(Date.now());
    const result = validateSettings(raw);
    if (!result.ok) {
      const e = explain(result.error.failure);
      if (this.status.error !== e.user) this.logger[e.level]({err: e.user}, e.log);
      this.status.error = e.user;
      return false;
    }
    this.status.error = null;
    const text = JSON.stringify(result.value);
    if (text !== this.lastRaw) {
      const first = this.lastRaw === '';
      this.lastRaw = text;
      this.settings = result.value;
      this.status.appliedAt = this.status.lastReadAt;
      this.logger.info({settings: result.value}, first ? 'settings loaded' : 'settings changed');
      for (const l of this.listeners) l(result.value);
    }
    return true;
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.refresh(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
