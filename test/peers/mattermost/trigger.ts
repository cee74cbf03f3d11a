/**
 * Trigger ids, built like Mattermost's model.GenerateTriggerId: base64 of
 * "<clientTriggerId>:<userId>:<millis>:<base64 ECDSA-SHA256 signature>". The integration receives the
 * signed id; the clicking client only receives the short clientTriggerId. The signed id is the only
 * credential /actions/dialogs/open accepts, and it expires after `ttlMs`.
 */
import {generateKeyPairSync, sign, verify, type KeyObject} from 'node:crypto';
import {AppError} from './errors';
import {newId} from './ids';

export interface IssuedTrigger {
  clientTriggerId: string;
  triggerId: string;
}

export interface VerifiedTrigger {
  clientTriggerId: string;
  userId: string;
}

const decodeError = (id: string, detail = ''): AppError =>
  new AppError(400, `interactive_message.decode_trigger_id.${id}`, 'Unable to open the dialog: invalid trigger id.', detail);

export class TriggerSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(
    public ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    const pair = generateKeyPairSync('ec', {namedCurve: 'P-256'});
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  issue(userId: string): IssuedTrigger {
    const clientTriggerId = newId();
    const data = `${clientTriggerId}:${userId}:${this.now()}:`;
    const signature = sign('sha256', Buffer.from(data), this.privateKey).toString('base64');
    return {clientTriggerId, triggerId: Buffer.from(data + signature).toString('base64')};
  }

  verify(triggerId: string): VerifiedTrigger {
    const decoded = Buffer.from(triggerId, 'base64').toString('utf8');
    const parts = decoded.split(':');
    if (parts.length !== 4) throw decodeError('missing_data', 'expected 4 colon-separated parts');
    const [clientTriggerId, userId, millis, signature] = parts as [string, string, string, string];
    const issuedAt = Number.parseInt(millis, 10);
    if (!Number.isFinite(issuedAt) || this.now() - issuedAt > this.ttlMs) {
      const error = new AppError(400, 'interactive_message.decode_trigger_id.expired', `Trigger ID for interactive dialog is expired. Maximum TTL is ${this.ttlMs}ms.`);
      throw error;
    }
    const ok = verify('sha256', Buffer.from(`${clientTriggerId}:${userId}:${millis}:`), this.publicKey, Buffer.from(signature, 'base64'));
    if (!ok) throw decodeError('verify_signature_failed');
    return {clientTriggerId, userId};
  }
}
