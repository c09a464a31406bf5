import pg from 'pg';
import { GENESIS_HASH, recordHash, type AuditEntry, type AuditRecord } from './recordHash.js';
import { groupCommit } from './_internals/groupCommit.js';
import { POSTGRES_SCHEMA, SCHEMA_LOCK_KEY } from './_internals/postgresTarget.js';
import type { AuditLog } from './auditLog.js';

const COLUMNS = 10;

function headOf(row: { seq: string | number; hash: string } | undefined): { seq: number; hash: string } {
  if (row === undefined) throw new Error('the audit_head row is missing');
  const seq = Number(row.seq);
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error('the audit_head row holds no valid seq');
  return { seq, hash: row.hash };
}

/**
 * Opens the PostgreSQL audit trail at `url` (one connection URL), creating
 * its tables if needed (under an advisory lock, so instances starting
 * together do not race) and the head row (seq 0, the genesis hash).
 *
 * Several server instances may append to one database at once: the chain
 * head is serialized in the database, not in the process. Each batch of
 * appends is one transaction that locks the head row (`SELECT ... FOR
 * UPDATE`), chains its records after it, inserts them, moves the head and
 * commits with `synchronous_commit = on` (the commit has reached the
 * server's write-ahead log on disk); only then does `append` settle. A
 * failed transaction is rolled back, its connection dropped, and every
 * append of it rejected (a commit whose answer was lost may still have
 * written its records: a recorded calculation whose answer is withheld).
 * Group commit as for SQLite: the appends of concurrent requests share a
 * transaction (at most `MAX_AUDIT_BATCH`).
 *
 * Implements REQ-SRV-007, REQ-SRV-004.
 */
export async function openPostgresAuditLog(url: string): Promise<AuditLog> {
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 });
  // An idle client that errors (the server restarted) is dropped by the pool; without a listener the process would end.
  pool.on('error', () => undefined);
  try {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
      await c.query(POSTGRES_SCHEMA);
      await c.query('INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, $1) ON CONFLICT (id) DO NOTHING', [GENESIS_HASH]);
      await c.query('COMMIT');
    } catch (e: unknown) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  } catch (e: unknown) {
    await pool.end();
    throw e;
  }

  async function commit(entries: readonly AuditEntry[]): Promise<{ seq: number; hash: string }[]> {
    const c = await pool.connect();
    let failed: Error | undefined;
    try {
      await c.query('BEGIN; SET LOCAL synchronous_commit TO on');
      let { seq, hash: prevHash } = headOf((await c.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE')).rows[0]);
      const values: unknown[] = [];
      const out: { seq: number; hash: string }[] = [];
      for (const entry of entries) {
        const record: AuditRecord = { ...entry, seq: seq + 1, prevHash };
        const hash = recordHash(record);
        values.push(record.seq, record.recordedAt, record.keyId, record.command, record.request, record.response, record.status, record.versions, record.prevHash, hash);
        seq = record.seq;
        prevHash = hash;
        out.push({ seq, hash });
      }
      const rows = entries.map((_e, r) => `(${Array.from({ length: COLUMNS }, (_x, k) => `$${r * COLUMNS + k + 1}`).join(', ')})`).join(', ');
      await c.query(`INSERT INTO audit_record (seq, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash) VALUES ${rows}`, values);
      await c.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1', [seq, prevHash]);
      await c.query('COMMIT');
      return out;
    } catch (e: unknown) {
      failed = e instanceof Error ? e : new Error('audit transaction failed');
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      // A connection whose transaction failed is not reused (it may be broken, or mid-commit).
      c.release(failed);
    }
  }

  const batches = groupCommit(commit);
  return {
    append: (entry) => batches.submit(entry),
    close: async () => {
      await batches.drain();
      await pool.end();
    },
    durability: 'PostgreSQL, synchronous_commit=on (each commit flushed to the write-ahead log on disk), the chain head locked in the database (SELECT ... FOR UPDATE), group commit, answered after the commit',
  };
}
