import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';

/**
 * Greatest common divisor of two non-negative values that are integer
 * multiples of a common unit (integers, or decimals with finitely many places),
 * by Euclid's algorithm on `floorDiv`.
 */
export function gcd<N>(A: ExactArithmetic<N>, a: N, b: N): N {
  let x = a;
  let y = b;
  while (A.compare(y, A.zero) !== 0) {
    const r = A.sub(x, A.mul(A.floorDiv(x, y), y));
    x = y;
    y = r;
  }
  return x;
}

/** Least common multiple of two positive values (see {@link gcd}); exact, since the gcd divides `a`. */
export function lcm<N>(A: ExactArithmetic<N>, a: N, b: N): N {
  return A.mul(A.floorDiv(a, gcd(A, a, b)), b);
}
