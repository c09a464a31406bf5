import { createHash, timingSafeEqual } from 'node:crypto';

/** One configured key: its public ID and the SHA-256 of the key (the key itself is never held). Implements REQ-SRV-006. */
export interface ApiKey {
  readonly id: string;
  readonly sha256: Buffer;
}

/** The most keys a configuration may list (a bound on the work of each check). Implements REQ-SRV-006. */
export const MAX_API_KEYS = 1000;

/** SHA-256 of a key's UTF-8 bytes, as lower-case hex (what `ITDOSE_API_KEYS` lists). Implements REQ-SRV-006. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Reads a key list: entries `ID=SHA256HEX`, separated by commas, white space
 * or new lines (lines starting with `#` are comments). The ID is what the
 * audit trail records; the hex is SHA-256 of the key. Anything else is an
 * error naming the entry's position (never its text, which could be a key).
 *
 * Implements REQ-SRV-006.
 */
export function parseApiKeys(text: string): { ok: true; keys: ApiKey[] } | { ok: false; message: string } {
  const entries = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .join(' ')
    .split(/[\s,]+/)
    .filter((e) => e !== '');
  if (entries.length > MAX_API_KEYS) return { ok: false, message: `more than ${MAX_API_KEYS} API keys` };
  const keys: ApiKey[] = [];
  for (const [i, e] of entries.entries()) {
    const m = /^([A-Za-z0-9._-]{1,64})=([0-9a-f]{64})$/.exec(e);
    if (m === null || m[1] === undefined || m[2] === undefined) {
      return { ok: false, message: `API key entry ${i + 1} is not ID=SHA256HEX (an ID of 1 to 64 letters, digits, '.', '_' or '-', then 64 lower-case hex digits)` };
    }
    if (keys.some((k) => k.id === m[1])) return { ok: false, message: `API key ID ${m[1]} is listed twice` };
    keys.push({ id: m[1], sha256: Buffer.from(m[2], 'hex') });
  }
  return { ok: true, keys };
}

/**
 * The ID of the key an `Authorization: Bearer KEY` header presents, or
 * undefined when there is none or it matches no configured key. Compares
 * SHA-256 digests in constant time.
 *
 * Implements REQ-SRV-006.
 */
export function keyIdFor(authorization: string | undefined, keys: readonly ApiKey[]): string | undefined {
  if (authorization === undefined) return undefined;
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(authorization);
  if (m === null || m[1] === undefined) return undefined;
  const digest = createHash('sha256').update(m[1], 'utf8').digest();
  let found: string | undefined;
  for (const k of keys) if (timingSafeEqual(digest, k.sha256)) found ??= k.id;
  return found;
}
