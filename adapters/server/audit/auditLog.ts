import Database from 'better-sqlite3';
import { GENESIS_HASH, recordHash, type AuditEntry, type AuditRecord } from './recordHash.js';
import { groupCommit } from './_internals/groupCommit.js';
import { auditTables } from './_internals/auditTables.js';

export type { AuditEntry } from './recordHash.js';

/**
 * An open audit trail: `append` settles once the record is durable (or
 * rejects, and then the record may not be counted on); `close` waits for the
 * appends under way and closes the store. `durability` says, for people,
 * what "durable" means for this store. Implements REQ-SRV-004, REQ-SRV-007.
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<{ seq: number; hash: string }>;
  close(): Promise<void>;
  readonly durability: string;
}

const SCHEMA = auditTables('INTEGER');

/** The SQLite trail's durability setting, as `PRAGMA synchronous` names it. Implements REQ-SRV-007. */
export const SQLITE_SYNCHRONOUS = 'FULL';

/**
 * Opens (creating if needed) the SQLite audit trail at `path` (`:memory:`
 * keeps it in memory only). The file is in WAL mode with
 * `synchronous=FULL`, so a record is on disk when `append` settles. Each
 * record is chained to the one before by SHA-256 (`recordHash`), and the
 * `audit_head` row names the last record, written in the same transaction,
 * so that records removed from the end are found too. The head is read
 * inside a `BEGIN IMMEDIATE` transaction, so several processes may append
 * to one file (each waits up to 5 s for the write lock).
 *
 * Group commit: the appends of concurrent requests are written by one
 * transaction (at most `MAX_AUDIT_BATCH` records, one commit and one sync
 * for all), and each `append` settles only after that commit.
 *
 * Implements REQ-SRV-004, REQ-SRV-007.
 */
export function openAuditLog(path: string): AuditLog {
  const db = new Database(path, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${SQLITE_SYNCHRONOUS}`);
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
  const appendTx = db.transaction((entries: readonly AuditEntry[]): { seq: number; hash: string }[] => {
    const last = head.get();
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const out: { seq: number; hash: string }[] = [];
    for (const entry of entries) {
      const record: AuditRecord = { ...entry, seq: seq + 1, prevHash };
      const hash = recordHash(record);
      insert.run({ ...record, hash });
      seq = record.seq;
      prevHash = hash;
      out.push({ seq, hash });
    }
    setHead.run(seq, prevHash);
    return out;
  });
  const batches = groupCommit((entries: readonly AuditEntry[]) => appendTx.immediate(entries));
  return {
    append: (entry) => batches.submit(entry),
    close: async () => {
      await batches.drain();
      db.close();
    },
    durability: path === ':memory:' ? 'none: SQLite in memory, lost when the process ends' : `SQLite file, journal_mode=WAL, synchronous=${SQLITE_SYNCHRONOUS}, group commit (one transaction and one sync per batch of concurrent appends), answered after the commit`,
  };
}
