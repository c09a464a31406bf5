import { INPUT_BOUNDS, type DrugInReservoir } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { drugNameCodec } from './drugNameCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import { noDuplicateDrugs } from './_internals/noDuplicateDrugs.js';
import type { WireCodec } from './WireCodec.js';
import { MAX_RESERVOIR_DRUGS } from '../../core/request/bounds.js';

/** Most drugs in one admixture (defined once, in core/request/bounds.ts). */
export { MAX_RESERVOIR_DRUGS };

const drugInReservoir = strictObject('DrugInReservoir', { drug: drugNameCodec }, { concentration: quantityCodec('concentration', 'positive', INPUT_BOUNDS.concentration) });

const noDuplicates = noDuplicateDrugs(MAX_RESERVOIR_DRUGS, 'in this reservoir', 'list each drug once');

/**
 * The drugs of a reservoir (an admixture): a non-empty list (`EMPTY_LIST`) of
 * at most 16 strict `{ drug, concentration? }` entries; each drug once
 * (`DUPLICATE_DRUG` at the repeat's `drug`); a concentration, when given,
 * > 0 (`NOT_POSITIVE`) and at most 1000 mg/mL (an engine bound,
 * `QUANTITY_ABOVE_BOUND`). A missing concentration is allowed here (fixed-rate
 * pumps); the core refuses it where it is needed (`MISSING_CONCENTRATION`).
 *
 * @example
 * import { reservoirDrugsCodec } from './reservoirDrugsCodec.js';
 * reservoirDrugsCodec.decode([{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '50 mcg/mL' }]);
 * // Right([{ drug: 'morphine', concentration: 10000 ng/uL }, { drug: 'clonidine', concentration: 50 ng/uL }])
 * reservoirDrugsCodec.decode([{ drug: 'morphine' }, { drug: 'morphine' }]); // Left: DUPLICATE_DRUG at "1.drug"
 *
 * Implements REQ-WIRE-009 (reservoir drugs), REQ-WIRE-005, REQ-WIRE-007, REQ-BOUND-001.
 * @since 0.1.0
 */
export const reservoirDrugsCodec: WireCodec<readonly DrugInReservoir[]> = withCheck(
  arrayCodec(drugInReservoir, { nonEmpty: true, maxLength: MAX_RESERVOIR_DRUGS }),
  noDuplicates,
);
