import type { ExactArithmetic } from '../../../arith/ExactArithmetic.js';
import { DAY_SECONDS } from '../../DailyProgram.js';
import { addFractions, compareFractions, subFractions, type Fraction } from '../../_internals/fraction.js';
import { curveScale, pieceEnd, type FlowPiece } from '../../_internals/flowPieces.js';
import { modulo, programPieces } from '../../_internals/programPieces.js';
import { buildVolumeCurve, type VolumeCurve } from '../../_internals/volumeCurve.js';
import type { PumpState, RunningBolus } from '../PumpState.js';
import { pushQueue } from './pushQueue.js';

/**
 * The first time the scaled curve reaches `target` (a fraction of a true
 * volume), as a fraction of seconds; `undefined` if it does not within the curve.
 */
function reaching<N>(A: ExactArithmetic<N>, c: VolumeCurve<N>, target: Fraction<N>): Fraction<N> | undefined {
  // curve volume v (scaled by c.scale) reaches target when v × target.den >= target.num × scale
  const goal = A.mul(target.num, c.scale);
  for (let i = 0; i + 1 < c.times.length; i++) {
    if (A.compare(A.mul(c.volumes[i + 1] as N, target.den), goal) >= 0) {
      const slope = c.slopes[i] as N;
      const v0 = A.mul(c.volumes[i] as N, target.den);
      if (A.compare(v0, goal) >= 0) return { num: c.times[i] as N, den: A.one };
      const den = A.mul(slope, target.den);
      return { num: A.add(A.mul(c.times[i] as N, den), A.sub(goal, v0)), den };
    }
  }
  return undefined;
}

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
  const dry = compareFractions(A, total, s.reservoir) >= 0;
  const drawn = dry ? s.reservoir : total;
  let alarmAt = s.alarmAt;
  if (alarmAt === undefined) {
    const toAlarm = subFractions(A, s.reservoir, { num: s.alarmVolume, den: A.one });
    alarmAt = compareFractions(A, toAlarm, zero) <= 0 ? { num: s.time, den: A.one } : reaching(A, curve, toAlarm);
  }
  const dryAt = dry ? (reaching(A, curve, s.reservoir) ?? { num: end, den: A.one }) : undefined;
  const pushed = pushQueue(A, s.deadVolume, drawn, s.concentrations);
  const after = {
    ...next,
    reservoir: dry ? zero : subFractions(A, s.reservoir, drawn),
    drawn: addFractions(A, s.drawn, drawn),
    deadVolume: pushed.queue,
    atTip: s.atTip.map((m, k) => addFractions(A, m, pushed.mass[k] ?? zero)),
  };
  const withAlarm = alarmAt === undefined ? after : { ...after, alarmAt };
  return dryAt === undefined ? withAlarm : { ...withAlarm, dryAt };
}
