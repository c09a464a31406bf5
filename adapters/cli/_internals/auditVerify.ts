import type { WireResponse } from '../../../spec/wire/WireResponse.js';
import { versions } from '../../../spec/wire/versions.js';
import { verifyAudit } from '../../server/audit/verifyAudit.js';
import { verifyPostgresAudit } from '../../server/audit/verifyPostgresAudit.js';
import { isPostgresUrl } from '../../server/audit/_internals/postgresTarget.js';

/**
 * `itdose audit verify PATH|URL`: checks the HTTP server's audit trail (its
 * hash chain and head), a SQLite file or, given a `postgres://` URL, the
 * PostgreSQL trail, and answers `{ ok: true, records, head }` (exit 0), or
 * `{ ok: false, errors: [...], firstBadRecord }` naming the first record that
 * was changed, deleted, moved or inserted (exit 1). Only the arguments are
 * read here; the check is the server's own (`verifyAudit`).
 *
 * Implements REQ-SRV-005, REQ-SRV-007.
 */
export async function auditVerify(args: readonly string[]): Promise<WireResponse> {
  const [sub, path, ...more] = args;
  if (sub !== 'verify' || path === undefined || path === '' || more.length > 0) {
    return { exitCode: 2, body: { ok: false, errors: [{ code: 'UNKNOWN_FIELD', path: '', message: 'usage: itdose audit verify PATH|postgres://URL' }], versions: versions() } };
  }
  const v = isPostgresUrl(path) ? await verifyPostgresAudit(path) : verifyAudit(path);
  if (v.ok) return { exitCode: 0, body: { ok: true, records: v.records, head: v.head, versions: versions() } };
  return {
    exitCode: 1,
    body: { ok: false, errors: [{ code: v.code, path: v.record === null ? '' : `records[${v.record}]`, message: v.message }], firstBadRecord: v.record, versions: versions() },
  };
}
