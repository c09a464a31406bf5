import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import type { PatientBolus } from '../../DailyProgram.js';
import { earliestPatientOnTime } from '../../_internals/earliestPatientOnTime.js';
import type { FlowPiece } from '../../_internals/flowPieces.js';
import { earliestPatientPieces } from '../../_internals/programPieces.js';

/**
 * The earliest patient-bolus train from `origin` (the first bolus at
 * `origin`, then as early as the lockout and the rolling 24 h count allow:
 * `maxPerDay` boluses `lockout` apart each day when `maxPerDay × lockout <
 * 24 h`, else one every `lockout`), the same schedule as
 * `earliestPatientPieces` and `earliestPatientOnTime` (which it reads), so
 * that no question about it costs more than the boluses it returns.
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
  const flow = A.mul(pb.volume, A.floorDiv(scale, pb.duration)); // scaled volume per second of bolus
  return {
    at: (t) => A.mul(flow, earliestPatientOnTime(A, pb, A.sub(t, origin))),
    piecesWithin: (from, to) => earliestPatientPieces(A, pb, origin, to, from),
  };
}
