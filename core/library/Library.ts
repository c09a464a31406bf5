import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../errors/EngineError.js';
import { hasOwn, isPlainArray, isPlainObject, ownData, ownTable } from '../request/ownProperties.js';
import type { ConversionChain } from './conversions.js';
import type { SitePump } from './sitePumps.js';
import { DRUG_LIBRARY, DRUG_LIBRARY_VERSION, DRUG_NAMES, type DrugEntry } from './drugs.js';

/**
 * The name and version a site library gives itself; every response computed
 * with it names them (`versions.siteLibrary`).
 *
 * Implements REQ-SITE-003.
 * @since 0.1.0
 */
export interface SiteLibraryName {
  readonly name: string;
  readonly version: string;
}

/**
 * The drug tables a command reads: the built-in library, or the built-in one
 * with a site's entries laid over it (`applySiteLibrary`). Frozen,
 * null-prototype, read by own property only. `site` is present only when a
 * site library was laid over the built-in one.
 *
 * Implements REQ-SITE-001.
 * @since 0.1.0
 */
export interface Library {
  /** The version of the built-in drug library underneath. */
  readonly drugLibraryVersion: string;
  /** The effective drug entries, keyed by lower-case name. */
  readonly drugs: Readonly<Record<string, DrugEntry>>;
  /** The drug names, in the built-in library's order. */
  readonly drugNames: readonly string[];
  readonly site?: SiteLibraryName;
  /**
   * The pump profiles a site library adds, keyed by name (never a built-in
   * profile's name); absent: the built-in profiles only (REQ-SITE-007).
   */
  readonly pumps?: Readonly<Record<string, SitePump>>;
  /**
   * The conversion chains a site library gives, keyed by drug (never a drug
   * with a built-in chain); absent: the built-in chains only (REQ-SITE-012).
   */
  readonly conversions?: Readonly<Record<string, ConversionChain>>;
}

/**
 * The options every command function accepts; `library` absent: the
 * built-in library (the answer is then byte-identical to one without options).
 *
 * Implements REQ-SITE-001.
 * @since 0.1.0
 */
export interface LibraryOptions {
  readonly library?: Library;
}

/**
 * The built-in drug library as a {@link Library}: the default of every command.
 *
 * @example
 * import { BUILT_IN_LIBRARY } from './Library.js';
 * BUILT_IN_LIBRARY.drugLibraryVersion; // "1.3.0"
 * BUILT_IN_LIBRARY.site; // undefined
 *
 * Implements REQ-SITE-001.
 * @since 0.1.0
 */
export const BUILT_IN_LIBRARY: Library = ownTable({ drugLibraryVersion: DRUG_LIBRARY_VERSION, drugs: DRUG_LIBRARY, drugNames: DRUG_NAMES });

/**
 * The library a command runs with: `options.library`, or the built-in one.
 * Fail-closed: options that are not a plain object, or a library without its
 * own `drugs` table and `drugNames` list, are `REQUEST_NOT_WELL_FORMED` at
 * `options` / `options.library`, never an exception.
 *
 * @example
 * import { libraryOf, BUILT_IN_LIBRARY } from './Library.js';
 * libraryOf(undefined); // Right(BUILT_IN_LIBRARY)
 * libraryOf({ library: 42 as never }); // Left: REQUEST_NOT_WELL_FORMED at "options.library"
 *
 * Implements REQ-SITE-001.
 * @since 0.1.0
 */
export function libraryOf(options: LibraryOptions | undefined): E.Either<EngineError[], Library> {
  if (options === undefined) return E.right(BUILT_IN_LIBRARY);
  if (!isPlainObject(options)) return E.left([engineError('REQUEST_NOT_WELL_FORMED', 'options', 'the options must be a plain object { library? }')]);
  const given = ownData(options, 'library');
  if (!given.present) return E.right(BUILT_IN_LIBRARY);
  const lib = given.value;
  if (!given.data || !isPlainObject(lib)) return E.left([engineError('REQUEST_NOT_WELL_FORMED', 'options.library', 'options.library must be a library (BUILT_IN_LIBRARY or one from applySiteLibrary)')]);
  const value = (key: string): unknown => {
    const d = ownData(lib, key);
    return d.present && d.data ? d.value : undefined;
  };
  if (!isPlainObject(value('drugs')) || !isPlainArray(value('drugNames')) || typeof value('drugLibraryVersion') !== 'string') {
    return E.left([engineError('REQUEST_NOT_WELL_FORMED', 'options.library', 'options.library must be a library (BUILT_IN_LIBRARY or one from applySiteLibrary): own drugs, drugNames and drugLibraryVersion')]);
  }
  if (hasOwn(lib, 'pumps') && !isPlainObject(value('pumps'))) {
    return E.left([engineError('REQUEST_NOT_WELL_FORMED', 'options.library.pumps', 'options.library.pumps must be a table of site pump profiles (one from applySiteLibrary)')]);
  }
  if (hasOwn(lib, 'conversions') && !isPlainObject(value('conversions'))) {
    return E.left([engineError('REQUEST_NOT_WELL_FORMED', 'options.library.conversions', 'options.library.conversions must be a table of conversion chains (one from applySiteLibrary)')]);
  }
  return E.right(lib as Library);
}

/**
 * The entry of a drug in a library, by its exact (lower-case) name;
 * `undefined` when the library does not hold it.
 *
 * @example
 * import { drugIn, BUILT_IN_LIBRARY } from './Library.js';
 * drugIn(BUILT_IN_LIBRARY, 'morphine')?.opioid; // true
 * drugIn(BUILT_IN_LIBRARY, 'Morphine'); // undefined: names are lower case
 *
 * Implements REQ-SITE-001, REQ-LIB-002.
 * @since 0.1.0
 */
export function drugIn(library: Library, name: string): DrugEntry | undefined {
  return typeof name === 'string' && hasOwn(library.drugs, name) ? library.drugs[name] : undefined;
}

/**
 * The site library a library was built from (own property only), or
 * `undefined` for the built-in one: what `versions.siteLibrary` names.
 *
 * @example
 * import { siteOf, BUILT_IN_LIBRARY } from './Library.js';
 * siteOf(BUILT_IN_LIBRARY); // undefined
 *
 * Implements REQ-SITE-003.
 * @since 0.1.0
 */
export function siteOf(library: Library): SiteLibraryName | undefined {
  return hasOwn(library, 'site') ? library.site : undefined;
}
