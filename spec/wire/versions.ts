import { DRUG_LIBRARY_VERSION, PUMP_LIBRARY_VERSION, type SiteLibraryName } from '../../core/index.js';

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
  /** The site library laid over the built-in drug library, only when one was used (REQ-SITE-003). */
  readonly siteLibrary?: SiteLibraryName;
}

/**
 * The engine, wire format, drug library and pump library versions, as one
 * record (what `itdose version` and `itdose --version` print); with a site
 * library, also its name and version (`siteLibrary`), which is absent otherwise
 * (the default answer is unchanged).
 *
 * @example
 * import { versions } from './versions.js';
 * versions(); // { engine: '0.1.0', wireFormat: 'v1', drugLibrary: '1.3.0', pumpLibrary: '1.2.0' }
 * versions({ name: 'St Elsewhere', version: '2026-12' }).siteLibrary; // { name: 'St Elsewhere', version: '2026-12' }
 *
 * Implements REQ-PKG-003, REQ-SITE-003.
 * @since 0.1.0
 */
export function versions(site?: SiteLibraryName): Versions {
  const base = { engine: ENGINE_VERSION, wireFormat: WIRE_FORMAT_VERSION, drugLibrary: DRUG_LIBRARY_VERSION, pumpLibrary: PUMP_LIBRARY_VERSION };
  return site === undefined ? base : { ...base, siteLibrary: { name: site.name, version: site.version } };
}
