import type { Piece } from './deliveryPieces.js';
import { Rational } from './Rational.js';

/**
 * The volume (mL) the pieces deliver in `[a, b)`: for every piece, its rate
 * times the length of its overlap with `[a, b)`, summed. Nothing cleverer.
 *
 * @example
 * import { volumeBetween } from './volumeBetween.js';
 * import { Rational } from './Rational.js';
 * const piece = { from: Rational.ZERO, to: Rational.of(100n), rate: Rational.of(1n, 10n) };
 * volumeBetween([piece], Rational.of(50n), Rational.of(200n)).toString(); // "5"
 *
 * Implements REQ-REF-004.
 * @since 0.1.0
 */
export function volumeBetween(pieces: readonly Piece[], a: Rational, b: Rational): Rational {
  let total = Rational.ZERO;
  for (const p of pieces) {
    const overlap = Rational.min(p.to, b).sub(Rational.max(p.from, a));
    if (overlap.gt(Rational.ZERO)) total = total.add(p.rate.mul(overlap));
  }
  return total;
}
