import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import { programPeriod, type DailyProgram } from '../DailyProgram.js';
import { clamp, max, min } from './arith.js';
import { earliestPatientOnTime } from './earliestPatientOnTime.js';
import { modulo } from './programPieces.js';

/** A periodic bolus seen from the fill: it starts `a` in `[0, 24 h)` after the fill each day and ends at `end`; `spill` of the copy running at the fill is left then. */
interface BolusFromFill<N> {
  readonly a: N;
  readonly end: N;
  readonly duration: N;
  readonly volume: N;
  readonly spill: N;
  /** The rounded term of the day while the bolus is not running and before its start: `ceil(volume × spill / duration)`. */
  readonly before: N;
}

/**
 * The earliest-case draw of a program (exactly `cumulativeVolume`), prepared
 * once for many evaluations after the same fill, and what a whole day draws.
 */
export interface PreparedDraw<N> {
  /** `cumulativeVolume(A, program, fillClock, t)` for `t ≥ 0`, exactly. */
  readonly at: (t: N) => N;
  /** The basal steps' and periodic boluses' draw in every whole period (a day; a week for a week program) after the fill (exact, no rounding). */
  readonly daily: N;
  /** How many terms `at` rounds up (each by less than one base unit): one per periodic bolus, one for the patient bolus. */
  readonly roundedTerms: N;
}

