import { SIMPLE_UNITS } from '../quantity/units.js';

/**
 * The sizes and counts of wire format v1, in one place: the codecs in
 * `spec/codecs/` refuse a request beyond them, and the request guards of
 * `core/request/` refuse a hand-built request beyond them, from the same
 * constants. Where the contract fixes no number they are documented engine
 * bounds (a bound on work and on the size of an answer, not a device fact).
 *
 * Implements REQ-EMBED-002.
 * @since 0.1.0
 */

/** Most digits accepted before the decimal point of a quantity (bounds every product, so arithmetic stays exact); a documented engine bound. */
export const MAX_INTEGER_DIGITS = 12;
/** Most digits accepted after the decimal point of a quantity; a documented engine bound. */
export const MAX_FRACTION_DIGITS = 12;
/**
 * The largest count the wire format accepts (`therapy.patientBolus.maxPerDay`):
 * 48, an engine bound, not a device fact. No public source gives the most
 * patient boluses a pump allows in a day (the SynchroMed patient therapy
 * manager and Prometra limits are not public); 48 is one every half hour, 12
 * times the 4 a day of the wire format's example. It bounds the engine's work:
 * every patient-bolus computation (the worst 24 h, the earliest-case reservoir
 * draw, the tip doses of `bridge` and `prime`) handles at most 48 boluses a
 * day, and with the other count bounds keeps the largest legal request of
 * every command within the embedding budget (`docs/performance.md`).
 */
export const MAX_COUNT = 48;
/**
 * Most flex steps or periodic boluses in one day: 48, an engine bound, not a
 * device fact. The one sourced figure is SynchroMed II's: its dose can change
 * up to 13 times a day (read as 13 basal steps, the 00:00 step counted: the
 * pump profile's `doseChangesPerDay`; Medtronic's patient information on the
 * pump); 48 (one every half hour) is over three times that. A pump's own step
 * count belongs to its profile. It bounds the engine's work: a daily program
 * has at most 48 basal steps and 48 periodic boluses (`docs/performance.md`).
 */
export const MAX_PER_DAY_ENTRIES = 48;
/**
 * Most flex steps, and most periodic boluses, in a week program: seven days of
 * at most `MAX_PER_DAY_ENTRIES` each, 7 × 48 = 336 (an engine bound; each day
 * is bounded as a daily program is). It bounds the work of every analysis of a
 * week program (`docs/performance.md`). REQ-WEEK-001.
 */
export const MAX_WEEK_ENTRIES = 7 * MAX_PER_DAY_ENTRIES;
/**
 * Most whole weeks a week program may take, after a priming bolus, to push
 * the rest of the dead volume out (`prime`): 4, an engine bound. A week
 * program's 24 h windows move different volumes on different days, so its
 * tip doses are scanned at every corner of every window start up to a week
 * past the flush: the work is that of the delivery in (flush weeks + 2) weeks.
 * A priming bolus of the whole dead volume leaves less than one bolus grid
 * step to flush (at most one week); a longer flush is refused
 * (`WEEK_PROGRAM_NOT_ANALYSED`). REQ-WEEK-007.
 */
export const MAX_WEEK_FLUSH_PERIODS = 4n;
/**
 * Most drugs in one admixture: 8, an engine bound. The drug library holds six
 * intrathecal drugs, and the admixtures it describes hold two or three; 8
 * leaves room for drugs outside the library. It bounds the engine's work, which
 * grows with the drugs of every tip-dose scan (`docs/performance.md`).
 */
export const MAX_RESERVOIR_DRUGS = 8;
/**
 * Most one-off events (single boluses and stops) in one compile request: 8,
 * an engine bound. A one-off is an exception to the program between refills;
 * 8 leaves room for several and bounds the work of the one-off windows
 * (`oneOff24h`: each event scanned over at most 9 days, `docs/performance.md`).
 */
export const MAX_ONE_OFFS = 8;
/** Most drugs in one `limits` record; a documented engine bound. */
export const MAX_DRUG_ENTRIES = 64;
/** Most overrides in one request; a documented engine bound. */
export const MAX_OVERRIDES = 100;
/** Longest override reason, in characters; a documented engine bound. */
export const MAX_REASON_LENGTH = 1000;
/** Longest drug name, in characters; a documented engine bound. */
export const MAX_DRUG_NAME = 64;
/** Longest pump profile name, in characters; a documented engine bound. */
export const MAX_PROFILE_NAME = 64;
/**
 * Most drugs in a request's `pump.labelledUse` table: 16, an engine bound.
 * The public pump labels name at most five drugs (SynchroMed II: morphine,
 * ziconotide, baclofen, floxuridine, methotrexate); 16 is over three times
 * that, and twice the most drugs one reservoir may hold.
 */
export const MAX_LABELLED_DRUGS = 16;
/**
 * Most concentration ranges of one labelled drug: 8, an engine bound. The
 * public labels give at most one range per drug (Prometra: baclofen
 * 500-2000 mcg/mL); 8 leaves room for one per product.
 */
export const MAX_LABELLED_RANGES = 8;
/** Longest `pump.labelledUse.source`, in characters; a documented engine bound (a citation, not a document). */
export const MAX_LABEL_SOURCE = 200;
/** Longest conversion ratio string (`"300"`), in characters; a documented engine bound. */
export const MAX_RATIO_LENGTH = 32;
/** Seconds in a day: clock times are whole minutes from 0 to 86340 s. */
export const SECONDS_PER_DAY = 86_400n;

const digits = (n: bigint): number => n.toString().length;
const factors = Object.values(SIMPLE_UNITS).map((u) => u.factor);
const largest = factors.reduce((a, b) => (a > b ? a : b), 1n);

/**
 * Most digits before the point of a quantity's base-unit value that a request
 * can carry: 12 digits in the largest unit (g), times its factor to base
 * units (86 400 × 10^9). A ratio unit divides by the factor of its
 * denominator, so never needs more.
 */
export const MAX_BASE_INTEGER_DIGITS = MAX_INTEGER_DIGITS + digits(largest);
/**
 * Most digits after the point of a quantity's base-unit value that a request
 * can carry: 12 in the unit, plus the most a ratio unit's conversion divides
 * by (mass per volume: ng/mL divides by 1000). Bounded generously by the
 * digits of the largest factor.
 */
export const MAX_BASE_FRACTION_DIGITS = MAX_FRACTION_DIGITS + digits(largest);
/**
 * Most digits either side of the point of a value the engine computed and
 * passes to a public check (`checkDoseLimits`, `checkTitration`,
 * `checkFill`, `formatQuantity`): a documented engine bound, a quarter of the
 * bound on the size of a value a caller may hand in (the arithmetic itself is
 * exact to 20 000 digits).
 */
export const MAX_ENGINE_DIGITS = 100;

const DRUG_NAME = /^[a-z][a-z0-9-]*$/;
/** Names that could reach an object's prototype machinery: never a drug, never a key. */
const RESERVED = new Set<string>(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/**
 * True for a drug name as the library spells it: lower case
 * `[a-z][a-z0-9-]*`, at most 64 characters, and not a name of `Object`'s
 * prototype machinery (`constructor`, `__proto__`, `toString`...).
 *
 * @example
 * import { isDrugName } from './bounds.js';
 * isDrugName('morphine'); // true
 * isDrugName('constructor'); // false
 *
 * Implements REQ-EMBED-002, REQ-EMBED-003.
 * @since 0.1.0
 */
export function isDrugName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= MAX_DRUG_NAME && DRUG_NAME.test(name) && !RESERVED.has(name);
}
