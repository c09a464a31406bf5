/** Whether an audit target names a PostgreSQL database (`postgres://` or `postgresql://`) rather than a SQLite file. Implements REQ-SRV-007. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** A PostgreSQL URL fit to print: scheme, host, port and database, never the user name or password. Implements REQ-SRV-007. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** The tables of the PostgreSQL trail: the same columns as the SQLite one, and the head row that serializes appends. */
export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_record (
  seq BIGINT PRIMARY KEY,
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
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);`;

/** The advisory lock key under which instances create the tables (so that two starting at once do not race). */
export const SCHEMA_LOCK_KEY = 0x17d05e;
