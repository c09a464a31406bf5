import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { max } from '../../_internals/arith.js';
import { movePiece, type FlowPiece } from '../../_internals/flowPieces.js';
import { programPieces } from '../../_internals/programPieces.js';
import { buildVolumeCurve } from '../../_internals/volumeCurve.js';
import { windowIntervals } from '../../_internals/windowIntervals.js';
import type { NonEmpty, ScanInterval } from '../../_internals/windowScan.js';
import type { DeliveryPlan } from '../DeliveryPlan.js';
import type { PatientTrain } from './patientTrain.js';
import { planPieces } from './planCurve.js';
import type { PlanVolume } from './planVolume.js';

/** What the scan of one block of window starts reads. */
export interface BlockInput<N> {
  readonly plan: DeliveryPlan<N>;
  readonly running: boolean;
  readonly volume: PlanVolume<N>;
  readonly train: PatientTrain<N>;
  /** The scaled patient volume a window starting at or after `patientFrom` may add. */
  readonly patientInWindow: N;
  readonly patientFrom: N;
}

/**
 * The scan intervals of the window starts `[u, w]` (`0 <= u < w`), exactly as
 * `windowIntervals` cuts them over the whole run, built from the delivery in
 * `[u, w + 24 h]` only: the curves start at `u` (times shifted by `u`) and the
 * queue positions are put back by the volume moved and the patient volume
 * drawn before `u`. The work is that of the pieces in the block.
 *
 * Implements REQ-WORK-001.
 */
export function blockIntervals<N>(A: ExactArithmetic<N>, input: BlockInput<N>, u: N, w: N): NonEmpty<ScanInterval<N>> {
  const day = A.fromInteger(DAY_SECONDS);
  const to = A.add(w, day);
  const { plan, running, volume } = input;
  const ps = volume.programStart;
  const pieces: FlowPiece<N>[] = A.compare(u, ps) < 0 ? planPieces(A, plan, ps, running) : [];
  if (A.compare(to, ps) > 0) {
    const from = max(A, u, ps);
    const clock = A.add(plan.programClock, A.sub(from, ps));
    const later = A.compare(from, ps) > 0;
    for (const p of programPieces(A, plan.program, from, to, clock, later || running)) {
      // a bolus the clock started before the program is given only in the `running` variant
      if (later && !running && p.kind === 'bolus' && A.compare(p.start, ps) < 0) continue;
      pieces.push(p);
    }
  }
  const span = A.sub(to, u);
  const scale = volume.scale;
  const back = A.sub(A.zero, u); // the pieces' times from u on
  const curve = buildVolumeCurve(A, pieces.map((p) => movePiece(A, p, back)), A.zero, span, scale);
  const patient = buildVolumeCurve(A, input.train.piecesWithin(u, to).map((p) => movePiece(A, p, back)), A.zero, span, scale);
  const lo0 = volume.at(u);
  const hi0 = A.add(lo0, input.train.at(u));
  const put = (iv: ScanInterval<N>): ScanInterval<N> => ({
    lo: { at0: A.add(iv.lo.at0, lo0), at1: A.add(iv.lo.at1, lo0) },
    hi: { at0: A.add(iv.hi.at0, hi0), at1: A.add(iv.hi.at1, hi0) },
    most: iv.most,
    least: iv.least,
  });
  const [head, ...tail] = windowIntervals(A, curve, patient, input.patientInWindow, A.sub(input.patientFrom, u), A.sub(w, u));
  return [put(head), ...tail.map(put)];
}
