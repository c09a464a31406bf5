import type * as t from 'io-ts';
import { INPUT_BOUNDS, type DrugInReservoir } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { drugNameCodec } from './drugNameCodec.js';
import { peek } from './peek.js';
import { quantityCodec } from './quantityCodec.js';
import { rawAt } from './rawAt.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import type { WireCodec } from './WireCodec.js';
import { MAX_RESERVOIR_DRUGS } from '../../core/request/bounds.js';

/** Most drugs in one admixture (defined once, in core/request/bounds.ts). */
export { MAX_RESERVOIR_DRUGS };

const drugInReservoir = strictObject('DrugInReservoir', { drug: drugNameCodec }, { concentration: quantityCodec('concentration', 'positive', INPUT_BOUNDS.concentration) });

function noDuplicates(u: unknown, c: t.Context): t.Errors {
  if (!Array.isArray(u) || u.length > MAX_RESERVOIR_DRUGS) return [];
  const first = new Map<string, number>();
  const errors: t.Errors = [];
  u.forEach((_, i) => {
    const name = peek(drugNameCodec, rawAt(u, [i, 'drug']));
    if (name === undefined) return;
    const at = first.get(name);
    if (at === undefined) first.set(name, i);
    else errors.push(codedError(name, contextAt(c, [i, 'drug']), 'DUPLICATE_DRUG', `"${name}" is already in this reservoir (entry ${at}); list each drug once`));
  });
  return errors;
}

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
