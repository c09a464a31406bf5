import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { GENESIS_HASH, recordHash } from './recordHash.js';
import type { ServerCode } from '../_internals/serverCodes.js';

/** What verifying a trail found: the number of records and the head hash, or the first bad record and why. Implements REQ-SRV-005. */
export type AuditVerdict =
  | { readonly ok: true; readonly records: number; readonly head: string }
  | { readonly ok: false; readonly code: ServerCode; readonly record: number | null; readonly message: string };

interface Row {
  seq: number;
  recorded_at: string;
  key_id: string | null;
  command: string;
  request: string;
  response: string;
  status: number;
  versions: string;
  prev_hash: string;
  hash: string;
}

/**
 * Verifies the audit trail at `path`, opened read-only: records are read in
 * storage order; the n-th must have `seq` n, the previous record's hash as
 * `prev_hash` (the first: 64 zeros), and hash (`recordHash`) to its stored
 * `hash`; the head must name the last record. The first record that fails
 * is named (`record`: its position, 1-based): `AUDIT_RECORD_CHANGED` when its
 * content no longer gives its hash, `AUDIT_CHAIN_BROKEN` when it does not
 * follow the one before (deleted, inserted or moved), `AUDIT_HEAD_MISMATCH`
 * when records are missing or added at the end (the first record past the
 * shorter of the two is named). Never throws.
 *
 * Implements REQ-SRV-005.
 */
export function verifyAudit(path: string): AuditVerdict {
  let db: BetterSqlite3.Database | undefined;
  try {
    // Loaded here, not at the top: the single-file CLI carries this verifier, and the native SQLite
    // module stays outside it (loaded from node_modules only when `itdose audit verify` runs).
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.prepare<[], Row>('SELECT seq, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash FROM audit_record ORDER BY rowid').iterate();
    let expected = 1;
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const at = expected;
      if (row.seq !== at || row.prev_hash !== prev) {
        return { ok: false, code: 'AUDIT_CHAIN_BROKEN', record: at, message: `record ${at} (stored as seq ${row.seq}) does not follow record ${at - 1}: a record was deleted, inserted or moved here` };
      }
      const hash = recordHash({ seq: row.seq, recordedAt: row.recorded_at, keyId: row.key_id, command: row.command, request: row.request, response: row.response, status: row.status, versions: row.versions, prevHash: row.prev_hash });
      if (hash !== row.hash) {
        return { ok: false, code: 'AUDIT_RECORD_CHANGED', record: at, message: `record ${at} does not hash to its stored hash: its content was changed` };
      }
      prev = row.hash;
      expected += 1;
    }
    const count = expected - 1;
    const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1').get();
    if ((head === undefined && count !== 0) || (head !== undefined && (head.seq !== count || head.hash !== prev))) {
      return { ok: false, code: 'AUDIT_HEAD_MISMATCH', record: Math.min(count, head?.seq ?? 0) + 1, message: `the chain head names record ${head?.seq ?? 0}, but the trail ends at record ${count}: records were deleted at the end, or the head was changed` };
    }
    return { ok: true, records: count, head: prev };
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, code: 'AUDIT_UNREADABLE', record: null, message: `cannot read the audit trail (${code})` };
  } finally {
    db?.close();
  }
}
