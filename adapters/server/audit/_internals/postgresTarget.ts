import { auditTables } from './auditTables.js';

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
export const POSTGRES_SCHEMA = auditTables('BIGINT');

/** The advisory lock key under which instances create the tables (so that two starting at once do not race). */
export const SCHEMA_LOCK_KEY = 0x17d05e;
