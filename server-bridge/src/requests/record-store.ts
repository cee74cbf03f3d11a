/**
 * RequestRecords in Teleport plugin data. Remembers the last record seen of each unresolved
 * request, because Teleport deletes plugin data together with the request: the DELETE of an
 * expired request can only be handled from what we remembered.
 */
import type {TeleportPort} from '../teleport/port';
import {compareAndSwap, type CasResult} from './cas';
import {isResolved} from './context';
import {decodeRecord, EMPTY_RECORD, encodeWrite, sameRecord, type RequestRecord} from './record';

export class RecordStore {
  private readonly remembered = new Map<string, RequestRecord>();
  private revisionCount = 0;
  /** Requests with a Session open in this process (the lease says "us", not which of our tasks). */
  private readonly held = new Set<string>();
  /** Teleport calls made for records, by kind: the per-card cost shown in /metrics. */
  readonly calls = {reads: 0, writes: 0};

  constructor(
    private readonly teleport: Pick<TeleportPort, 'getPluginData' | 'updatePluginData'> & Partial<Pick<TeleportPort, 'listPluginData'>>,
    private readonly pluginName: string,
  ) {}

  async load(requestId: string): Promise<RequestRecord> {
    this.calls.reads++;
    const record = decodeRecord(await this.teleport.getPluginData(requestId, this.pluginName));
    this.remember(requestId, record);
    return record;
  }

  /** In-process exclusion: false when another task of this replica is working on the request. */
  hold(requestId: string): boolean {
    if (this.held.has(requestId)) return false;
    this.held.add(requestId);
    return true;
  }

  unhold(requestId: string): void {
    this.held.delete(requestId);
  }

  isHeld(requestId: string): boolean {
    return this.held.has(requestId);
  }

  /** Remembered requests whose lease is `owner`'s or has run out: work begun and not closed. */
  leasedTo(owner: string, nowMs: number): string[] {
    const ids: string[] = [];
    for (const [id, record] of this.remembered) if (record.lease && (record.lease.owner === owner || record.lease.until < nowMs)) ids.push(id);
    return ids;
  }

  /**
   * Requests whose work is not finished (a lease left behind, or a state never announced), from
   * one listing of our plugin data: after a restart these are found even when the request was
   * resolved while no replica ran and so is in no pending listing.
   */
  async unfinished(): Promise<string[]> {
    if (!this.teleport.listPluginData) return [];
    this.calls.reads++;
    const all = await this.teleport.listPluginData(this.pluginName);
    const ids: string[] = [];
    for (const [id, data] of all) {
      const record = decodeRecord(data);
      if (record.lease !== null || !isResolved(record.stateAnnounced)) ids.push(id);
    }
    return ids;
  }

  lastKnown(requestId: string): RequestRecord | undefined {
    return this.remembered.get(requestId);
  }

  forget(requestId: string): void {
    if (this.remembered.delete(requestId)) this.revisionCount++;
  }

  /** Grows whenever a remembered record changes (a card posted, a lease taken or released). */
  get revision(): number {
    return this.revisionCount;
  }

  get size(): number {
    return this.remembered.size;
  }

  /**
   * Applies `change` with compare-and-swap. Without `start` the record is read first; with
   * `start` (what the caller last saw, or EMPTY_RECORD for a request never seen) it is not.
   */
  async modify(requestId: string, change: (current: RequestRecord) => RequestRecord | null, start?: RequestRecord): Promise<CasResult<RequestRecord>> {
    const result = await compareAndSwap<RequestRecord>(
      {
        read: () => this.load(requestId),
        write: async (next, expected) => {
          this.calls.writes++;
          const {set, expect} = encodeWrite(next, expected);
          await this.teleport.updatePluginData(requestId, this.pluginName, set, expect);
        },
      },
      change,
      start,
    );
    this.remember(requestId, result.value);
    return result;
  }

  private remember(requestId: string, record: RequestRecord): void {
    // Kept only for an expiry still to announce: an empty or settled record needs no memory.
    const before = this.remembered.get(requestId);
    if (record === EMPTY_RECORD || (isResolved(record.stateAnnounced) && record.lease === null)) this.remembered.delete(requestId);
    else this.remembered.set(requestId, record);
    // A re-read that found the same record (a reminder scan) is no change.
    const after = this.remembered.get(requestId);
    if (before !== after && (before === undefined || after === undefined || !sameRecord(before, after))) this.revisionCount++;
  }
}
