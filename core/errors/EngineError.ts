import type { Code } from './codes.js';

/**
 * One problem with a request: a stable code, the dotted path of the field in the
 * request (`""` for the whole document), and a message for people.
 *
 * Implements REQ-ERR-001, REQ-ERR-003 (every error names its path).
 * @since 0.1.0
 */
export interface EngineError {
  readonly code: Code;
  readonly path: string;
  readonly message: string;
}

/**
 * A warning attached to a successful result; same shape as an error.
 * @since 0.1.0
 */
export type EngineWarning = EngineError;

/**
 * Builds an {@link EngineError}.
 *
 * @example
 * import { engineError } from './EngineError.js';
 * engineError('UNKNOWN_FIELD', 'therapy.doze', 'unknown field "doze"').code; // "UNKNOWN_FIELD"
 *
 * Implements REQ-ERR-001.
 * @since 0.1.0
 */
export function engineError(code: Code, path: string, message: string): EngineError {
  return { code, path, message };
}
