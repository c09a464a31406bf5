import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS, type PatientBolus } from '../../DailyProgram.js';
import { max, min } from '../../_internals/arith.js';
import type { FlowPiece } from '../../_internals/flowPieces.js';
import { trainOnTime } from '../../_internals/periodicOverlap.js';

/**
 * The earliest patient-bolus train from `origin` (the first bolus at
 * `origin`, then as early as the lockout and the rolling 24 h count allow:
 * `maxPerDay` boluses `lockout` apart each day when `maxPerDay × lockout <
 * 24 h`, else one every `lockout`), the same schedule as
 * `earliestPatientPieces`, read in closed form so that no question about it
 * costs more than the boluses it returns.
 *
 * Implements REQ-WORK-001.
 */
export interface PatientTrain<N> {
  /** The scaled volume the train has delivered in `[origin, t]` (zero before `origin`). */
  at(t: N): N;
  /** The train's boluses that deliver anything in `[from, to)`. */
  piecesWithin(from: N, to: N): FlowPiece<N>[];
}

/** The train of `pb` from `origin`, volumes times `scale` (a multiple of `pb.duration`); an empty train without a patient bolus. */
export function patientTrain<N>(A: ExactArithmetic<N>, pb: PatientBolus<N> | undefined, origin: N, scale: N): PatientTrain<N> {
  if (pb === undefined || A.compare(pb.maxPerDay, A.zero) <= 0) return { at: () => A.zero, piecesWithin: () => [] };
  const day = A.fromInteger(DAY_SECONDS);
  const flow = A.mul(pb.volume, A.floorDiv(scale, pb.duration)); // scaled volume per second of bolus
  const bolus = (start: N): FlowPiece<N> => ({ kind: 'bolus', start, duration: pb.duration, volume: pb.volume });
  if (A.compare(A.mul(pb.maxPerDay, pb.lockout), day) >= 0) {
    // one every lockout
    return {
      at: (t) => A.mul(flow, trainOnTime(A, A.sub(t, origin), A.zero, pb.duration, pb.lockout)),
      piecesWithin: (from, to) => {
        const pieces: FlowPiece<N>[] = [];
        // the first bolus still delivering at `from`: index floor((from − origin − duration) / lockout), at least 0
        let i = max(A, A.zero, A.floorDiv(A.sub(A.sub(from, origin), pb.duration), pb.lockout));
        for (let t = A.add(origin, A.mul(i, pb.lockout)); A.compare(t, to) < 0; i = A.add(i, A.one), t = A.add(origin, A.mul(i, pb.lockout))) pieces.push(bolus(t));
        return pieces;
      },
    };
  }
  // maxPerDay boluses lockout apart from each day's start; the last ends by (maxPerDay − 1) × lockout + duration < 24 h
  const perDay = A.mul(pb.maxPerDay, pb.duration);
  return {
    at: (t) => {
      const since = A.sub(t, origin);
      if (A.compare(since, A.zero) <= 0) return A.zero;
      const days = A.floorDiv(since, day);
      const rest = A.sub(since, A.mul(days, day));
      const on = A.add(A.mul(days, perDay), min(A, trainOnTime(A, rest, A.zero, pb.duration, pb.lockout), perDay));
      return A.mul(flow, on);
    },
    piecesWithin: (from, to) => {
      const pieces: FlowPiece<N>[] = [];
      for (let d = A.add(origin, A.mul(max(A, A.zero, A.floorDiv(A.sub(from, origin), day)), day)); A.compare(d, to) < 0; d = A.add(d, day)) {
        for (let i = A.zero; A.compare(i, pb.maxPerDay) < 0; i = A.add(i, A.one)) {
          const t = A.add(d, A.mul(i, pb.lockout));
          if (A.compare(t, to) >= 0) break;
          pieces.push(bolus(t));
        }
      }
      return pieces;
    },
  };
}
