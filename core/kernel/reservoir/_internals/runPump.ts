import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { addFractions, compareFractions, subFractions, type Fraction } from '../../_internals/fraction.js';
import { curveScale, pieceEnd, type FlowPiece } from '../../_internals/flowPieces.js';
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
 */
export function runPump<N>(A: ExactArithmetic<N>, s: PumpState<N>, seconds: N): PumpState<N> {
  const day = A.fromInteger(DAY_SECONDS);
  const end = A.add(s.time, seconds);
  const zero: Fraction<N> = { num: A.zero, den: A.one };
  const started = programPieces(A, s.program, s.time, end, s.clock, false);
  const running: FlowPiece<N>[] = s.boluses.map((b) => ({ kind: 'bolus', ...b }));
  const pieces = [...started, ...running];
  const boluses: RunningBolus<N>[] = pieces
    .filter((p): p is Extract<FlowPiece<N>, { kind: 'bolus' }> => p.kind === 'bolus' && A.compare(pieceEnd(A, p), end) > 0)
    .map((p) => ({ start: p.start, duration: p.duration, volume: p.volume }));
  const next = { ...s, time: end, clock: modulo(A, A.add(s.clock, seconds), day), boluses };
  if (A.compare(seconds, A.zero) <= 0 || compareFractions(A, s.reservoir, zero) <= 0) return next;

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
