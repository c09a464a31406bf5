import { deliveryPieces, type Piece } from './deliveryPieces.js';
import { earliestPresses } from './earliestPresses.js';
import { Rational } from './Rational.js';
import { DAY, periodOf, type ReferenceProgram } from './ReferenceProgram.js';

/** Days simulated before giving up (the tests draw within a few weeks). */
const MAX_DAYS = 2000;

/**
 * The exact time (s after the fill) at which the reservoir draw, with every
 * patient bolus taken as early as allowed ({@link earliestPresses}), first
 * reaches `volume` (mL): the least `T` with draw(T) ≥ `volume`. `undefined`
 * when the program draws nothing at all.
 *
 * A plain event simulation: day after day from the fill, every basal step,
 * periodic bolus and patient bolus of that day becomes a constant-rate piece
 * (times relative to the fill at clock time `fillClock`, s after midnight);
 * the rate changes only where a piece starts or ends, so the draw is walked
 * from one such event to the next, and inside the segment where it reaches
 * `volume` the time is solved exactly (the rate is constant there).
 *
 * @example
 * import { timeUntilDrawn } from './timeUntilDrawn.js';
 * import { readWireProgram } from './readWireProgram.js';
 * import { Rational } from './Rational.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0.3 mL/day' }], periodicBoluses: [] });
 * timeUntilDrawn(p, Rational.ZERO, Rational.of(38n))?.toString(); // "10944000"  (3040 h)
 *
 * Implements REQ-REF-007.
 * @since 0.1.0
 */
export function timeUntilDrawn(program: ReferenceProgram, fillClock: Rational, volume: Rational): Rational | undefined {
  if (volume.le(Rational.ZERO)) return Rational.ZERO;
  const pb = program.patientBolus;
  const drawsAtAll = program.steps.some((s) => s.rate.gt(Rational.ZERO))
    || program.periodicBoluses.some((b) => b.volume.gt(Rational.ZERO))
    || (pb !== undefined && pb.maxPerDay > 0 && pb.volume.gt(Rational.ZERO));
  if (!drawsAtAll) return undefined;
  let drawn = Rational.ZERO;
  let presses: Rational[] = [];
  let pressesUntil = Rational.ZERO;
  let firstPress = 0; // index of the first press whose bolus may still run on the current day
  for (let k = 0; k < MAX_DAYS; k++) {
    const dayStart = DAY.mul(Rational.of(BigInt(k)));
    const dayEnd = dayStart.add(DAY);
    if (pressesUntil.lt(dayEnd)) {
      // the presses are recomputed from the fill, for twice the span each time (the same list, only longer)
      pressesUntil = Rational.max(dayEnd, pressesUntil.mul(Rational.of(2n)));
      presses = earliestPresses(program, pressesUntil);
    }
    const patient: Piece[] = [];
    if (pb !== undefined) {
      const rate = pb.volume.div(pb.duration);
      while (firstPress < presses.length && (presses[firstPress] ?? dayEnd).add(pb.duration).le(dayStart)) firstPress++;
      for (let i = firstPress; i < presses.length && (presses[i] ?? dayEnd).lt(dayEnd); i++) {
        const from = presses[i] ?? dayEnd;
        patient.push({ from, to: from.add(pb.duration), rate });
      }
    }
    const pieces = [...scheduledPiecesFromFill(program, fillClock, k), ...patient];
    const events = new Map<string, { t: Rational; delta: Rational }>();
    const addEvent = (t: Rational, delta: Rational): void => {
      const e = events.get(t.toString());
      events.set(t.toString(), { t, delta: (e?.delta ?? Rational.ZERO).add(delta) });
    };
    for (const p of pieces) {
      const from = Rational.max(p.from, dayStart);
      const to = Rational.min(p.to, dayEnd);
      if (from.lt(to)) {
        addEvent(from, p.rate);
        addEvent(to, p.rate.neg());
      }
    }
    addEvent(dayEnd, Rational.ZERO);
    const ordered = [...events.values()].sort((a, b) => a.t.compare(b.t));
    let now = dayStart;
    let rate = Rational.ZERO;
    for (const e of ordered) {
      const segment = rate.mul(e.t.sub(now));
      if (drawn.add(segment).ge(volume)) return now.add(volume.sub(drawn).div(rate));
      drawn = drawn.add(segment);
      rate = rate.add(e.delta);
      now = e.t;
    }
  }
  throw new RangeError(`reference: not drawn within ${MAX_DAYS} days`);
}

/** Basal and periodic pieces around day `k` after the fill, in time from the fill. */
function scheduledPiecesFromFill(program: ReferenceProgram, fillClock: Rational, k: number): Piece[] {
  // the periods (days, or weeks for a week program) that can deliver in day k after the fill, one more either side
  const P = periodOf(program);
  const first = Number(DAY.mul(Rational.of(BigInt(k))).add(fillClock).div(P).floor()) - 1;
  const last = Number(DAY.mul(Rational.of(BigInt(k + 1))).add(fillClock).div(P).floor()) + 1;
  return deliveryPieces(program, P === DAY ? k - 1 : first, P === DAY ? k + 1 : last).map((p) => ({ from: p.from.sub(fillClock), to: p.to.sub(fillClock), rate: p.rate }));
}
