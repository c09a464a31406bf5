import Database from 'better-sqlite3';
import { GENESIS_HASH, recordHash, type AuditEntry, type AuditRecord } from './recordHash.js';

export type { AuditEntry } from './recordHash.js';

/** An open audit trail: `append` returns once the record is durable (or throws); `close` closes the file. Implements REQ-SRV-004. */
export interface AuditLog {
  append(entry: AuditEntry): { seq: number; hash: string };
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_record (
  seq INTEGER PRIMARY KEY,
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
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);`;

/**
 * Opens (creating if needed) the SQLite audit trail at `path` (`:memory:`
 * keeps it in memory only). The file is in WAL mode with
 * `synchronous=FULL`, so a record is on disk when `append` returns. Each
 * record is chained to the one before by SHA-256 (`recordHash`), and the
 * `audit_head` row names the last record, written in the same transaction,
 * so that records removed from the end are found too.
 *
 * Implements REQ-SRV-004.
 */
export function openAuditLog(path: string): AuditLog {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
  } catch (e: unknown) {
    db.close();
    throw e;
  }
  const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
  const insert = db.prepare(
    'INSERT INTO audit_record (seq, recorded_at, key_id, command, request, response, status, versions, prev_hash, hash) VALUES (@seq, @recordedAt, @keyId, @command, @request, @response, @status, @versions, @prevHash, @hash)',
  );
  const setHead = db.prepare('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash');
  const appendTx = db.transaction((entry: AuditEntry): { seq: number; hash: string } => {
    const last = head.get();
    const record: AuditRecord = { ...entry, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
    const hash = recordHash(record);
    insert.run({ ...record, hash });
    setHead.run(record.seq, hash);
    return { seq: record.seq, hash };
  });
  return {
    append: (entry) => appendTx.immediate(entry),
    close: () => db.close(),
  };
}
