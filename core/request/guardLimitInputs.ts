import type * as E from 'fp-ts/lib/Either.js';
import type { EngineError } from '../errors/EngineError.js';
import type { DoseLimitInput, DrugDoseForLimits } from '../limits/checkDoseLimits.js';
import type { TitrationInput } from '../limits/checkTitration.js';
import { MAX_RESERVOIR_DRUGS } from './bounds.js';
import { readLimits, readOverrides } from './_internals/parts.js';
import { at, fail, field, list, quantityOf, record, sealed, text } from './_internals/reader.js';
import { runGuard } from './_internals/runGuard.js';

/** Longest path an input may name for its errors; a documented engine bound. */
const MAX_PATH = 256;

/**
 * Re-validates the input of `checkDoseLimits` (a library caller may build
 * it): at most 32 drugs (a bridge checks both fluids of 16), each a drug name
 * string, a worst 24 h mass ≥ 0, an optional concentration ≥ 0 and patient
 * bolus mass ≥ 0 (finite decimals of the engine's own type, within the
 * engine's digit bound, as computed values may carry more digits than a
 * request), an optional path string; then `limits` and `overrides` as in a
 * request, and optional booleans `reportUnneededOverrides`, `reportFluidWarnings` and `reportDrugOffLabel`. Returns a sanitized copy (frozen, null prototypes, own data fields
 * only) or one coded error at the first bad field. Never throws.
 *
 * @example
 * import { guardDoseLimitInput } from './guardLimitInputs.js';
 * guardDoseLimitInput({ drugs: [], limits: {}, overrides: [] })._tag; // "Right"
 * guardDoseLimitInput({ drugs: [{ drug: 'morphine', worst24h: 3 }], limits: {}, overrides: [] })._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardDoseLimitInput(u: unknown): E.Either<EngineError[], DoseLimitInput> {
  return runGuard('dose limit input', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const drugs = list(r, field(r, o, 'drugs', '', true), 'drugs', 2 * MAX_RESERVOIR_DRUGS, false, (v, p): DrugDoseForLimits | undefined => {
      const d = record(r, v, p);
      if (d === undefined) return undefined;
      const drug = text(r, field(r, d, 'drug', p, true), at(p, 'drug'), 64, true);
      const worst24h = quantityOf(r, field(r, d, 'worst24h', p, true), at(p, 'worst24h'), 'mass', 'nonNegative', 'engine');
      const c = field(r, d, 'concentration', p, false);
      const concentration = c === undefined ? undefined : quantityOf(r, c, at(p, 'concentration'), 'concentration', 'nonNegative', 'engine');
      const b = field(r, d, 'patientBolusDose', p, false);
      const patientBolusDose = b === undefined ? undefined : quantityOf(r, b, at(p, 'patientBolusDose'), 'mass', 'nonNegative', 'engine');
      const pa = field(r, d, 'path', p, false);
      const path = pa === undefined ? undefined : text(r, pa, at(p, 'path'), MAX_PATH);
      if (r.bad !== undefined || drug === undefined || worst24h === undefined) return undefined;
      return sealed({ drug, worst24h, concentration, patientBolusDose, path } as DrugDoseForLimits);
    });
    const limits = readLimits(r, field(r, o, 'limits', '', true), 'limits');
    const overrides = readOverrides(r, field(r, o, 'overrides', '', true), 'overrides');
    const report = field(r, o, 'reportUnneededOverrides', '', false);
    if (report !== undefined && typeof report !== 'boolean') return fail(r, 'reportUnneededOverrides', 'expected true or false');
    const fluid = field(r, o, 'reportFluidWarnings', '', false);
    if (fluid !== undefined && typeof fluid !== 'boolean') return fail(r, 'reportFluidWarnings', 'expected true or false');
    const offLabel = field(r, o, 'reportDrugOffLabel', '', false);
    if (offLabel !== undefined && typeof offLabel !== 'boolean') return fail(r, 'reportDrugOffLabel', 'expected true or false');
    if (r.bad !== undefined || drugs === undefined || limits === undefined || overrides === undefined) return undefined;
    return sealed({
      drugs, limits, overrides,
      ...(report === undefined ? {} : { reportUnneededOverrides: report }),
      ...(fluid === undefined ? {} : { reportFluidWarnings: fluid }),
      ...(offLabel === undefined ? {} : { reportDrugOffLabel: offLabel }),
    });
  });
}

/**
 * Re-validates the input of `checkTitration`: a drug name string, the new and
 * previous daily doses ≥ 0 and the time since > 0 (finite decimals of the
 * engine's own type within the engine's digit bound), an optional path
 * string. Returns a sanitized copy or one coded error. Never throws.
 *
 * @example
 * import { guardTitrationInput } from './guardLimitInputs.js';
 * guardTitrationInput({ drug: 'ziconotide' })._tag; // "Left"
 *
 * Implements REQ-EMBED-001, REQ-EMBED-003.
 * @since 0.1.0
 */
export function guardTitrationInput(u: unknown): E.Either<EngineError[], TitrationInput> {
  return runGuard('titration input', (r) => {
    const o = record(r, u, '');
    if (o === undefined) return undefined;
    const drug = text(r, field(r, o, 'drug', '', true), 'drug', 64, true);
    const newDose = quantityOf(r, field(r, o, 'newDose', '', true), 'newDose', 'doseRate', 'nonNegative', 'engine');
    const previousDose = quantityOf(r, field(r, o, 'previousDose', '', true), 'previousDose', 'doseRate', 'nonNegative', 'engine');
    const since = quantityOf(r, field(r, o, 'since', '', true), 'since', 'time', 'positive', 'engine');
    const pa = field(r, o, 'path', '', false);
    const path = pa === undefined ? undefined : text(r, pa, 'path', MAX_PATH);
    if (r.bad !== undefined || drug === undefined || newDose === undefined || previousDose === undefined || since === undefined) return undefined;
    return sealed({ drug, newDose, previousDose, since, path } as TitrationInput);
  });
}
