import * as E from 'fp-ts/lib/Either.js';
import { decimalArithmetic as A, type Exact } from '../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../errors/EngineError.js';
import { parseSourcedValue } from '../library/parseSourcedValue.js';
import { RESIDUAL_THRESHOLDS } from '../library/residualThresholds.js';
import { libraryOf, type LibraryOptions } from '../library/Library.js';
import { resolvePump } from '../pump/resolvePump.js';
import { formatQuantity } from '../quantity/formatQuantity.js';
import { quantity, type Quantity } from '../quantity/Quantity.js';
import { guardRefillCheckRequest } from '../request/guardRefillCheckRequest.js';
import type { RefillCheckRequest } from '../request/RefillCheckRequest.js';

/**
 * The verdict of a refill check.
 * @since 0.1.0
 */
export interface RefillCheckResult {
  /** |expected − measured| residual. */
  readonly discrepancy: Quantity<'volume', Exact>;
  /** True when the discrepancy is strictly greater than the threshold. */
  readonly flag: boolean;
  readonly threshold: Quantity<'volume', Exact>;
  /** Where the threshold comes from (the publication, or the request). */
  readonly source: string;
  /** The reservoir size the threshold was chosen for. */
  readonly reservoir: Quantity<'volume', Exact>;
  /** `lower`: less fluid came back than expected (pocket fill, over-infusion); `higher`: more (stall, occlusion, under-delivery). */
  readonly measuredVsExpected: 'lower' | 'higher' | 'equal';
  readonly warnings: EngineWarning[];
}

const ml = (q: Quantity<'volume', Exact>): string => formatQuantity(q, 'mL', 'down').text;

/**
 * Compares the residual volume drained at a refill with the one expected.
 * The discrepancy is |expected − measured|, flagged (warning
 * RESIDUAL_DISCREPANCY) when it exceeds the threshold for the reservoir size:
 * over 1 mL in a 20 mL pump, over 2 mL in a 40 mL pump (Maino et al.,
 * Neuromodulation 2017;20:733-9). For any other size no threshold is
 * published: the request's `discrepancyThreshold` is used, and without it the
 * check is refused (PUMP_PARAMETER_MISSING); the engine never guesses one. A
 * request threshold may tighten a published one, never loosen it
 * (PUMP_PARAMETER_CONFLICT). The pump is resolved by `resolvePump` (its
 * reservoir is needed). Residuals must not be negative or exceed the
 * reservoir (NEGATIVE_QUANTITY, INVALID_VALUE).
 *
 * Fail-closed entry: the input is re-validated first (`guardRefillCheckRequest`), from own
 * data properties only; anything the decoder could not have produced is a coded error (`REQUEST_NOT_WELL_FORMED`, or the decoder's code for the same rule) with the path of the first bad field, never an exception.
 *
 * `options.library` is accepted like every command's (and checked); the
 * residual thresholds are pump facts, which a site library does not change.
 *
 * @example
 * import { checkRefill } from './checkRefill.js';
 * import { decimalArithmetic as A } from '../arith/decimalArithmetic.js';
 * import { quantity } from '../quantity/Quantity.js';
 * const mL = (x: string) => quantity('volume', A.mul(A.fromDecimalString(x), A.fromInteger(86_400_000n)));
 * const r = checkRefill({ pump: { profile: 'synchromed-ii-40' }, expectedResidual: mL('10'), measuredResidual: mL('7.5') });
 * // Right: discrepancy 2.5 mL, flag true, threshold 2 mL (Maino et al., Neuromodulation 2017;20:733-9)
 *
 * Implements REQ-REFILL-001, REQ-REFILL-002, REQ-EMBED-001, REQ-SITE-001.
 * @since 0.1.0
 */
