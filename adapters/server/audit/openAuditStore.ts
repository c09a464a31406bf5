import { openAuditLog, type AuditLog } from './auditLog.js';
import { openPostgresAuditLog } from './postgresAuditLog.js';
import { isPostgresUrl } from './_internals/postgresTarget.js';

/**
 * Opens the audit trail a configuration names: a `postgres://` or
 * `postgresql://` URL opens the PostgreSQL trail (`openPostgresAuditLog`),
 * anything else is a SQLite file path (`openAuditLog`; `:memory:` only when
 * asked). Rejects when the store cannot be opened.
 *
 * Implements REQ-SRV-004, REQ-SRV-007.
 */
export async function openAuditStore(target: string): Promise<AuditLog> {
  return isPostgresUrl(target) ? openPostgresAuditLog(target) : openAuditLog(target);
}
