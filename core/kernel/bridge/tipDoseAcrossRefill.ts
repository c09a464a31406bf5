import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { quotientDownForLowerBound, quotientUpForUpperBound } from '../../rounding/directedRounding.js';
import { hasOwn } from '../../request/ownProperties.js';
import { DAY_SECONDS, type DailyProgram } from '../DailyProgram.js';
import { dailyVolume } from '../dailyVolume.js';
import { compareFractions, type Fraction } from '../_internals/fraction.js';
import { movePiece } from '../_internals/flowPieces.js';
import { programPieces } from '../_internals/programPieces.js';
import { buildVolumeCurve, volumeAt } from '../_internals/volumeCurve.js';
import { windowIntervals } from '../_internals/windowIntervals.js';
import { scanWindowsEach } from '../_internals/windowScan.js';
import type { DeliveryPlan, FluidPath } from './DeliveryPlan.js';
import { patientAllowance } from './_internals/patientAllowance.js';
import { patientTrain } from './_internals/patientTrain.js';
import { bolusRunningAtStart, planPieces, planScale, prefixTotals } from './_internals/planCurve.js';
import type { TipDoses } from './tipDose24h.js';

/** What the pump ran before a refill (base units). */
export interface BeforeRefill<N> {
  /** The old program (a continuous one at the old rate when only that is known), running for at least a day before the refill. */
  readonly program: DailyProgram<N>;
  /** The pump clock at the refill, s after midnight. */
  readonly clock: N;
  /** Each drug's concentration in the fluid that left the tip in the day before the refill, in the order of `FluidPath.reservoir`; a drug not named counts as absent (zero). */
  readonly concentrations: readonly N[];
}

/**
 * The tip doses of the windows across a refill, every drug in the order of its
 * `FluidPath` (see {@link TipDoses}: `worst` and `least`, and whether a patient
 * bolus makes them bounds).
 * @since 0.1.0
 */
export type AcrossRefillDoses<N> = Pick<TipDoses<N>, 'drugs' | 'patientBolusBound'>;

/**
 * The most and the least mass of each drug delivered at the catheter tip in
 * any 24-hour window that starts in the day before a refill and ends after
 * it: `[s, s + 24 h]` with the refill at `t = 0` and `s` in `[−24 h, 0]`.
 * Before the refill the pump ran `before.program` (its clock reading
 * `before.clock` at the refill; a periodic bolus it started before the refill
 * runs its whole duration) and the tip delivered the fluid
 * `before.concentrations`; from the refill on it runs `plan` with the dead
 * volume holding `path.layers` and the new fluid behind them, exactly as
 * {@link tipDose24h} reads them. The two ends are the window that ends at the
 * refill (the old program's last day) and the first window from the refill
 * (also in `tipDose24h`); every start between is evaluated exactly, and the
 * result rounded once: the worst up, the least down.
 *
 * How: the delivery is put back by a day (the refill at 24 h): the old
 * program's pieces on `[0, 24 h)`, then the plan's; the fluid that left the
 * tip before the refill is a first layer, as large as the old program moved,
 * ahead of `path.layers`; and the window starts `[0, 24 h]` are cut at every
 * corner (`windowIntervals`) and scanned (`windowScan`). The work is bounded
 * by the delivery in two days (the old program's steps and periodic boluses
 * in a day, the plan's prefix, its program's steps and boluses in a day, and
 * the patient boluses a day allows), never by the days the flush takes.
 *
 * Patient boluses: those of `plan`'s program from its start on, placed
 * adversarially as in {@link tipDose24h}; those of the old program before the
 * refill add at most its `maxPerDay` boluses of the old fluid to the worst
 * (they do not move the queue behind the refill, which starts with the dead
 * volume whatever left before it) and nothing to the least. Both are bounds.
 *
 * `undefined` when `tipDose24h` of `plan` and `path` is (the dead volume is
 * never flushed).
 *
 * @example
 * import { tipDoseAcrossRefill } from './tipDoseAcrossRefill.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const mL = (x: string) => A.mul(A.fromDecimalString(x), A.fromInteger(86_400_000n));
 * // 20 mg/mL at 0.15 mL/day (3 mg/day), then 10 mg/mL at 0.3 mL/day from the refill, 0.25 mL dead volume, no bridge:
 * const r = tipDoseAcrossRefill(A,
 *   { prefix: [], program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, programClock: A.zero },
 *   { layers: [{ volume: mL('0.25'), concentrations: [A.fromInteger(20_000n)] }], reservoir: [A.fromInteger(10_000n)] },
 *   { program: { steps: [{ start: A.zero, flow: A.fromInteger(150n) }], periodicBoluses: [] }, clock: A.zero, concentrations: [A.fromInteger(20_000n)] });
 * // worst: the window from the refill, 5.5 mg; least: the window ending at it, 3 mg
 * A.toDecimalString(r!.drugs[0]!.worst.value); // "475200000000"
 *
 * Implements REQ-XREFILL-001, REQ-XREFILL-002, REQ-WORK-001.
 * @since 0.1.0
 */
