import type * as t from 'io-ts';
import { decimalArithmetic as A, INPUT_BOUNDS, type LabelledUseInput } from '../../core/index.js';
import { MAX_LABEL_SOURCE, MAX_LABELLED_DRUGS, MAX_LABELLED_RANGES } from '../../core/request/bounds.js';
import { arrayCodec } from './arrayCodec.js';
import { drugNameCodec } from './drugNameCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { peek } from './peek.js';
import { rawAt } from './rawAt.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import { noDuplicateDrugs } from './_internals/noDuplicateDrugs.js';
import type { WireCodec } from './WireCodec.js';

const concentration = quantityCodec('concentration', 'positive', INPUT_BOUNDS.concentration);

/** `min` above `max` is INVALID_VALUE at `max`. */
function ordered(u: unknown, c: t.Context): t.Errors {
  const min = peek(concentration, rawAt(u, ['min']));
  const max = peek(concentration, rawAt(u, ['max']));
  return min !== undefined && max !== undefined && A.compare(min.base, max.base) > 0
    ? [codedError(rawAt(u, ['max']), contextAt(c, ['max']), 'INVALID_VALUE', 'the range ends below where it starts: give max at least min')]
    : [];
}

const range = withCheck(strictObject('LabelledRange', { min: concentration, max: concentration }), ordered);

const labelledDrug = strictObject('LabelledDrug', { drug: drugNameCodec }, {
  concentrations: arrayCodec(range, { nonEmpty: true, maxLength: MAX_LABELLED_RANGES }),
});

const noDuplicates = noDuplicateDrugs(MAX_LABELLED_DRUGS, 'in the labelled use', 'list each drug once, with all its ranges');

/**
 * `pump.labelledUse` (an extension): what the pump's labelling approves,
 * `{ "source": "<the labelling>", "drugs": [{ "drug", "concentrations"?: [{ "min", "max" }] }] }`.
 * Strict; `source` a non-empty string of at most 200 characters; 1 to 16
 * drugs (`EMPTY_LIST`, `INPUT_TOO_LARGE`), each once (`DUPLICATE_DRUG`);
 * `concentrations`, when given, 1 to 8 ranges of positive concentrations
 * within the concentration bound, `min` at most `max` (`INVALID_VALUE` at
 * `max`). No `concentrations`: the label names the drug without one.
 *
 * @example
 * import { labelledUseCodec } from './labelledUseCodec.js';
 * labelledUseCodec.decode({ source: 'IsoMed labelling, rev. 2020', drugs: [{ drug: 'morphine' }] }); // Right
 * labelledUseCodec.decode({ source: 'x', drugs: [{ drug: 'baclofen', concentrations: [{ min: '2000 mcg/mL', max: '500 mcg/mL' }] }] });
 * // Left: INVALID_VALUE at "drugs.0.concentrations.0.max"
 *
 * Implements REQ-LABEL-003, REQ-WIRE-002, REQ-BOUND-001.
 * @since 0.1.0
 */
export const labelledUseCodec: WireCodec<LabelledUseInput> = strictObject('LabelledUse', {
  source: nonEmptyStringCodec(MAX_LABEL_SOURCE),
  drugs: withCheck(arrayCodec(labelledDrug, { nonEmpty: true, maxLength: MAX_LABELLED_DRUGS }), noDuplicates),
}) as WireCodec<LabelledUseInput>;
