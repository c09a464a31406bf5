import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS, programPeriod, type DailyProgram, type PatientBolus } from '../DailyProgram.js';
import type { FlowPiece } from './flowPieces.js';

/** `x mod P` in `[0, P)`, for `P > 0`. */
export const modulo = <N>(A: ExactArithmetic<N>, x: N, P: N): N => A.sub(x, A.mul(A.floorDiv(x, P), P));

/**
 * The program's basal steps and periodic boluses in real time on
 * `[from, to)`, the pump clock reading `clockAtFrom` (s after midnight, any
 * value: taken modulo the program's period, 24 h or a week) at real time `from` and running at the speed of
 * real time. A periodic bolus is started when the clock reaches its start
 * time inside the span and then runs its whole duration (even past `to`).
 * With `running`, the boluses the same clock started before `from` and still
 * running at `from` are included too (a program that has been running); without
 * it they are not (a program started at `from`).
 */
export function programPieces<N>(A: ExactArithmetic<N>, program: DailyProgram<N>, from: N, to: N, clockAtFrom: N, running: boolean): FlowPiece<N>[] {
  // the program's period (24 h, or a week for a week program): the clock is read modulo it
  const day = programPeriod(A, program);
  const phase = modulo(A, clockAtFrom, day);
  const pieces: FlowPiece<N>[] = [];
  // Real time of clock 0 on the first day: from − phase (≤ from).
  const firstMidnight = A.sub(from, phase);
  for (let midnight = firstMidnight; A.compare(midnight, to) < 0; midnight = A.add(midnight, day)) {
    program.steps.forEach((step, i) => {
      const start = A.add(midnight, step.start);
      const end = A.add(midnight, program.steps[i + 1]?.start ?? day);
      if (A.compare(end, from) > 0 && A.compare(start, to) < 0) {
        pieces.push({ kind: 'rate', start: A.compare(start, from) < 0 ? from : start, end: A.compare(end, to) > 0 ? to : end, flow: step.flow });
      }
    });
  }
  for (const b of program.periodicBoluses) {
    let start = A.add(from, modulo(A, A.sub(b.start, phase), day));
    if (running) {
      const before = A.sub(start, day);
      if (A.compare(A.add(before, b.duration), from) > 0) pieces.push({ kind: 'bolus', start: before, duration: b.duration, volume: b.volume, deliveredFrom: from });
    }
    for (; A.compare(start, to) < 0; start = A.add(start, day)) {
      pieces.push({ kind: 'bolus', start, duration: b.duration, volume: b.volume });
    }
  }
  return pieces;
}

/**
 * The patient boluses taken as early as the lockout and the rolling 24 h count
 * allow, from `origin` (the first at `origin`) until `to`: the train whose
 * cumulative volume is the most any patient can have drawn by every instant
 * (the same schedule as `cumulativeVolume`). With `from`, only the boluses
 * still delivering at `from` or starting later, so that the work is that of
 * the boluses returned, wherever `from` lies.
 */
export function earliestPatientPieces<N>(A: ExactArithmetic<N>, pb: PatientBolus<N> | undefined, origin: N, to: N, from: N = origin): FlowPiece<N>[] {
  if (pb === undefined || A.compare(pb.maxPerDay, A.zero) <= 0) return [];
  const day = A.fromInteger(DAY_SECONDS);
  const pieces: FlowPiece<N>[] = [];
  const push = (start: N): void => {
    // a bolus that ended by `from` delivers nothing from it on
    if (A.compare(A.add(start, pb.duration), from) > 0) pieces.push({ kind: 'bolus', start, duration: pb.duration, volume: pb.volume });
  };
  if (A.compare(A.mul(pb.maxPerDay, pb.lockout), day) >= 0) {
    // one every lockout, from the index floor((from − origin − duration) / lockout), at least 0
    const first = A.floorDiv(A.sub(A.sub(from, origin), pb.duration), pb.lockout);
    for (let t = A.add(origin, A.mul(A.compare(first, A.zero) > 0 ? first : A.zero, pb.lockout)); A.compare(t, to) < 0; t = A.add(t, pb.lockout)) push(t);
    return pieces;
  }
  // maxPerDay boluses lockout apart from each day's start; they end before the day does, so the day holding `from` is the first needed
  const firstDay = A.floorDiv(A.sub(from, origin), day);
  for (let d = A.add(origin, A.mul(A.compare(firstDay, A.zero) > 0 ? firstDay : A.zero, day)); A.compare(d, to) < 0; d = A.add(d, day)) {
    for (let i = A.zero; A.compare(i, pb.maxPerDay) < 0; i = A.add(i, A.one)) {
      const t = A.add(d, A.mul(i, pb.lockout));
      if (A.compare(t, to) < 0) push(t);
    }
  }
  return pieces;
}
