import * as t from 'io-ts';
import { confidenceOf, INPUT_BOUNDS as B, MAX_SITE_LIMITS, MAX_SITE_LIST, MAX_SITE_TEXT, SITE_GRADES, type ConversionChain, type SiteDrugInput, type SourcedNote, type StabilityRule } from '../../core/index.js';
import { mapCodec } from './mapCodec.js';
import { arrayCodec } from './arrayCodec.js';
import { booleanCodec } from './booleanCodec.js';
import { codedError } from './codedError.js';
import { codedFailure } from './codedFailure.js';
import { drugNameCodec } from './drugNameCodec.js';
import { enumCodec } from './enumCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { limitCodecWith } from './siteLimitCodec.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { isRecord, ownValue } from './_internals/ownValue.js';
import { sourcedNoteCodec, sourcedValueCodec, type Grades } from './_internals/sourcedCodecs.js';

const list = { nonEmpty: false, maxLength: MAX_SITE_LIST } as const;
const RATIO = /^[0-9]{1,6}(\.[0-9]{1,6})?$/;

/** A titration rule that gives none of its three numbers bounds nothing: INVALID_VALUE at the rule. */
function someNumber(u: unknown, c: t.Context): t.Errors {
  if (!isRecord(u)) return [];
  const given = ['maxIncrease', 'maxIncreasePercent', 'minInterval'].some((k) => ownValue(u, k).value !== undefined);
  return given ? [] : [codedError(u, c, 'INVALID_VALUE', 'a titration rule gives at least one of maxIncrease, maxIncreasePercent and minInterval')];
}

/** A ratio part: a plain decimal of at most 6 digits either side of the point (the largest built-in part is 300), kept as text. */
const decimalText: WireCodec<string> = wireCodec<string>('PlainDecimal', (u, c) => (typeof u === 'string' && RATIO.test(u)
  ? t.success(u)
  : codedFailure(u, c, 'INVALID_VALUE', 'a ratio part is a plain decimal such as "300" (at most 6 digits either side of the point)')), { type: 'string', pattern: RATIO.source });

/** `companions`: `"any"`, or a list of admixtures, each a list of the other drugs in the reservoir (`[]` = the drug alone). */
const companionsCodec: WireCodec<StabilityRule['companions']> = (() => {
  const sets = arrayCodec(arrayCodec(drugNameCodec, list), { nonEmpty: true, maxLength: MAX_SITE_LIST });
  return wireCodec<StabilityRule['companions']>('Companions', (u, c) => (u === 'any' ? t.success('any') : sets.validate(u, c)),
    { oneOf: [{ const: 'any' }, sets.schema], description: '"any" (any admixture), or the admixtures a stability was published for, each a list of the other drugs ([] = the drug alone)' });
})();

/** A drug's equianalgesic chain `{ parts: { oral, intravenous, epidural, intrathecal }, corroboration, observedOralToIntrathecal: { low, high, detail } }`, each part `{ value, source, grade }`. */
function conversionCodec(grades: Grades, note: WireCodec<SourcedNote>): WireCodec<Omit<ConversionChain, 'drug'>> {
  const ratio = mapCodec(strictObject('SourcedRatio', { value: decimalText, source: nonEmptyStringCodec(MAX_SITE_TEXT), grade: enumCodec(grades) }),
    (r) => ({ value: r.value, source: r.source, grade: r.grade, confidence: confidenceOf(r.grade) }));
  return strictObject('ConversionChain', {
    parts: strictObject('ConversionParts', { oral: ratio, intravenous: ratio, epidural: ratio, intrathecal: ratio }),
    corroboration: note,
    observedOralToIntrathecal: strictObject('ObservedRatios', { low: ratio, high: ratio, detail: note }),
  });
}

