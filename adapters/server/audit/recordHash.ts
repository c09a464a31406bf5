import { createHash } from 'node:crypto';

/** The hash the first record follows: 64 zeros. Implements REQ-SRV-004. */
export const GENESIS_HASH = '0'.repeat(64);

/** The format tag at the head of every record's canonical form; a new form gets a new tag. Implements REQ-SRV-004. */
export const AUDIT_FORMAT = 'itdose-audit-v1';

/** What one calculation leaves in the trail (the adapter supplies the time; the core has no clock). Implements REQ-SRV-004. */
export interface AuditEntry {
  readonly recordedAt: string;
  readonly keyId: string | null;
  readonly command: string;
  readonly request: string;
  readonly response: string;
  readonly status: number;
  readonly versions: string;
}

/** One audit record as stored: the entry, its place in the chain and the hash it follows (every field a string or an integer; `keyId` null when no keys are configured). Implements REQ-SRV-004. */
export interface AuditRecord extends AuditEntry {
  readonly seq: number;
  readonly prevHash: string;
}

/**
 * The canonical serialisation of a record: the JSON text (`JSON.stringify`,
 * no spaces) of the array `[AUDIT_FORMAT, seq, recordedAt, keyId, command,
 * request, response, status, versions, prevHash]`, in that order, encoded as
 * UTF-8. Every field is a string, an integer or null, so the text is the
 * same on every platform; `request` is the request text as received,
 * `response` the JSON text of the answer sent.
 *
 * Implements REQ-SRV-004.
 */
export function canonicalRecord(r: AuditRecord): string {
  return JSON.stringify([AUDIT_FORMAT, r.seq, r.recordedAt, r.keyId, r.command, r.request, r.response, r.status, r.versions, r.prevHash]);
}

/**
 * A record's hash: SHA-256 of its canonical serialisation (which holds the
 * previous record's hash), as lower-case hex. Changing, deleting, moving or
 * inserting a record changes the hash of it or of the one after it.
 *
 * Implements REQ-SRV-004.
 */
export function recordHash(r: AuditRecord): string {
  return createHash('sha256').update(canonicalRecord(r), 'utf8').digest('hex');
}
