import { deliveryPieces } from './deliveryPieces.js';
import { Rational } from './Rational.js';
import { DAY, periodOf, type ReferenceProgram } from './ReferenceProgram.js';
import { volumeBetween } from './volumeBetween.js';

/** The most and the least basal plus periodic-bolus volume (mL) in a 24 h window, and a window start giving each. */
export interface WindowExtremes {
  readonly most: Rational;
  readonly mostAt: Rational;
  readonly least: Rational;
  readonly leastAt: Rational;
}

/**
 * The most and the least volume the basal steps and periodic boluses deliver
 * in any 24-hour window `[t, t + 24 h)`, found by brute force.
 *
 * The delivery is laid out as pieces over four days (from the day before, so
 * that a bolus running past midnight is included). The window volume
 * `F(t) = ∫_t^{t+24h} rate` is continuous and piecewise linear in `t`; its
 * slope `rate(t + 24 h) − rate(t)` changes only where `t` or `t + 24 h` is a
 * piece boundary `b`, i.e. at `t = b` or `t = b − 24 h`. So its maximum and
 * minimum over `t ∈ [0, 24 h]` are among those candidates and the two ends.
 * Windows starting outside `[0, 24 h]` repeat these, the program repeating
 * every day. Every candidate is evaluated; none is skipped. A program with a
 * longer `period` (a week program) is laid out over four periods and its
 * window starts range over `[0, period]` (every window of the week, across
 * Sunday → Monday too), by the same argument.
 *
 * @example
 * import { windowExtremes } from './windowExtremes.js';
 * import { readWireProgram } from './readWireProgram.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [{ start: '23:00', volume: '0.1 mL', duration: '2 h' }] });
 * windowExtremes(p).most.toString(); // "2/5"  (0.3 + 0.1 mL in every window)
 *
 * Implements REQ-REF-005 (reference worst and least 24 h basal delivery by exhaustive window search).
 * @since 0.1.0
 */
export function windowExtremes(program: ReferenceProgram): WindowExtremes {
  const period = periodOf(program);
  const pieces = deliveryPieces(program, -1, 2);
  const candidates = [Rational.ZERO, period];
  for (const p of pieces) {
    for (const b of [p.from, p.to]) {
      for (const t of [b, b.sub(DAY)]) {
        if (t.ge(Rational.ZERO) && t.le(period)) candidates.push(t);
      }
    }
  }
  let best: WindowExtremes | undefined;
  for (const t of candidates) {
    const v = volumeBetween(pieces, t, t.add(DAY));
    best = best === undefined
      ? { most: v, mostAt: t, least: v, leastAt: t }
      : {
        most: v.gt(best.most) ? v : best.most,
        mostAt: v.gt(best.most) ? t : best.mostAt,
        least: v.lt(best.least) ? v : best.least,
        leastAt: v.lt(best.least) ? t : best.leastAt,
      };
  }
  // candidates is never empty (it holds 0 and 24 h)
  return best ?? { most: Rational.ZERO, mostAt: Rational.ZERO, least: Rational.ZERO, leastAt: Rational.ZERO };
}
