import { CODES, type EngineError, type EngineWarning, type SiteLibraryName } from '../../core/index.js';
import { capErrors } from '../codecs/capErrors.js';
import { versions } from './versions.js';

/**
 * The outcome of one wire-format command: the JSON body to print and the CLI
 * exit code (0 ok, 2 malformed, 3 refused for safety, 1 internal fault).
 *
 * Implements REQ-ERR-002.
 * @since 0.1.0
 */
export interface WireResponse {
  readonly exitCode: 0 | 1 | 2 | 3;
  readonly body: { readonly ok: boolean } & Readonly<Record<string, unknown>>;
}

/**
 * A successful response: the command's fields, then `warnings`, then
 * `versions` (engine, wire format, drug and pump library: what the answer
 * depends on, so that a stored answer says what produced it).
 *
 * @example
 * import { okResponse } from './WireResponse.js';
 * okResponse({ discrepancy: '2.5 mL' }, []).body.ok; // true
 *
 * Implements REQ-ERR-002, REQ-PKG-005.
 * @since 0.1.0
 */
export function okResponse(fields: Readonly<Record<string, unknown>>, warnings: readonly EngineWarning[], site?: SiteLibraryName): WireResponse {
  return { exitCode: 0, body: { ok: true, ...fields, warnings: warnings.map(plain), versions: versions(site) } };
}

/**
 * A refusal: `errors` (non-empty), exit code 2 if any error is a malformed
 * request, else 3 if any is a safety refusal, else 1, decided from every
 * error given. The list printed is capped: the first 100, then one
 * `ERRORS_TRUNCATED` entry with the number left out (which never decides the
 * exit code). `versions` follows, as in every response.
 *
 * @example
 * import { errorResponse } from './WireResponse.js';
 * errorResponse([{ code: 'UNKNOWN_DRUG', path: 'therapy.drug', message: '...' }]).exitCode; // 3
 *
 * Implements REQ-ERR-001, REQ-ERR-002, REQ-INPUT-002, REQ-PKG-005.
 * @since 0.1.0
 */
export function errorResponse(errors: readonly EngineError[], site?: SiteLibraryName): WireResponse {
  // A code outside the catalogue (a caller's hand-built error) counts as an internal fault, never a throw;
  // the truncation entry never decides the exit code.
  const kinds = new Set(errors.filter((e) => e.code !== 'ERRORS_TRUNCATED').map((e) => (Object.prototype.hasOwnProperty.call(CODES, e.code) ? CODES[e.code].kind : 'internal')));
  const exitCode = errors.length === 0 ? 1 : kinds.has('internal') ? 1 : kinds.has('malformed') ? 2 : kinds.has('refusal') ? 3 : 1;
  const list = errors.length === 0 ? [{ code: 'INTERNAL_ERROR', path: '', message: 'refusal without a reason (a bug)' }] : capErrors(errors).map(plain);
  return { exitCode, body: { ok: false, errors: list, versions: versions(site) } };
}

function plain(e: EngineError): { code: string; path: string; message: string } {
  return { code: e.code, path: e.path, message: e.message };
}
