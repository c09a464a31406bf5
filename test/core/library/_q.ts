import * as E from 'fp-ts/lib/Either.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';
import type { Dimension } from '../../../core/quantity/dimension.js';
import type { Quantity } from '../../../core/quantity/Quantity.js';
import type { Exact } from '../../../core/arith/decimalArithmetic.js';

/** Parses a quantity literal of a test (a bad literal fails the test loudly). */
export function q<D extends Dimension>(dim: D, text: string): Quantity<D, Exact> {
  const r = parseQuantity(dim, text, 'test');
  if (E.isLeft(r)) throw new Error(`bad test quantity ${text}: ${r.left.message}`);
  return r.right;
}
