import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../DailyProgram.js';
import { modulo } from '../_internals/programPieces.js';
import type { PumpEvent, PumpState } from './PumpState.js';
import { runPump } from './_internals/runPump.js';

/**
 * The state after one event (see `PumpEvent`), exactly:
 *
 * - `run`: basal steps follow the pump clock; a periodic bolus starts when the
 *   clock reaches its start and runs its duration; every bolus in progress
 *   continues. The draw never exceeds what is left: the instant the reservoir
 *   is empty the pump delivers nothing more (`dryAt`), and the alarm is
 *   raised the instant the reservoir reaches the alarm volume (`alarmAt`).
 *   What is drawn enters the dead volume; as much leaves the catheter tip,
 *   first in first out (`atTip`). The work does not grow with `seconds`
 *   (whole days in which neither the alarm nor the empty reservoir is reached
 *   are taken in one step).
 * - `patientBolus`: given only if the program has one, the reservoir is not
 *   empty, at least the lockout has passed since the last start and fewer than
 *   `maxPerDay` were started in the last 24 h (real time, across programs).
 * - `refill`: the reservoir is emptied and filled with the new fluid; the old
 *   fluid stays in the dead volume; the alarm and empty marks are reset
 *   (`lastRefill: 'accepted'`). A refill whose concentrations are not one for
 *   each drug the pump tracks at the tip (`atTip`) is refused: nothing else
 *   changes and `lastRefill` is `REFILL_DRUGS_MISMATCH` (a drug absent from the
 *   new fluid is a zero, never a shorter list).
 * - `program`: the new program reads the same clock; boluses in progress
 *   continue; a bolus the new program would have started earlier is not given.
 * - `clock`: the clock is set by `jump` (see `clockChange24h` for what that
 *   repeats or skips).
 *
 * @example
 * import { applyPumpEvent } from './applyPumpEvent.js';
 * import { startPump } from './startPump.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 0.3 mL/day from a 0.3 mL fill: empty after exactly 24 h, nothing more drawn after that
 * let s = startPump(A, { program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, clock: A.zero,
 *   fill: A.fromInteger(25_920_000n), concentrations: [A.fromInteger(10_000n)], alarmVolume: A.zero, deadVolume: A.zero, deadVolumeConcentrations: [A.zero] });
 * s = applyPumpEvent(A, s, { kind: 'run', seconds: A.fromInteger(172_800n) });
 * A.toDecimalString(A.floorDiv(s.dryAt!.num, s.dryAt!.den)); // "86400"  (dryAt is the fraction num/den seconds)
 *
 * Implements REQ-RES-005, REQ-MODEL-001, REQ-WORK-102, REQ-XREFILL-005.
 * @since 0.1.0
 */
export function applyPumpEvent<N>(A: ExactArithmetic<N>, s: PumpState<N>, e: PumpEvent<N>): PumpState<N> {
  const day = A.fromInteger(DAY_SECONDS);
  switch (e.kind) {
    case 'run':
      return runPump(A, s, e.seconds);
    case 'patientBolus': {
      const pb = s.program.patientBolus;
      const recent = s.patientStarts.filter((t) => A.compare(t, A.sub(s.time, day)) > 0);
      const last = recent[recent.length - 1];
      const outcome =
        pb === undefined || A.compare(pb.maxPerDay, A.zero) <= 0 ? 'none'
        : A.compare(s.reservoir.num, A.zero) <= 0 ? 'empty'
        : last !== undefined && A.compare(A.sub(s.time, last), pb.lockout) < 0 ? 'lockout'
        : A.compare(A.fromInteger(BigInt(recent.length)), pb.maxPerDay) >= 0 ? 'count'
        : 'accepted';
      if (outcome !== 'accepted' || pb === undefined) return { ...s, patientStarts: recent, lastRequest: outcome };
      return {
        ...s,
        boluses: [...s.boluses, { start: s.time, duration: pb.duration, volume: pb.volume }],
        patientStarts: [...recent, s.time],
        lastRequest: outcome,
      };
    }
    case 'refill': {
      if (e.concentrations.length !== s.atTip.length) return { ...s, lastRefill: 'REFILL_DRUGS_MISMATCH' };
      const { alarmAt: _a, dryAt: _d, ...rest } = s;
      const filled = { ...rest, reservoir: { num: e.volume, den: A.one }, concentrations: e.concentrations, lastRefill: 'accepted' as const };
      const alarmed = A.compare(e.volume, s.alarmVolume) <= 0 ? { ...filled, alarmAt: { num: s.time, den: A.one } } : filled;
      return A.compare(e.volume, A.zero) <= 0 ? { ...alarmed, dryAt: { num: s.time, den: A.one } } : alarmed;
    }
    case 'program':
      return { ...s, program: e.program };
    case 'clock':
      return { ...s, clock: modulo(A, A.add(s.clock, e.jump), day) };
  }
}
