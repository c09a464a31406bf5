import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { walkChain, type AuditVerdict, type StoredRow } from './_internals/walkChain.js';

export type { AuditVerdict } from './_internals/walkChain.js';

/**
 * Verifies the SQLite audit trail at `path`, opened read-only: records are
 * read in storage order and checked by the shared chain walk (`walkChain`):
 * the n-th must have `seq` n, the previous record's hash as `prev_hash` (the
 * first: 64 zeros), and hash (`recordHash`) to its stored `hash`; the head
 * must name the last record. The first record that fails is named
 * (`record`: its position, 1-based): `AUDIT_RECORD_CHANGED` when its content
 * no longer gives its hash, `AUDIT_CHAIN_BROKEN` when it does not follow the
 * one before (deleted, inserted or moved), `AUDIT_HEAD_MISMATCH` when records
 * are missing or added at the end (the first record past the shorter of the
 * two is named). Never throws.
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
    const rows = db.prepare<[], StoredRow>('SELECT seq, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash FROM audit_record ORDER BY rowid').iterate();
    const walk = walkChain();
    for (const row of rows) {
      const bad = walk.next(row);
      if (bad !== undefined) return bad;
    }
    return walk.end(db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1').get());
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, code: 'AUDIT_UNREADABLE', record: null, message: `cannot read the audit trail (${code})` };
  } finally {
    db?.close();
  }
}
