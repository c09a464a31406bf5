/**
 * The audit trail's two tables, written once for both stores: `audit_record`
 * (one row per calculation, chained by `prev_hash`/`hash`) and `audit_head`
 * (the one row that holds the chain's head, so that appends are serialized in
 * the database). The stores differ only in the type of the sequence number:
 * SQLite's `INTEGER` is 64-bit, PostgreSQL's is 32-bit, so PostgreSQL takes
 * `BIGINT`. Implements REQ-SRV-004, REQ-SRV-007.
 */
export function auditTables(seqType: 'INTEGER' | 'BIGINT'): string {
  return `
CREATE TABLE IF NOT EXISTS audit_record (
  seq ${seqType} PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  key_id TEXT,
  command TEXT NOT NULL,
  request TEXT NOT NULL,
  response TEXT NOT NULL,
  status INTEGER NOT NULL,
  versions TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq ${seqType} NOT NULL,
  hash TEXT NOT NULL
);`;
}
