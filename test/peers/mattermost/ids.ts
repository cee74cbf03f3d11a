/** Mattermost ids: 26 characters of its own base32 alphabet (model.NewId). Tokens use the same format. */
import {randomBytes} from 'node:crypto';

const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export function newId(): string {
  const bytes = randomBytes(26);
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 31];
  return id;
}

/** model.IsValidId: 26 lowercase alphanumerics. */
export function isValidId(value: string): boolean {
  return /^[a-z0-9]{26}$/.test(value);
}
