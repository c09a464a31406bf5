import type { AdmixtureRule, Approval, DrugLimit, DrugProduct, StabilityRule, TitrationRule } from './drugs.js';
import type { Grade, SourcedNote, SourcedValue } from './Sourced.js';
import type { ConversionChain } from './conversions.js';
import type { CatheterFacts, OtherFact, PumpFacts, ReservoirOption } from './pumps.js';
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
 * Most drugs a site library may name (built-in ones it changes and new ones
 * it adds together): 16, a documented engine bound (the built-in library has
 * 8), bounding the drug listing, every unknown-drug message and the work of
 * laying the file over the built-in library.
 *
 * Implements REQ-SITE-002, REQ-SITE-009.
 * @since 0.1.0
 */
export const MAX_SITE_DRUGS = 16;

/**
 * Most entries in any other list of one drug of a site library (`products`,
 * the concentrations of one product, `titration`, `stability`, the
 * companion sets of one stability rule, `admixture`, `notes`,
 * `notPublished`): 16, a documented engine bound (the built-in library has
 * at most 5 in any of them), bounding the work of every check that reads
 * them and the size of the drug listing.
 *
 * Implements REQ-SITE-008.
 * @since 0.1.0
 */
export const MAX_SITE_LIST = 16;

/**
 * What a site library says about one drug, written as the built-in library
 * writes its entries (`core/library/drugs.ts`), every number with its source.
 *
 * For a drug of the built-in library, a list that is given replaces
 * (`softLimits`, `products`) or joins (`hardLimits`, `absoluteCeilings`,
 * `titration`, `stability`, `admixture`, `notes`, `notPublished`) the
 * built-in one; an absent list leaves the built-in one as it is; `opioid`
 * and `approval` are the built-in library's own (a site never changes them).
 *
 * For a drug the built-in library does not hold (a new drug), `opioid`,
 * `approval` and a daily ceiling (a `maxDaily` among `hardLimits` or
 * `absoluteCeilings`) are required; every other list defaults to empty (the
 * engine then treats the datum as not published, as it does for a built-in
 * drug without it).
 *
 * Implements REQ-SITE-001, REQ-SITE-008, REQ-SITE-009.
 * @since 0.1.0
 */
export interface SiteDrugInput {
  readonly softLimits?: readonly DrugLimit[];
  readonly hardLimits?: readonly DrugLimit[];
  readonly absoluteCeilings?: readonly DrugLimit[];
  readonly opioid?: boolean;
  readonly approval?: Approval;
  readonly products?: readonly DrugProduct[];
  readonly maxStartingDose?: SourcedValue<'doseRate'>;
  readonly titration?: readonly TitrationRule[];
  readonly stability?: readonly StabilityRule[];
  readonly admixture?: readonly AdmixtureRule[];
  readonly notes?: readonly SourcedNote[];
  readonly notPublished?: readonly string[];
  /**
   * The drug's equianalgesic chain (oral : intravenous : epidural :
   * intrathecal), written as the built-in chains are; only for a drug that
   * has no built-in chain (REQ-SITE-012).
   */
  readonly conversion?: Omit<ConversionChain, 'drug'>;
}

/**
 * A decoded site library file (`decodeSiteLibrary`): its name and version,
 * and per drug (a built-in one it changes, or a new one) what the site
 * says, every number with its source and grade.
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
 * `reservoirs` (the sizes a family is made in, each with its models: a
 * request names one when there are several, another size is a conflict, as
 * for a built-in family), `catheter`, `otherFacts`, `notes` and
 * `approximate` are written as the built-in profiles write them (REQ-SITE-010).
 *
 * Implements REQ-SITE-007, REQ-SITE-010.
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
  readonly reservoirs?: readonly ReservoirOption[];
  readonly catheter?: CatheterFacts;
  readonly otherFacts?: readonly OtherFact[];
  readonly notes?: readonly SourcedNote[];
  readonly approximate?: readonly SourcedNote[];
}
