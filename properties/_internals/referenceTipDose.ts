import { deliveryPieces, type Piece } from '../../spec/reference/deliveryPieces.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY, type ReferenceProgram } from '../../spec/reference/ReferenceProgram.js';
import { volumeBetween } from '../../spec/reference/volumeBetween.js';

/** A prefix segment in the reference's terms: `[duration s, volume mL]` delivered evenly. */
export interface RefSegment {
  readonly duration: Rational;
  readonly volume: Rational;
}

/** What leaves the tip: layers `[volume mL, concentration]` from the tip, then the reservoir's concentration. */
export interface RefQueue {
  readonly layers: readonly { readonly volume: Rational; readonly concentration: Rational }[];
  readonly after: Rational;
}

/** The mass in the first `v` mL of the queue. */
export function refQueueMass(q: RefQueue, v: Rational): Rational {
  let left = v;
  let mass = Rational.ZERO;
  for (const l of q.layers) {
    const take = Rational.min(Rational.max(left, Rational.ZERO), l.volume);
    mass = mass.add(take.mul(l.concentration));
    left = left.sub(take);
  }
  return mass.add(Rational.max(left, Rational.ZERO).mul(q.after));
}

/**
 * The delivery pieces (mL/s) of: the prefix from t = 0, then the program from
 * the prefix's end, its clock reading `clock` (s after midnight) there; a
 * periodic bolus whose start the clock placed before that instant is included
 * only when `running`. Built from the reference's own day-by-day pieces,
 * shifted and clipped: nothing is shared with the engine. For a program with
 * a `period` (a week program) `days` counts periods.
 */
export function refPlanPieces(prefix: readonly RefSegment[], program: ReferenceProgram, clock: Rational, days: number, running: boolean): Piece[] {
  const pieces: Piece[] = [];
  let t = Rational.ZERO;
  for (const s of prefix) {
    if (s.duration.gt(Rational.ZERO)) pieces.push({ from: t, to: t.add(s.duration), rate: s.volume.div(s.duration) });
    t = t.add(s.duration);
  }
  const shift = t.sub(clock); // real time = clock-line time + shift
  // a week program keeps its period: `days` then counts weeks
  const period = program.period === undefined ? {} : { period: program.period };
  const basal = deliveryPieces({ steps: program.steps, periodicBoluses: [], ...period }, -1, days + 1);
  const boluses = deliveryPieces({ steps: [], periodicBoluses: program.periodicBoluses, ...period }, -1, days + 1);
  for (const p of basal) {
    const from = Rational.max(p.from.add(shift), t);
    const to = p.to.add(shift);
    if (to.gt(from)) pieces.push({ from, to, rate: p.rate });
  }
  for (const p of boluses) {
    const from = p.from.add(shift);
    if (from.ge(t) || (running && p.to.add(shift).gt(t))) pieces.push({ from: Rational.max(from, t), to: p.to.add(shift), rate: p.rate });
  }
  return pieces;
}

/**
 * The most and least mass any 24 h window `[s, s + 24 h]`, `0 ≤ s ≤ until`,
 * takes out of the queue, by brute force: the window mass is piecewise linear
 * in `s` with corners where `s` or `s + 24 h` meets a piece boundary or where
 * the volume moved by then crosses a layer bound; every such `s` is tried.
 */
export function refTipExtremes(pieces: readonly Piece[], q: RefQueue, until: Rational): { most: Rational; least: Rational } {
  const V = (t: Rational): Rational => volumeBetween(pieces, Rational.ZERO, t);
  const inRange = (s: Rational): boolean => s.ge(Rational.ZERO) && s.le(until);
  const cuts = new Map<string, Rational>();
  const add = (s: Rational): void => {
    if (inRange(s)) cuts.set(s.toString(), s);
  };
  add(Rational.ZERO);
  add(until);
  for (const p of pieces) for (const b of [p.from, p.to]) {
    add(b);
    add(b.sub(DAY));
  }
  let bounds: Rational[] = [];
  let acc = Rational.ZERO;
  for (const l of q.layers) {
    acc = acc.add(l.volume);
    bounds.push(acc);
  }
  bounds = bounds.filter((b) => b.gt(Rational.ZERO));
  const sorted = [...cuts.values()].sort((a, b) => a.compare(b));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] as Rational;
    const b = sorted[i + 1] as Rational;
    for (const f of [(s: Rational) => V(s), (s: Rational) => V(s.add(DAY))]) {
      const fa = f(a);
      const fb = f(b);
      if (fa.eq(fb)) continue;
      for (const k of bounds) {
        const th = k.sub(fa).div(fb.sub(fa));
        if (th.gt(Rational.ZERO) && th.lt(Rational.ONE)) add(a.add(b.sub(a).mul(th)));
      }
    }
  }
  let most: Rational | undefined;
  let least: Rational | undefined;
  for (const s of cuts.values()) {
    const m = refQueueMass(q, V(s.add(DAY))).sub(refQueueMass(q, V(s)));
    if (most === undefined || m.gt(most)) most = m;
    if (least === undefined || m.lt(least)) least = m;
  }
  return { most: most ?? Rational.ZERO, least: least ?? Rational.ZERO };
}
