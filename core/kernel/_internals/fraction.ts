import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import type { ExactFraction } from '../ExactFraction.js';
import { lcm } from './lcm.js';

/** The kernel's exact fraction (see `ExactFraction`). */
export type Fraction<N> = ExactFraction<N>;

/** -1, 0 or 1 as `x` is less than, equal to or greater than `y`. */
export const compareFractions = <N>(A: ExactArithmetic<N>, x: Fraction<N>, y: Fraction<N>): -1 | 0 | 1 =>
  A.compare(A.mul(x.num, y.den), A.mul(y.num, x.den));

/** `x + y` over the least common multiple of the denominators (which must be integer multiples of a common unit; see `lcm`). */
export function addFractions<N>(A: ExactArithmetic<N>, x: Fraction<N>, y: Fraction<N>): Fraction<N> {
  const den = lcm(A, x.den, y.den);
  return { num: A.add(A.mul(x.num, A.floorDiv(den, x.den)), A.mul(y.num, A.floorDiv(den, y.den))), den };
}

/** `x − y` (see {@link addFractions}). */
export const subFractions = <N>(A: ExactArithmetic<N>, x: Fraction<N>, y: Fraction<N>): Fraction<N> =>
  addFractions(A, x, { num: A.sub(A.zero, y.num), den: y.den });

/** `k × x`. */
export const scaleFraction = <N>(A: ExactArithmetic<N>, x: Fraction<N>, k: N): Fraction<N> => ({ num: A.mul(x.num, k), den: x.den });
