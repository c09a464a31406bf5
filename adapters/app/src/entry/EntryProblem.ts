import type { Code } from '../../../../core/index.js';

/**
 * A number the clinician typed and the app refused before the engine saw it:
 * a stable code, the wire path of the field and a message in words.
 *
 * Implements REQ-APP-003.
 * @since 0.1.0
 */
export interface EntryProblem {
  readonly code: EntryCode | Code;
  readonly path: string;
  readonly message: string;
}

/**
 * The app's entry codes. The engine's own codes (`INVALID_QUANTITY`,
 * `REFUSED_UNIT`, ...) pass through unchanged; these cover what the wire
 * format accepts but ISMP lists as error-prone on a screen.
 * @since 0.1.0
 */
export const ENTRY_CODES = [
  'ENTRY_REQUIRED',
  'ENTRY_TRAILING_ZERO',
  'ENTRY_NO_LEADING_ZERO',
  'ENTRY_UNIT_IN_NUMBER',
  'ENTRY_SEPARATOR',
  'ENTRY_NOT_A_NUMBER',
  'ENTRY_UNIT_CONFUSION',
  'ENTRY_REASON_REQUIRED',
] as const;

/** One of `ENTRY_CODES`. @since 0.1.0 */
export type EntryCode = (typeof ENTRY_CODES)[number];
