/**
 * The codes the HTTP adapter and the audit trail answer with, beside the
 * engine's catalogue (`core/errors/codes.ts`): refusals that exist only over
 * HTTP (a missing key, a wrong media type, a slow request) and the audit
 * chain's findings. Stable like the engine's: a code keeps its meaning.
 *
 * Implements REQ-SRV-002, REQ-SRV-004, REQ-SRV-005.
 */
export const SERVER_CODES = {
  UNAUTHORIZED: 'No API key, or one the server does not know (HTTP 401).',
  UNSUPPORTED_MEDIA_TYPE: 'The request body is not application/json (HTTP 415).',
  REQUEST_TIMEOUT: 'The request was not received within the time bound (HTTP 408).',
  NOT_FOUND: 'No endpoint at this method and path (HTTP 404).',
  AUDIT_WRITE_FAILED: 'The calculation could not be recorded in the audit trail, so its answer is withheld (HTTP 500).',
  AUDIT_UNREADABLE: 'The audit file cannot be opened or is not an itdose audit trail.',
  AUDIT_RECORD_CHANGED: 'A record does not hash to its stored hash: its content was changed.',
  AUDIT_CHAIN_BROKEN: 'A record does not follow the one before it (a record deleted, inserted or moved).',
  AUDIT_HEAD_MISMATCH: 'The chain head does not name the last record (records deleted at the end, or the head changed).',
} as const;

/** One of {@link SERVER_CODES}. Implements REQ-SRV-002, REQ-SRV-005. */
export type ServerCode = keyof typeof SERVER_CODES;

/** An error body in the contract's shape: `{ ok: false, errors: [{ code, path, message }] }`, plus any extra fields. */
export function serverError(code: ServerCode, message: string, extra: Readonly<Record<string, unknown>> = {}): { ok: false; errors: { code: string; path: string; message: string }[] } & Record<string, unknown> {
  return { ok: false, errors: [{ code, path: '', message }], ...extra };
}
