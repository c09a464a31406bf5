import { DRUG_LIBRARY_VERSION, PUMP_LIBRARY_VERSION } from '../../core/index.js';

/**
 * The engine's version: the `version` of its `package.json` (a test keeps the
 * two equal; the core reads no file, so the number is written here).
 * What it promises: `docs/versioning.md`.
 *
 * Implements REQ-PKG-003.
 * @since 0.1.0
 */
export const ENGINE_VERSION = '0.1.0';

/**
 * The wire format this engine speaks: the contract's "Wire format v1".
 *
 * Implements REQ-PKG-003.
 * @since 0.1.0
 */
export const WIRE_FORMAT_VERSION = 'v1';

/** Every version an answer depends on. @since 0.1.0 */
export interface Versions {
  readonly engine: string;
  readonly wireFormat: string;
  readonly drugLibrary: string;
  readonly pumpLibrary: string;
}

/**
 * The engine, wire format, drug library and pump library versions, as one
 * record (what `itdose version` and `itdose --version` print).
 *
 * @example
 * import { versions } from './versions.js';
 * versions(); // { engine: '0.1.0', wireFormat: 'v1', drugLibrary: '1.3.0', pumpLibrary: '1.2.0' }
 *
 * Implements REQ-PKG-003.
 * @since 0.1.0
 */
export function versions(): Versions {
  return { engine: ENGINE_VERSION, wireFormat: WIRE_FORMAT_VERSION, drugLibrary: DRUG_LIBRARY_VERSION, pumpLibrary: PUMP_LIBRARY_VERSION };
}
