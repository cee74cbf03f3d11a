/**
 * Reads and writes RequestRecords in Teleport plugin data with compare-and-swap, retrying
 * conflicts with jittered backoff (1 ms–1 s, as Teleport's plugins do). Keeps the last record
 * seen per request in memory because Teleport deletes plugin data together with the request:
 * the DELETE of an expired request can only be handled from what we remembered.
 */
import type {TeleportPort} from '../teleport/port';
import {TeleportError} from '../teleport/port';
import {decodeRecord, encodeRecord, type RequestRecord} from './record';

const MAX_CAS_ATTEMPTS = 12;

export class RecordStore {
  private readonly remembered = new Map<string, RequestRecord>();

  constructor(
    private readonly teleport: TeleportPort,
    private readonly pluginName: string,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async load(requestId: string): Promise<RequestRecord> {
    const record = decodeRecord(await this.teleport.getPluginData(requestId, this.pluginName));
    this.remembered.set(requestId, record);
    return record;
  }

  lastKnown(requestId: string): RequestRecord | undefined {
    return this.remembered.get(requestId);
  }

  forget(requestId: string): void {
    this.remembered.delete(requestId);
  }

  get size(): number {
    return this.remembered.size;
  }

  /**
   * Applies `change` atomically. `change` returns the new record, or null to leave it as is
   * (then `changed` is false: someone else already did it). Returns the record as stored.
   */
  async modify(
    requestId: string,
    change: (current: RequestRecord) => RequestRecord | null,
    start?: RequestRecord,
  ): Promise<{record: RequestRecord; changed: boolean}> {
    let current = start ?? (await this.load(requestId));
    for (let attempt = 1; ; attempt++) {
      const next = change(current);
      if (next === null) return {record: current, changed: false};
      try {
        await this.teleport.updatePluginData(requestId, this.pluginName, encodeRecord(next), encodeRecord(current));
        this.remembered.set(requestId, next);
        return {record: next, changed: true};
      } catch (err) {
        if (!(err instanceof TeleportError) || err.kind !== 'CompareFailed' || attempt >= MAX_CAS_ATTEMPTS) throw err;
        await this.sleep(Math.random() * Math.min(1000, 2 ** attempt));
        current = await this.load(requestId);
      }
    }
  }
}