/**
 * The codec of one drug of a library file whose values may carry `grades`:
 * every field of a built-in drug entry (`core/library/drugs.ts`) but its
 * name (the key), each optional, written as the built-in library writes it
 * (and `conversion`, a drug's chain as the built-in chains are written),
 * each number `{ value, source, grade, note? }` and each fact in words
 * `{ text, source, grade }`. Bounded: 16 limits a list, 16 entries in every
 * other list, texts of at most 1000 characters, each quantity within the
 * engine bound of its dimension. Strict: any other field is `UNKNOWN_FIELD`.
 * Whether a field may be given (a built-in drug's `opioid`), or must be (a
 * new drug's `approval`), is `applySiteLibrary`'s to say.
 *
 * @example
 * import { siteDrugCodecWith } from './siteDrugCodec.js';
 * import { SITE_GRADES } from '../../core/index.js';
 * siteDrugCodecWith(SITE_GRADES).decode({ opioid: false, notPublished: ['titration rule'] }); // Right
 *
 * Implements REQ-SITE-002, REQ-SITE-008, REQ-SITE-009, REQ-SITE-011, REQ-SITE-012.
 * @since 0.1.0
 */
export function siteDrugCodecWith(grades: Grades): WireCodec<SiteDrugInput> {
  const note = sourcedNoteCodec(grades);
  const limits = arrayCodec(limitCodecWith(grades), { nonEmpty: false, maxLength: MAX_SITE_LIMITS });
  const concentration = sourcedValueCodec('SourcedConcentration', 'concentration', B.concentration, grades);
  const product = strictObject('DrugProduct', {
    name: nonEmptyStringCodec(MAX_SITE_TEXT),
    concentrations: arrayCodec(concentration, { nonEmpty: true, maxLength: MAX_SITE_LIST }),
    forPumps: booleanCodec,
  }, { note });
  const titration = withCheck(strictObject('TitrationRule', {
    strength: enumCodec(['hard', 'advisory']),
    wording: note,
  }, {
    region: enumCodec(['US', 'EU']),
    maxIncrease: sourcedValueCodec('SourcedDoseRate', 'doseRate', B.doseRate, grades),
    maxIncreasePercent: sourcedValueCodec('SourcedPercent', 'percent', B.titrationIncrease, grades),
    minInterval: sourcedValueCodec('SourcedTime', 'time', B.titrationSince, grades),
  }), someNumber);
  const stability = strictObject('StabilityRule', {
    maxInReservoir: sourcedValueCodec('SourcedTime', 'time', B.oneOffAfter, grades),
    companions: companionsCodec,
    condition: enumCodec(['any', 'first-fill', 'diluted', 'undiluted']),
  });
  return strictObject('SiteDrug', {}, {
    opioid: booleanCodec,
    approval: strictObject('Approval', { approvedForPumps: booleanCodec, basis: note }),
    products: arrayCodec(product, list),
    softLimits: limits,
    hardLimits: limits,
    absoluteCeilings: limits,
    maxStartingDose: sourcedValueCodec('SourcedDoseRate', 'doseRate', B.doseRate, grades),
    titration: arrayCodec(titration, list),
    stability: arrayCodec(stability, list),
    admixture: arrayCodec(strictObject('AdmixtureRule', { with: enumCodec(['opioids', 'any']), advice: note }), list),
    notes: arrayCodec(note, list),
    notPublished: arrayCodec(nonEmptyStringCodec(MAX_SITE_TEXT), list),
    conversion: conversionCodec(grades, note),
  }) as WireCodec<SiteDrugInput>;
}

/**
 * One drug of a site library file: {@link siteDrugCodecWith} with the site
 * grades (`L`, `L/O`, `P`, `P*`, `O`).
 *
 * @example
 * import { siteDrugCodec } from './siteDrugCodec.js';
 * siteDrugCodec.decode({ opioid: true, approval: { approvedForPumps: false,
 *   basis: { text: 'off-label', source: 'FDA safety communication (14 Nov 2018)', grade: 'O' } } }); // Right
 *
 * Implements REQ-SITE-002, REQ-SITE-008, REQ-SITE-009.
 * @since 0.1.0
 */
export const siteDrugCodec: WireCodec<SiteDrugInput> = siteDrugCodecWith(SITE_GRADES);
