import { createRequire } from 'node:module';
import type Pg from 'pg';
import { walkChain, type AuditVerdict, type StoredRow } from './_internals/walkChain.js';

/** Rows read per round trip while verifying (a bound on the verifier's memory). */
const FETCH_ROWS = 1000;

/**
 * Verifies the PostgreSQL audit trail at `url` by the same chain walk as the
 * SQLite one (`walkChain`), in one read-only transaction at REPEATABLE READ
 * (one snapshot: appends made meanwhile by running servers are not half
 * seen), reading the records in `seq` order through a cursor,
 * `FETCH_ROWS` at a time. Findings and codes as `verifyAudit`; a database
 * that cannot be reached or holds no itdose trail is `AUDIT_UNREADABLE`
 * (the message names the driver's error code, never the URL). Never throws.
 *
 * Implements REQ-SRV-005, REQ-SRV-007.
 */
export async function verifyPostgresAudit(url: string): Promise<AuditVerdict> {
  let client: Pg.Client | undefined;
  try {
    // Loaded here, not at the top: the single-file CLI carries this verifier, and the driver stays outside it.
    const pg = createRequire(import.meta.url)('pg') as typeof Pg;
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const head = (await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1')).rows[0];
    await client.query('DECLARE audit_walk NO SCROLL CURSOR FOR SELECT seq, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash FROM audit_record ORDER BY seq');
    const walk = walkChain();
    for (;;) {
      const rows = (await client.query<Omit<StoredRow, 'seq'> & { seq: string }>(`FETCH ${FETCH_ROWS} FROM audit_walk`)).rows;
      for (const row of rows) {
        const bad = walk.next({ ...row, seq: Number(row.seq) });
        if (bad !== undefined) return bad;
      }
      if (rows.length < FETCH_ROWS) break;
    }
    return walk.end(head === undefined ? undefined : { seq: Number(head.seq), hash: head.hash });
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, code: 'AUDIT_UNREADABLE', record: null, message: `cannot read the audit trail (${code})` };
  } finally {
    await client?.end().catch(() => undefined);
  }
}
