import { COMPILE_OPTIONAL, COMPILE_REQUIRED, compilePart } from './_internals/compileFields.js';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { CompileRequest, EngineError } from '../../core/index.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { decodeWith } from './decodeWith.js';
import { drugNameCodec } from './drugNameCodec.js';
import { mapCodec } from './mapCodec.js';
import { peek } from './peek.js';
import { rawAt } from './rawAt.js';
import { MAX_RESERVOIR_DRUGS } from './reservoirDrugsCodec.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import { oneOffCodec } from './oneOffCodec.js';

function therapyDrugInReservoir(u: unknown, c: t.Context): t.Errors {
  const drug = peek(drugNameCodec, rawAt(u, ['therapy', 'drug']));
  const drugs = rawAt(u, ['reservoir', 'drugs']);
  if (drug === undefined || !Array.isArray(drugs) || drugs.length === 0 || drugs.length > MAX_RESERVOIR_DRUGS) return [];
  const names = drugs.map((_, i) => peek(drugNameCodec, rawAt(drugs, [i, 'drug'])));
  // An entry whose name is itself wrong is reported there; do not add a guess here.
  if (names.some((n) => n === undefined) || names.includes(drug)) return [];
  return [codedError(drug, contextAt(c, ['therapy', 'drug']), 'DRUG_NOT_IN_RESERVOIR',
    `the reservoir holds ${names.map((n) => `"${String(n)}"`).join(', ')}, not "${drug}"`)];
}

/** A week program places its reservoir times in the week from the fill's weekday: `reservoir.filledOn` is required (REQ-WEEK-003). */
export function fillWeekdayGiven(u: unknown, c: t.Context): t.Errors {
  const reservoir = rawAt(u, ['reservoir']);
  if (rawAt(u, ['therapy', 'mode']) !== 'week' || typeof reservoir !== 'object' || reservoir === null || Array.isArray(reservoir)) return [];
  if (rawAt(reservoir, ['filledOn']) !== undefined) return [];
  return [codedError(undefined, contextAt(c, ['reservoir', 'filledOn']), 'FILL_WEEKDAY_REQUIRED', 'a week program needs the weekday of the fill ("filledOn": "monday" … "sunday") to place the reservoir times in the week')];
}

/** The codec of a `compile` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const compileRequestCodec = mapCodec(
  withCheck(withCheck(strictObject('CompileRequest', COMPILE_REQUIRED, { ...COMPILE_OPTIONAL, oneOff: oneOffCodec }), therapyDrugInReservoir), fillWeekdayGiven),
  (w): CompileRequest => {
    const base = compilePart(w);
    return w.oneOff === undefined ? base : { ...base, oneOff: w.oneOff };
  },
);

/**
 * Decodes a parsed `compile` request of wire format v1 (see `parseJsonText`
 * for the text). Strict: every unknown field anywhere is refused with its
 * path; every quantity is parsed exactly and dimension-checked; every error is
 * collected (not only the first), in path order. Defaults: `filledAt` 00:00,
 * `periodicBoluses` [], `limits` {}, `overrides` []. The extension `oneOff`
 * (single boluses and stops, see `oneOffCodec`) is kept only when given. `therapy.drug` must be
 * one of `reservoir.drugs` (`DRUG_NOT_IN_RESERVOIR`). Never throws.
 *
 * @example
 * import { decodeCompileRequest } from './decodeCompileRequest.js';
 * const r = decodeCompileRequest({
 *   pump: 'NAME',
 *   reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
 *   therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
 * });
 * // Right: r.right.therapy.basal is { mode: 'continuous', dose: { dim: 'doseRate', base: 3000000 } }
 * decodeCompileRequest({ pump: 'NAME', limts: {} });
 * // Left: MISSING_FIELD at "reservoir" and "therapy", UNKNOWN_FIELD at "limts" (did you mean "limits"?)
 *
 * Implements REQ-WIRE-001, REQ-WIRE-002, REQ-WIRE-003, REQ-WIRE-004, REQ-WIRE-009, REQ-WIRE-014, REQ-ONEOFF-001.
 * @since 0.1.0
 */
export function decodeCompileRequest(u: unknown): E.Either<EngineError[], CompileRequest> {
  return decodeWith(compileRequestCodec, u);
}