export function checkRefill(request: RefillCheckRequest, options?: LibraryOptions): E.Either<EngineError[], RefillCheckResult> {
  const library = libraryOf(options);
  if (E.isLeft(library)) return library;
  const guarded = guardRefillCheckRequest(request);
  if (E.isLeft(guarded)) return guarded;
  const req = guarded.right;
  const pump = resolvePump(req.pump, ['reservoir'], 'pump', library.right);
  if (E.isLeft(pump)) return pump;
  const reservoir = pump.right.reservoir;
  const errors: EngineError[] = [];
  for (const [field, q] of [['expectedResidual', req.expectedResidual], ['measuredResidual', req.measuredResidual]] as const) {
    if (A.compare(q.base, A.zero) < 0) errors.push(engineError('NEGATIVE_QUANTITY', field, `a residual volume cannot be negative; it is ${ml(q)}`));
    else if (A.compare(q.base, reservoir.base) > 0) errors.push(engineError('INVALID_VALUE', field, `a residual of ${ml(q)} does not fit in a ${ml(reservoir)} reservoir`));
  }
  const chosen = threshold(reservoir, req.discrepancyThreshold, errors);
  if (errors.length > 0 || chosen === undefined) return E.left(errors);

  const diff = A.sub(req.expectedResidual.base, req.measuredResidual.base);
  const sign = A.compare(diff, A.zero);
  const discrepancy = quantity('volume', sign < 0 ? A.sub(A.zero, diff) : diff);
  const flag = A.compare(discrepancy.base, chosen.value.base) > 0;
  const measuredVsExpected = sign > 0 ? 'lower' : sign < 0 ? 'higher' : 'equal';
  const warnings: EngineWarning[] = [];
  if (flag) {
    const why = measuredVsExpected === 'lower'
      ? 'less came back than expected: possibly drug injected outside the reservoir (pocket fill) or over-infusion'
      : 'more came back than expected: possibly a stalled pump, a catheter fault or under-delivery (withdrawal risk)';
    warnings.push(engineError('RESIDUAL_DISCREPANCY', 'measuredResidual',
      `measured ${ml(req.measuredResidual)}, expected ${ml(req.expectedResidual)}: a discrepancy of ${ml(discrepancy)} exceeds ${ml(chosen.value)} for a ${ml(reservoir)} reservoir (${chosen.source}); ${why}`));
  }
  return E.right({ discrepancy, flag, threshold: chosen.value, source: chosen.source, reservoir, measuredVsExpected, warnings });
}

function threshold(reservoir: Quantity<'volume', Exact>, given: Quantity<'volume', Exact> | undefined, errors: EngineError[]): { value: Quantity<'volume', Exact>; source: string } | undefined {
  let published: { value: Quantity<'volume', Exact>; source: string } | undefined;
  for (const t of RESIDUAL_THRESHOLDS) {
    const size = parseSourcedValue(t.reservoir);
    const value = parseSourcedValue(t.threshold);
    if (E.isLeft(size) || E.isLeft(value)) {
      errors.push(E.isLeft(size) ? size.left : engineError('INTERNAL_ERROR', '', `residual threshold ${t.threshold.value} does not parse`));
      return undefined;
    }
    if (A.compare(size.right.base, reservoir.base) === 0) published = { value: value.right, source: t.threshold.source };
  }
  const known = RESIDUAL_THRESHOLDS.map((t) => `${t.threshold.value} for ${t.reservoir.value}`).join(', ');
  if (given !== undefined && A.compare(given.base, A.zero) <= 0) {
    errors.push(engineError('NOT_POSITIVE', 'discrepancyThreshold', 'the discrepancy threshold must be greater than zero'));
    return undefined;
  }
  if (published === undefined) {
    if (given === undefined) {
      errors.push(engineError('PUMP_PARAMETER_MISSING', 'discrepancyThreshold',
        `no residual discrepancy threshold is published for a ${ml(reservoir)} reservoir (published: ${known}, ${RESIDUAL_THRESHOLDS[0]?.threshold.source ?? ''}); give discrepancyThreshold`));
      return undefined;
    }
    return { value: given, source: `request (no published threshold for a ${ml(reservoir)} reservoir)` };
  }
  if (given === undefined) return published;
  if (A.compare(given.base, published.value.base) > 0) {
    errors.push(engineError('PUMP_PARAMETER_CONFLICT', 'discrepancyThreshold',
      `the threshold for a ${ml(reservoir)} reservoir is ${ml(published.value)} (${published.source}); a request may tighten it, not loosen it to ${ml(given)}`));
    return undefined;
  }
  return { value: given, source: `request (tighter than ${ml(published.value)}, ${published.source})` };
}
