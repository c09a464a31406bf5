import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { aboveBound, decimalArithmetic as A, parseQuantity, type Dimension, type Exact, type InputBound, type Quantity } from '../../core/index.js';
import { codedFailure } from './codedFailure.js';
import { quantitySchema } from './_internals/quantitySchema.js';
import { pathOf } from './_internals/pathOf.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * Which signs a quantity field admits: `positive` (> 0, else `NOT_POSITIVE`:
 * doses, durations, concentrations, capacities, rates), `nonNegative` (≥ 0,
 * else `NEGATIVE_QUANTITY`: tolerances, internal volumes) or `any`.
 * @since 0.1.0
 */
export type Sign = 'positive' | 'nonNegative' | 'any';

/**
 * A quantity field of one dimension, built on `parseQuantity`: every quantity
 * rule of the contract applies (`NUMBER_FOR_QUANTITY`, `INVALID_QUANTITY`,
 * `REFUSED_UNIT`, `UNKNOWN_UNIT`, `WRONG_DIMENSION`, `QUANTITY_OUT_OF_RANGE`,
 * `WRONG_TYPE`), with the field's path, then the sign rule. A zero or negative
 * value where it would divide by zero or make no physical sense is refused,
 * never turned into Infinity or a zero rate. With a `bound` (one of
 * `INPUT_BOUNDS`), a value above it is `QUANTITY_ABOVE_BOUND`: the largest a
 * real pump or catheter has, with its source, or a documented engine bound.
 *
 * @example
 * import { quantityCodec } from './quantityCodec.js';
 * import { INPUT_BOUNDS } from '../../core/index.js';
 * const concentration = quantityCodec('concentration', 'positive');
 * concentration.decode('10 mg/mL'); // Right({ dim: 'concentration', base: 10000 })  (10 mg/mL = 10000 ng/uL)
 * concentration.decode('0 mg/mL');  // Left: NOT_POSITIVE
 * concentration.decode('10 µg/mL'); // Left: REFUSED_UNIT ("use mcg")
 * quantityCodec('volume', 'positive', INPUT_BOUNDS.reservoirVolume).decode('41 mL'); // Left: QUANTITY_ABOVE_BOUND (40 mL, the largest sourced reservoir)
 *
 * Implements REQ-UNIT-001, REQ-UNIT-003, REQ-UNIT-004, REQ-UNIT-005, REQ-WIRE-005 (positivity), REQ-BOUND-001 (bounds).
 * @since 0.1.0
 */
export function quantityCodec<D extends Dimension>(dim: D, sign: Sign, bound?: InputBound<D>): WireCodec<Quantity<D, Exact>> {
  return wireCodec<Quantity<D, Exact>>(`${dim}${sign === 'any' ? '' : ` (${sign})`}`, (u, c) => {
    const path = pathOf(c);
    const q = parseQuantity(dim, u, path);
    if (E.isLeft(q)) return codedFailure(u, c, q.left.code, q.left.message);
    const s = A.compare(q.right.base, A.zero);
    const field = path === '' ? 'the value' : `"${path}"`;
    if (sign === 'positive' && s <= 0) {
      return codedFailure(u, c, 'NOT_POSITIVE', `${field} must be greater than zero (got "${String(u)}")`);
    }
    if (sign === 'nonNegative' && s < 0) {
      return codedFailure(u, c, 'NEGATIVE_QUANTITY', `${field} must not be negative (got "${String(u)}")`);
    }
    const above = bound === undefined ? undefined : aboveBound(q.right, bound, path, String(u));
    if (above !== undefined) return codedFailure(u, c, above.code, above.message);
    return t.success(q.right);
  }, quantitySchema(dim, sign));
}
