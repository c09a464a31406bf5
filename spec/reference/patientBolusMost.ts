import { Rational } from './Rational.js';
import { DAY, type ReferenceProgram } from './ReferenceProgram.js';

/** Largest search grid accepted (grid points in a day plus in one bolus duration). */
const MAX_GRID_POINTS = 3000;

/** The most patient-bolus volume (mL) that fits in one 24 h window, with a press set that delivers it. */
export interface PatientBolusMost {
  readonly volume: Rational;
  /** Starts (s, relative to the window's start) of an optimal press set. */
  readonly presses: readonly Rational[];
  /** The search grid (s). */
  readonly grid: Rational;
}

/**
 * The most a patient can take in the fixed window `[0, 24 h)` by exhaustive
 * search over every allowed press set: starts in `[−duration, 24 h)` (a press
 * outside delivers nothing inside, and dropping it never breaks a rule),
 * consecutive starts at least `lockout` apart, at most `maxPerDay` starts in
 * any half-open 24 h span, each bolus counting for the part of it delivered
 * inside the window. Every window is the same for the patient, who can press
 * at any time, so this fixed window is every window.
 *
 * Why a grid is enough. Let `g` be the coarsest grid that `duration`,
 * `lockout` and 24 h all lie on. For a fixed number of presses, the allowed
 * starts `s_1 < … < s_m` form a polyhedron cut out by difference constraints
 * (`s_{i+1} − s_i ≥ lockout`; `s_{i+n} − s_i ≥ 24 h` is "at most n starts in a
 * half-open 24 h") and bounds `−duration ≤ s_i ≤ 24 h`. The delivered amount
 * is linear on each cell where every `s_i` stays on one side of `0` and of
 * `24 h − duration`. A linear function is largest at a vertex of the cell,
 * and a vertex solves tight constraints of those forms, so each coordinate
 * is a sum of ± `duration`, `lockout`, 24 h: a multiple of `g`.
 *
 * How the search stays exhaustive yet small: dynamic programming over the
 * grid points in time order, "press here or not" at each. The state is
 * everything a later decision depends on: how long until the lockout allows
 * a press, and the earlier starts that share a half-open 24 h span with a
 * later start `x`, i.e. those `p` with `x − p < 24 h`. Every start `p ≥ 0`
 * does so for every `x < 24 h`, so those are kept only as a count; a start
 * before 0 (at most one, since `lockout ≥ duration`) is kept by position.
 * Two histories with the same state have the same allowed futures, so the
 * table loses nothing. `maxPerDay` above `⌈24 h / lockout⌉` is lowered to
 * it: no half-open 24 h can hold more starts `lockout` apart anyway.
 *
 * @example
 * import { patientBolusMost } from './patientBolusMost.js';
 * import { readWireProgram } from './readWireProgram.js';
 * const p = readWireProgram({ steps: [{ start: '00:00', rate: '0 mL/day' }], periodicBoluses: [],
 *   patientBolus: { volume: '0.01 mL', duration: '10 min', lockout: '7 h', maxPerDay: 5 } });
 * patientBolusMost(p).volume.toString(); // "1/25"  (4 boluses: at 0, 7, 14 and 21 h)
 *
 * Implements REQ-REF-006 (reference patient-bolus worst case by exhaustive search).
 * @since 0.1.0
 */
export function patientBolusMost(program: ReferenceProgram): PatientBolusMost {
  const pb = program.patientBolus;
  if (pb === undefined || pb.maxPerDay === 0) return { volume: Rational.ZERO, presses: [], grid: DAY };
  const g = Rational.gcd(Rational.gcd(pb.duration, pb.lockout), DAY);
  const W = gridCount(DAY, g);
  const dur = gridCount(pb.duration, g);
  if (W + dur > MAX_GRID_POINTS) throw new RangeError(`reference: search grid of ${g.toString()} s is too fine`);
  // A lockout at least as long as the span of possible starts allows one press; longer changes nothing.
  const lock = gridCount(Rational.min(pb.lockout, g.mul(Rational.of(BigInt(W + dur)))), g);
  const n = Math.min(pb.maxPerDay, Math.ceil(W / lock));
  const first = 1 - dur; // a press at −duration or earlier delivers nothing inside the window
  const onTime = (x: number): number => Math.min(x + dur, W) - Math.max(x, 0);
  // State at a grid point: wait (0 … lock−1: grid steps until a press is allowed),
  // count (0 … n: starts at or after 0 so far), neg (0 … dur−1: the start before 0 was at −neg; 0 = none).
  const at = (wait: number, count: number, neg: number): number => (wait * (n + 1) + count) * dur + neg;
  const mayPress = (x: number, wait: number, count: number, neg: number): boolean =>
    wait === 0 && count + (neg > 0 && x + neg < W ? 1 : 0) + 1 <= n;
  const afterPress = (x: number, count: number, neg: number): number => at(lock - 1, count + (x >= 0 ? 1 : 0), x < 0 ? -x : neg);
  const afterSkip = (wait: number, count: number, neg: number): number => at(Math.max(wait - 1, 0), count, neg);

  // best[x − first][state]: the most on-time (grid steps) from starts at x or later. Past the window: 0.
  const size = lock * (n + 1) * dur;
  const best: Int32Array[] = [];
  best[W - first] = new Int32Array(size);
  for (let x = W - 1; x >= first; x--) {
    const next = best[x + 1 - first] ?? new Int32Array(size);
    const here = new Int32Array(size);
    for (let wait = 0; wait < lock; wait++) {
      for (let count = 0; count <= n; count++) {
        for (let neg = 0; neg < dur; neg++) {
          const skip = next[afterSkip(wait, count, neg)] ?? 0;
          const press = mayPress(x, wait, count, neg) ? onTime(x) + (next[afterPress(x, count, neg)] ?? 0) : -1;
          here[at(wait, count, neg)] = Math.max(skip, press);
        }
      }
    }
    best[x - first] = here;
  }

  // Walk the table forward to recover one optimal press set.
  const presses: Rational[] = [];
  let [wait, count, neg] = [0, 0, 0];
  for (let x = first; x < W; x++) {
    const value = best[x - first]?.[at(wait, count, neg)];
    if (mayPress(x, wait, count, neg) && onTime(x) + (best[x + 1 - first]?.[afterPress(x, count, neg)] ?? 0) === value) {
      presses.push(g.mul(Rational.of(BigInt(x))));
      [wait, count, neg] = [lock - 1, count + (x >= 0 ? 1 : 0), x < 0 ? -x : neg];
    } else {
      wait = Math.max(wait - 1, 0);
    }
  }
  const most = best[0]?.[at(0, 0, 0)] ?? 0;
  return { volume: pb.volume.mul(g).mul(Rational.of(BigInt(most))).div(pb.duration), presses, grid: g };
}

/** `x / g` as a whole number; `x` is a multiple of `g` and at most a few thousand of them. */
function gridCount(x: Rational, g: Rational): number {
  const q = x.div(g);
  if (!q.isInteger() || q.num > 2n * BigInt(MAX_GRID_POINTS)) throw new RangeError('reference: value off the search grid or too large');
  return Number(q.num);
}
