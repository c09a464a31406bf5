/**
 * The codes the HTTP adapter and the audit trail answer with, beside the
 * engine's catalogue (`core/errors/codes.ts`): refusals that exist only over
 * HTTP (a missing key, a wrong media type, a slow request) and the audit
 * chain's findings (answered by `itdose audit verify`, exit 1, no HTTP
 * status). Each with its HTTP status and meaning. Stable like the engine's:
 * a code keeps its meaning and status; the list is published
 * (test/vectors/golden/server-codes.json) and enumerated by the OpenAPI
 * document's `server.error` schema.
 *
 * Implements REQ-SRV-002, REQ-SRV-004, REQ-SRV-005, REQ-SRV-008.
 */
export const SERVER_CODES = {
  UNAUTHORIZED: { status: 401, meaning: 'No API key, or one the server does not know.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'The request body is not application/json.' },
  REQUEST_TIMEOUT: { status: 408, meaning: 'The request was not received and answered within the time bound.' },
  NOT_FOUND: { status: 404, meaning: 'No endpoint at this method and path.' },
  AUDIT_WRITE_FAILED: { status: 500, meaning: 'The calculation could not be recorded in the audit trail, so its answer is withheld.' },
  AUDIT_UNREADABLE: { status: null, meaning: 'The audit file or database cannot be opened or is not an itdose audit trail.' },
  AUDIT_RECORD_CHANGED: { status: null, meaning: 'A record does not hash to its stored hash: its content was changed.' },
  AUDIT_CHAIN_BROKEN: { status: null, meaning: 'A record does not follow the one before it (a record deleted, inserted or moved).' },
  AUDIT_HEAD_MISMATCH: { status: null, meaning: 'The chain head does not name the last record (records deleted at the end, or the head changed).' },
} as const satisfies Readonly<Record<string, { readonly status: number | null; readonly meaning: string }>>;

/** One of {@link SERVER_CODES}. Implements REQ-SRV-002, REQ-SRV-005, REQ-SRV-008. */
export type ServerCode = keyof typeof SERVER_CODES;

/** An error body in the contract's shape: `{ ok: false, errors: [{ code, path, message }] }`, plus any extra fields. Implements REQ-SRV-002. */
export function serverError(code: ServerCode, message: string, extra: Readonly<Record<string, unknown>> = {}): { ok: false; errors: { code: string; path: string; message: string }[] } & Record<string, unknown> {
  return { ok: false, errors: [{ code, path: '', message }], ...extra };
}