export function tipDoseAcrossRefill<N>(A: ExactArithmetic<N>, plan: DeliveryPlan<N>, path: FluidPath<N>, before: BeforeRefill<N>): AcrossRefillDoses<N> | undefined {
  const day = A.fromInteger(DAY_SECONDS);
  const { end: programStart, volume: prefixVolume } = prefixTotals(A, plan);
  const dead = path.layers.reduce((s, l) => A.add(s, l.volume), A.zero);
  if (A.compare(dead, prefixVolume) > 0 && A.compare(dailyVolume(A, plan.program), A.zero) <= 0) return undefined;

  const pb = plan.program.patientBolus;
  const scale = planScale(A, plan, [...(pb === undefined ? [] : [pb.duration]), ...before.program.periodicBoluses.map((b) => b.duration)]);
  const twoDays = A.add(day, day);
  // the old program's day, its clock reading before.clock − 24 h at 0 (boluses it started earlier still running)
  const oldPieces = programPieces(A, before.program, A.zero, day, A.sub(before.clock, day), true);
  // the most patient volume a window adds (for a week program the patient boluses alone)
  const patientInWindow = A.mul(patientAllowance(A, plan.program), scale);
  const train = patientTrain(A, pb, A.add(day, programStart), scale);
  const patient = buildVolumeCurve(A, train.piecesWithin(A.zero, twoDays), A.zero, twoDays, scale);

  const scan = (running: boolean): readonly { readonly most: Fraction<N>; readonly least: Fraction<N> }[] => {
    const newPieces = planPieces(A, plan, day, running).map((p) => movePiece(A, p, day));
    const curve = buildVolumeCurve(A, [...oldPieces, ...newPieces], A.zero, twoDays, scale, [day]);
    // the fluid that left before the refill: as much as the old program moved in its day (scaled)
    let bound = volumeAt(A, curve, day);
    const bounds = [bound, ...path.layers.map((l) => (bound = A.add(bound, A.mul(l.volume, scale))))];
    const fluids = path.reservoir.map((after, k) => ({ concentrations: [before.concentrations[k] ?? A.zero, ...path.layers.map((l) => l.concentrations[k] ?? A.zero)], after }));
    const intervals = windowIntervals(A, curve, patient, patientInWindow, programStart, day);
    return scanWindowsEach(A, intervals, bounds, fluids);
  };
  const given = bolusRunningAtStart(A, plan) ? [scan(true)] : [];
  // read from its own fields only: the old program may be built by hand, and an inherited field is none
  const oldPb = hasOwn(before.program, 'patientBolus') ? before.program.patientBolus : undefined;
  const oldPatient = oldPb === undefined || A.compare(oldPb.maxPerDay, A.zero) <= 0 ? A.zero : A.mul(A.mul(oldPb.volume, oldPb.maxPerDay), scale);
  const drugs = scan(false).map(({ most: m0, least: l0 }, k) => {
    let most = m0;
    let least = l0;
    for (const r of given) {
      const x = r[k];
      if (x === undefined) continue;
      if (compareFractions(A, x.most, most) > 0) most = x.most;
      if (compareFractions(A, x.least, least) < 0) least = x.least;
    }
    // the old program's patient boluses before the refill: old fluid, at most maxPerDay of them in a window
    const extra = A.mul(oldPatient, before.concentrations[k] ?? A.zero);
    const num = A.add(most.num, A.mul(extra, most.den));
    const den = A.mul(most.den, scale);
    return { worst: quotientUpForUpperBound(A, num, den, A.one), least: quotientDownForLowerBound(A, least.num, A.mul(least.den, scale), A.one) };
  });
  return { drugs, patientBolusBound: (pb !== undefined && A.compare(pb.maxPerDay, A.zero) > 0) || A.compare(oldPatient, A.zero) > 0 };
}
