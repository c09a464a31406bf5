import { GENESIS_HASH, recordHash } from '../recordHash.js';
import type { ServerCode } from '../../_internals/serverCodes.js';

/** One stored record as both stores read it back (column names of the `audit_record` table). */
export interface StoredRow {
  readonly seq: number;
  readonly recorded_at: string;
  readonly key_id: string | null;
  readonly command: string;
  readonly request: string;
  readonly response: string;
  readonly status: number;
  readonly versions: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/** What verifying a trail found: the number of records and the head hash, or the first bad record and why. Implements REQ-SRV-005. */
export type AuditVerdict =
  | { readonly ok: true; readonly records: number; readonly head: string }
  | { readonly ok: false; readonly code: ServerCode; readonly record: number | null; readonly message: string };

/** The state of a walk over the records: the next expected position and the hash it must follow. */
export interface ChainWalk {
  /** Checks the next record; answers the failure verdict, or undefined when the record is good. */
  next(row: StoredRow): AuditVerdict | undefined;
  /** Checks the head row (`undefined`: there is none) against the records walked; answers the final verdict. */
  end(head: { readonly seq: number; readonly hash: string } | undefined): AuditVerdict;
}

/**
 * The chain check both audit stores share: the n-th record read must have
 * `seq` n and the previous record's hash as `prev_hash` (the first: 64
 * zeros), else `AUDIT_CHAIN_BROKEN`; it must hash (`recordHash`) to its
 * stored `hash`, else `AUDIT_RECORD_CHANGED`; the head must name the last
 * record (a head at seq 0 with the genesis hash, or none, names an empty
 * trail), else `AUDIT_HEAD_MISMATCH`. Linear in the records, constant memory.
 *
 * Implements REQ-SRV-005.
 */
export function walkChain(): ChainWalk {
  let expected = 1;
  let prev = GENESIS_HASH;
  return {
    next(row) {
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
      return undefined;
    },
    end(head) {
      const count = expected - 1;
      const headSeq = head?.seq ?? 0;
      const headHash = head?.hash ?? GENESIS_HASH;
      if (headSeq !== count || headHash !== prev) {
        return { ok: false, code: 'AUDIT_HEAD_MISMATCH', record: Math.min(count, headSeq) + 1, message: `the chain head names record ${headSeq}, but the trail ends at record ${count}: records were deleted at the end, or the head was changed` };
      }
      return { ok: true, records: count, head: prev };
    },
  };
}
