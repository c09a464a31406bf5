import type { DrugLimit } from './drugs.js';
import type { Grade } from './Sourced.js';
import type { PumpFacts } from './pumps.js';
import type { CapabilitiesInput } from '../pump/PumpCapabilities.js';
import type { LabelledUseInput } from '../request/PumpInput.js';

/**
 * Most limits in one list (`softLimits`, `hardLimits`, `absoluteCeilings`) of
 * one drug of a site library: 16, a documented engine bound (the built-in
 * library has at most 3 in any list), bounding the work of every limit check.
 *
 * Implements REQ-SITE-002.
 * @since 0.1.0
 */
export const MAX_SITE_LIMITS = 16;

/**
 * Longest text of a site library (its name, version, a source or a note), in
 * characters: 1000, a documented engine bound on the size of an answer.
 *
 * Implements REQ-SITE-002.
 * @since 0.1.0
 */
export const MAX_SITE_TEXT = 1000;

/**
 * The grades a site library may give a value: those of published sources
 * (`L`, `L/O`, `P`, `P*`, `O`). `E` (an engine bound) and `C`/`A` (pump
 * facts) are the built-in library's own.
 *
 * Implements REQ-SITE-002.
 * @since 0.1.0
 */
export const SITE_GRADES = ['L', 'L/O', 'P', 'P*', 'O'] as const satisfies readonly Grade[];

/**
 * What a site library says about one built-in drug. A list that is given
 * replaces (`softLimits`) or joins (`hardLimits`, `absoluteCeilings`) the
 * built-in one; an absent list leaves the built-in one as it is.
 *
 * Implements REQ-SITE-001.
 * @since 0.1.0
 */
export interface SiteDrugInput {
  readonly softLimits?: readonly DrugLimit[];
  readonly hardLimits?: readonly DrugLimit[];
  readonly absoluteCeilings?: readonly DrugLimit[];
}

/**
 * A decoded site library file (`decodeSiteLibrary`): its name and version,
 * and per built-in drug the limits the site sets, every number with its
 * source and grade.
 *
 * Implements REQ-SITE-001, REQ-SITE-002.
 * @since 0.1.0
 */
export interface SiteLibraryInput {
  readonly name: string;
  readonly version: string;
  readonly drugs: Readonly<Record<string, SiteDrugInput>>;
  /** New pump profiles, by a name no built-in profile has (REQ-SITE-007). */
  readonly pumps?: Readonly<Record<string, SitePumpInput>>;
}

/**
 * Most pump profiles a site library may add: 16, a documented engine bound
 * (the built-in table has 8), bounding the pump listing and every lookup.
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export const MAX_SITE_PUMPS = 16;

/**
 * A pump profile a site library adds, under a name that is not a built-in
 * profile's: written as the built-in profiles are (`core/library/pumps.ts`),
 * every number with its source and grade. `deviceFacts` are fixed by the
 * device (a request value must equal one); `defaults` are settings a request
 * value replaces; every other parameter of its kind is the request's to give.
 * `labelledUse` and `capabilities` are written as the request's
 * `pump.labelledUse` and `pump.capabilities`; a request may narrow them.
 *
 * Implements REQ-SITE-007.
 * @since 0.1.0
 */
export interface SitePumpInput {
  readonly displayName: string;
  readonly kind: 'programmable' | 'fixed-rate';
  readonly description: string;
  readonly deviceFacts?: PumpFacts;
  readonly defaults?: PumpFacts;
  readonly labelledUse?: LabelledUseInput;
  readonly capabilities?: CapabilitiesInput;
}
