import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { addFractions, compareFractions, subFractions, type Fraction } from '../../_internals/fraction.js';
import { max, min } from '../../_internals/arith.js';
import { curveScale, pieceEnd, type FlowPiece } from '../../_internals/flowPieces.js';
import { dailyVolume } from '../../dailyVolume.js';
import { modulo, programPieces } from '../../_internals/programPieces.js';
import { reachedBy, timeReached } from '../../_internals/timeReached.js';
import { buildVolumeCurve } from '../../_internals/volumeCurve.js';
import type { PumpState, RunningBolus } from '../PumpState.js';
import { pushQueue } from './pushQueue.js';

/**
 * Runs the pump for `seconds`: basal steps by the pump clock, periodic boluses
 * started when the clock reaches them, every bolus in progress continued; the
 * draw stops the instant the reservoir is empty (an empty reservoir delivers
 * nothing) and the tip receives, first in first out, what the draw pushes.
 *
 * Work does not grow with `seconds`: a run of more than a few days is cut
 * into a first part (until every bolus running at its start has ended, at
 * least a day), whole days taken in one step while neither the alarm nor the
 * empty reservoir is reached in them (each draws exactly the program's daily
 * volume), and the rest, which reaches the next of those events within a day
 * or two; once the reservoir is empty nothing is drawn and only the boluses
 * running at the end are found, from the run's last day.
 */
export function runPump<N>(A: ExactArithmetic<N>, s: PumpState<N>, seconds: N): PumpState<N> {
  const day = A.fromInteger(DAY_SECONDS);
  const end = A.add(s.time, seconds);
  const zero: Fraction<N> = { num: A.zero, den: A.one };
  const running: FlowPiece<N>[] = s.boluses.map((b) => ({ kind: 'bolus', ...b }));
  // the boluses running at the end: the program's started within its last day (each lasts less than a day), and those running before
  const lastDay = max(A, s.time, A.sub(end, day));
  const endPieces = [...programPieces(A, s.program, lastDay, end, A.add(s.clock, A.sub(lastDay, s.time)), false), ...running];
  const boluses: RunningBolus<N>[] = endPieces
    .filter((p): p is Extract<FlowPiece<N>, { kind: 'bolus' }> => p.kind === 'bolus' && A.compare(pieceEnd(A, p), end) > 0)
    .map((p) => ({ start: p.start, duration: p.duration, volume: p.volume }));
  const next = { ...s, time: end, clock: modulo(A, A.add(s.clock, seconds), day), boluses };
  if (A.compare(seconds, A.zero) <= 0 || compareFractions(A, s.reservoir, zero) <= 0) return next;

  const settle = s.boluses.reduce((m, b) => max(A, m, A.sub(A.add(b.start, b.duration), s.time)), day);
  if (A.compare(seconds, A.add(settle, A.mul(A.fromInteger(3n), day))) > 0) {
    const first = runPump(A, s, settle);
    const rest = A.sub(seconds, settle);
    const skip = quietDays(A, first, A.sub(A.floorDiv(rest, day), A.one));
    const after = A.compare(skip, A.zero) > 0 ? skipDays(A, first, skip) : first;
    return runPump(A, after, A.sub(rest, A.mul(skip, day)));
  }

  const pieces = [...programPieces(A, s.program, s.time, end, s.clock, false), ...running];
  const scale = curveScale(A, pieces);
  const curve = buildVolumeCurve(A, pieces, s.time, end, scale);
  const total: Fraction<N> = { num: curve.volumes[curve.volumes.length - 1] as N, den: scale };
  // dry exactly when the run reaches the reservoir's volume; the instant is then inside the run
  const dry = reachedBy(A, curve, s.reservoir);
  const drawn = dry === undefined ? total : s.reservoir;
  let alarmAt = s.alarmAt;
  if (alarmAt === undefined) {
    const toAlarm = subFractions(A, s.reservoir, { num: s.alarmVolume, den: A.one });
    // at or below the alarm already: reached at the start of the run (the curve starts at 0)
    const alarm = reachedBy(A, curve, toAlarm);
    alarmAt = alarm === undefined ? undefined : timeReached(A, alarm);
  }
  const dryAt = dry === undefined ? undefined : timeReached(A, dry);
  const pushed = pushQueue(A, s.deadVolume, drawn, s.concentrations);
  const after = {
    ...next,
    reservoir: dry === undefined ? subFractions(A, s.reservoir, drawn) : zero,
    drawn: addFractions(A, s.drawn, drawn),
    deadVolume: pushed.queue,
    atTip: s.atTip.map((m, k) => addFractions(A, m, pushed.mass[k] ?? zero)),
  };
  const withAlarm = alarmAt === undefined ? after : { ...after, alarmAt };
  return dryAt === undefined ? withAlarm : { ...withAlarm, dryAt };
}

/**
 * How many whole days, at most `most`, the pump can run from `s` with neither
 * the alarm (if not yet raised) nor the empty reservoir reached in them: the
 * days with the reservoir still above that volume at their end, each drawing
 * the daily volume (every bolus running at `s` is one the program started).
 */
function quietDays<N>(A: ExactArithmetic<N>, s: PumpState<N>, most: N): N {
  const daily = dailyVolume(A, s.program);
  if (A.compare(daily, A.zero) <= 0) return max(A, most, A.zero);
  const floor = s.alarmAt === undefined ? s.alarmVolume : A.zero;
  // the largest k with reservoir − k × daily > floor: ceil((reservoir − floor) / daily) − 1
  const above = A.sub(s.reservoir.num, A.mul(floor, s.reservoir.den));
  const k = A.sub(A.ceilDiv(above, A.mul(daily, s.reservoir.den)), A.one);
  return max(A, min(A, k, most), A.zero);
}

/** `s` after `days` whole quiet days (see {@link quietDays}): the daily volume drawn each day, the same clock, the boluses a whole number of days on. */
function skipDays<N>(A: ExactArithmetic<N>, s: PumpState<N>, days: N): PumpState<N> {
  const shift = A.mul(days, A.fromInteger(DAY_SECONDS));
  const volume: Fraction<N> = { num: A.mul(days, dailyVolume(A, s.program)), den: A.one };
  const pushed = pushQueue(A, s.deadVolume, volume, s.concentrations);
  return {
    ...s,
    time: A.add(s.time, shift),
    boluses: s.boluses.map((b) => ({ ...b, start: A.add(b.start, shift) })),
    reservoir: subFractions(A, s.reservoir, volume),
    drawn: addFractions(A, s.drawn, volume),
    deadVolume: pushed.queue,
    atTip: s.atTip.map((m, k) => addFractions(A, m, pushed.mass[k] ?? { num: A.zero, den: A.one })),
  };
}