/** The last index of a sorted list whose key is at most `x`; −1 when there is none. */
function lastAtMost<N, T>(A: ExactArithmetic<N>, xs: readonly T[], key: (v: T) => N, x: N): number {
  let lo = -1;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (A.compare(key(xs[mid] as T), x) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Prepares `cumulativeVolume` for repeated evaluation after one fill.
 *
 * It rests on the draw adding a fixed amount per day: for `t ≥ 0` every
 * basal step and periodic bolus is on exactly its own length more by
 * `t + 24 h` than by `t` (a bolus already running at the fill counts), so
 * with `t = k days + r` the basal draw is `k × (one day's) + B(r)` and a
 * bolus of `v` over `d` has been on `k·d + on(r)`. Its rounded term
 * `ceil(v × (k·d + on(r)) / d)` is `k·v + ceil(v × on(r) / d)` when `v` is a
 * whole number of base units; and while the bolus is not running,
 * `ceil(v × on(r) / d)` is `before` (ahead of its start) or `v` (after its
 * end). So for the boluses of whole volume the draw at `r` is: `k` whole days,
 * every `before`, the `v − before` of those ended by `r` (a prefix sum over
 * the ends), and a division only for those running at `r`. A bolus of
 * fractional volume is divided at every evaluation.
 *
 * Work: preparing sorts the steps and boluses, O(n log n) for n of them;
 * each evaluation is O(log n) plus one division per bolus running at `r`,
 * the boluses starting within the longest bolus duration before `r` looked
 * at, plus the boluses of fractional volume.
 */
export function prepareDraw<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, fillClock: N): PreparedDraw<N> {
  // the program's period: 24 h, or a week for a week program (every "day" below is one period)
  const day = programPeriod(A, program);
  /** `x mod 24 h`, without a division for the usual `x` in (−24 h, 24 h). */
  const dayPhase = (x: N): N => {
    const y = A.compare(x, A.zero) < 0 ? A.add(x, day) : x;
    return A.compare(y, A.zero) >= 0 && A.compare(y, day) < 0 ? y : modulo(A, x, day);
  };
  const phase = dayPhase(fillClock);

  // The basal steps over the 24 h after the fill, in order: each from `start` at `flow`, with the volume drawn before it.
  const steps = program.steps
    .map((s, i) => ({ from: dayPhase(A.sub(s.start, phase)), length: A.sub(program.steps[i + 1]?.start ?? day, s.start), flow: s.flow }))
    .sort((x, y) => A.compare(x.from, y.from));
  // the step running at the fill starts before it: its part before the fill comes at the end of the 24 h
  const basal: { start: N; flow: N; before: N }[] = [];
  let basalDay = A.zero;
  const push = (start: N, length: N, flow: N): void => {
    basal.push({ start, flow, before: basalDay });
    basalDay = A.add(basalDay, A.mul(flow, length));
  };
  const last = steps[steps.length - 1];
  const wraps = last !== undefined && A.compare(A.add(last.from, last.length), day) > 0;
  if (last !== undefined && wraps) push(A.zero, A.sub(A.add(last.from, last.length), day), last.flow);
  steps.forEach((s, i) => push(s.from, wraps && i === steps.length - 1 ? A.sub(day, s.from) : s.length, s.flow));
  // the pieces cover [0, 24 h) one after another (DailyProgram's steps cover the day), so r is inside the last piece starting at or before it
  const basalAt = (r: N): N => {
    const p = basal[lastAtMost(A, basal, (b) => b.start, r)];
    return p === undefined ? A.zero : A.add(p.before, A.mul(p.flow, A.sub(r, p.start)));
  };

  const up = (x: N, d: N): N => quotientUpForUpperBound(A, x, d, A.one).value;
  const fromFill = (b: { start: N; volume: N; duration: N }): BolusFromFill<N> => {
    const a = dayPhase(A.sub(b.start, phase));
    const spill = clamp(A, A.sub(A.add(a, b.duration), day), A.zero, day);
    const before = A.compare(spill, A.zero) > 0 ? up(A.mul(b.volume, spill), b.duration) : A.zero;
    return { a, end: A.add(a, b.duration), duration: b.duration, volume: b.volume, spill, before };
  };
  const all = program.periodicBoluses.map(fromFill);
  const whole = all.filter((b) => A.isInteger(b.volume));
  const fractional = all.filter((b) => !A.isInteger(b.volume));
  const byStart = [...whole].sort((x, y) => A.compare(x.a, y.a));
  const longest = whole.reduce((m, b) => max(A, m, b.duration), A.zero);
  // the boluses running at the fill, longest left first (they run on [0, spill))
  const spilling = whole.filter((b) => A.compare(b.spill, A.zero) > 0).sort((x, y) => A.compare(y.spill, x.spill));
  // ended by r: a prefix of the boluses by their end, with the running sums of `volume − before`
  const byEnd = [...whole].sort((x, y) => A.compare(x.end, y.end));
  const endedGain: N[] = [];
  let gain = A.zero;
  for (const b of byEnd) {
    gain = A.add(gain, A.sub(b.volume, b.before));
    endedGain.push(gain);
  }
  let beforeAll = A.zero;
  let bolusDay = A.zero;
  let wholeDay = A.zero;
  for (const b of all) bolusDay = A.add(bolusDay, b.volume);
  for (const b of whole) {
    beforeAll = A.add(beforeAll, b.before);
    wholeDay = A.add(wholeDay, b.volume);
  }
  /** `ceil(v × on(r) / d)` − `before` for a bolus running at `r`. */
  const runningGain = (b: BolusFromFill<N>, r: N): N =>
    A.sub(up(A.mul(b.volume, A.add(min(A, b.spill, r), clamp(A, A.sub(r, b.a), A.zero, b.duration))), b.duration), b.before);

  const pb = program.patientBolus;
  const patient = pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0 ? pb : undefined;

  const at = (t: N): N => {
    const k = A.floorDiv(t, day);
    const r = A.sub(t, A.mul(k, day));
    let total = A.add(A.add(A.mul(k, A.add(basalDay, wholeDay)), basalAt(r)), beforeAll);
    const ended = lastAtMost(A, byEnd, (b) => b.end, r);
    if (ended >= 0) total = A.add(total, endedGain[ended] as N);
    // running at r: this day's copy, started within the longest duration before r and not ended by it ...
    const earliest = A.sub(r, longest);
    for (let i = lastAtMost(A, byStart, (b) => b.a, r); i >= 0; i--) {
      const b = byStart[i] as BolusFromFill<N>;
      if (A.compare(b.a, earliest) <= 0) break;
      if (A.compare(b.a, r) < 0 && A.compare(b.end, r) > 0) total = A.add(total, runningGain(b, r));
    }
    // ... or the copy running at the fill, until its spill
    for (const b of spilling) {
      if (A.compare(b.spill, r) <= 0) break;
      total = A.add(total, runningGain(b, r));
    }
    for (const b of fractional) {
      const on = A.add(A.mul(k, b.duration), A.add(min(A, b.spill, r), clamp(A, A.sub(r, b.a), A.zero, b.duration)));
      total = A.add(total, up(A.mul(b.volume, on), b.duration));
    }
    if (patient !== undefined) total = A.add(total, up(A.mul(patient.volume, earliestPatientOnTime(A, patient, t)), patient.duration));
    return total;
  };
  return {
    at,
    daily: A.add(basalDay, bolusDay),
    roundedTerms: A.fromInteger(BigInt(all.length + (patient === undefined ? 0 : 1))),
  };
}
