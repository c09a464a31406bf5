import type { ExactArithmetic } from '../../arith/ExactArithmetic.js';
import { DAY_SECONDS, type DailyProgram } from '../DailyProgram.js';
import { modulo } from '../_internals/programPieces.js';
import type { PumpState } from './PumpState.js';

/** How a simulated pump starts (base units). */
export interface PumpStart<N> {
  readonly program: DailyProgram<N>;
  /** The pump clock at the start, s after midnight. */
  readonly clock: N;
  /** The fill: volume and each drug's concentration. */
  readonly fill: N;
  readonly concentrations: readonly N[];
  readonly alarmVolume: N;
  /** The dead volume (pump internal plus catheter) and each drug's concentration in it (`concentrations` when it holds the same fluid). */
  readonly deadVolume: N;
  readonly deadVolumeConcentrations: readonly N[];
}

/**
 * A simulated pump just filled, at real time 0: no bolus running, no patient
 * bolus taken, the alarm raised at once if the fill is at or below the alarm
 * volume (and marked empty if there is no fill). Step it with `applyPumpEvent`.
 *
 * @example
 * import { startPump } from './startPump.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * const s = startPump(A, { program: { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] }, clock: A.zero,
 *   fill: A.fromInteger(40n * 86_400_000n), concentrations: [A.fromInteger(10_000n)], alarmVolume: A.fromInteger(2n * 86_400_000n),
 *   deadVolume: A.fromInteger(21_600_000n), deadVolumeConcentrations: [A.fromInteger(10_000n)] });
 * s.alarmAt; // undefined
 *
 * Implements REQ-RES-005.
 * @since 0.1.0
 */
export function startPump<N>(A: ExactArithmetic<N>, start: PumpStart<N>): PumpState<N> {
  const zero = { num: A.zero, den: A.one };
  const state: PumpState<N> = {
    time: A.zero,
    clock: modulo(A, start.clock, A.fromInteger(DAY_SECONDS)),
    program: start.program,
    reservoir: { num: start.fill, den: A.one },
    alarmVolume: start.alarmVolume,
    concentrations: start.concentrations,
    boluses: [],
    patientStarts: [],
    deadVolume: A.compare(start.deadVolume, A.zero) > 0 ? [{ volume: { num: start.deadVolume, den: A.one }, concentrations: start.deadVolumeConcentrations }] : [],
    drawn: zero,
    atTip: start.concentrations.map(() => zero),
  };
  const alarmed = A.compare(start.fill, start.alarmVolume) <= 0 ? { ...state, alarmAt: zero } : state;
  return A.compare(start.fill, A.zero) <= 0 ? { ...alarmed, dryAt: zero } : alarmed;
}
