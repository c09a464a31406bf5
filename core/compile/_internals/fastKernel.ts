import type { Exact } from '../../arith/decimalArithmetic.js';
import { onPath, type KernelPath, type NumberPath } from '../../arith/numberPath.js';
import type { DailyProgram } from '../../kernel/DailyProgram.js';
import type { ExactFraction } from '../../kernel/ExactFraction.js';
import type { OneOffEvent } from '../../kernel/OneOffEvent.js';
import { dailyVolume } from '../../kernel/dailyVolume.js';
import { dayVolumes } from '../../kernel/dayVolumes.js';
import { drawnMinutes } from '../../kernel/minutesUntilDrawn.js';
import { oneOff24h, type OneOffWindows } from '../../kernel/oneOff24h.js';
import { peakFlow, type PeakFlow } from '../../kernel/peakFlow.js';
import { drawnMinutesWithBoluses } from '../../kernel/reservoir/drawnMinutesWithBoluses.js';
import { least24hVolume, worst24hVolume, type VolumeBound } from '../../kernel/worst24hVolume.js';
import { peakFlowDuring } from '../../kernel/_internals/peakFlowDuring.js';
import { mapProgram } from '../../kernel/_internals/mapNumbers.js';

export type { KernelPath } from '../../arith/numberPath.js';

/**
 * The kernel figures a compile needs of one program, in the engine's decimal
 * type (`Exact`) whatever arithmetic computes them. Each figure is computed at
 * most once.
 */
export interface ProgramKernel {
  /** `worst24hVolume` of the program. */
  worst24h(): VolumeBound<Exact>;
  /** `least24hVolume` of the program. */
  least24h(): VolumeBound<Exact>;
  /** `dailyVolume` of the program. */
  dailyVolume(): Exact;
  /** `dayVolumes` of the program (one per day of its period). */
  dayVolumes(): readonly Exact[];
  /** `peakFlow` of the program. */
  peakFlow(): PeakFlow<Exact>;
  /** `peakFlowDuring`: the peak flow while a one-off bolus runs from clock time `start`. */
  peakFlowDuring(start: Exact, volume: Exact, duration: Exact): ExactFraction<Exact>;
  /** `oneOff24h`: the most and least 24 h windows containing part of a one-off event. */
  oneOff24h(clockAtZero: Exact, events: readonly OneOffEvent<Exact>[]): OneOffWindows<Exact> | undefined;
  /**
   * `drawnMinutes` from a fill at `fillClock`, with one-off single boluses
   * drawn whole at their start (`drawnMinutesWithBoluses`) when there are any.
   */
  drawnMinutes(fillClock: Exact, singleBoluses: readonly { readonly start: Exact; readonly volume: Exact }[]): (volume: Exact) => Exact | undefined;
}

/** A value computed on first use, then kept. */
function once<T>(f: () => T): () => T {
  let box: { readonly v: T } | undefined;
  return () => {
    box ??= { v: f() };
    return box.v;
  };
}

function kernelOn<N>(b: NumberPath<N>, program: DailyProgram<Exact>): ProgramKernel {
  const { A, into, back } = b;
  const p = mapProgram(into, program);
  const bound = (v: VolumeBound<N>): VolumeBound<Exact> => ({ volume: back(v.volume), rounded: v.rounded });
  const fraction = (f: ExactFraction<N>): ExactFraction<Exact> => ({ num: back(f.num), den: back(f.den) });
  const event = (e: OneOffEvent<Exact>): OneOffEvent<N> =>
    e.kind === 'stop' ? { kind: 'stop', start: into(e.start), duration: into(e.duration) } : { kind: 'singleBolus', start: into(e.start), duration: into(e.duration), volume: into(e.volume) };
  return {
    worst24h: once(() => bound(worst24hVolume(A, p))),
    least24h: once(() => bound(least24hVolume(A, p))),
    dailyVolume: once(() => back(dailyVolume(A, p))),
    dayVolumes: once(() => dayVolumes(A, p).map(back)),
    peakFlow: once(() => {
      const r = peakFlow(A, p);
      return { flow: fraction(r.flow), at: back(r.at), basal: back(r.basal), periodic: r.periodic, patient: r.patient === undefined ? undefined : fraction(r.patient) };
    }),
    peakFlowDuring: (start, volume, duration) => fraction(peakFlowDuring(A, p, into(start), into(volume), into(duration))),
    oneOff24h: (clockAtZero, events) => {
      const w = oneOff24h(A, p, into(clockAtZero), events.map(event));
      return w === undefined ? undefined : { most: fraction(w.most), least: fraction(w.least) };
    },
    drawnMinutes: (fillClock, singleBoluses) => {
      const programDraw = drawnMinutes(A, p, into(fillClock));
      const draw = singleBoluses.length === 0 ? programDraw : drawnMinutesWithBoluses(A, programDraw, singleBoluses.map((x) => ({ start: into(x.start), volume: into(x.volume) })));
      return (volume) => {
        const m = draw(into(volume));
        return m === undefined ? undefined : back(m);
      };
    },
  };
}

/**
 * The kernel of a compile on one program: on the fast path, the program is
 * moved ONCE to scaled BigInt decimals (`scaledArithmetic`), every kernel
 * function runs on them, and each result is moved back to the engine's
 * decimal type; on the decimal path, the same functions run on decimal.js.
 * Parsing, rounding to the pump's grids, limits and printing stay on
 * decimal.js either way: only the kernel's figures move.
 *
 * Why this is exact: both number types hold exact decimals, and the moves go
 * through the exact decimal text of a value (every digit, no exponent), which
 * each type reads back to the same value: a scaled decimal `n / 10^k` has a
 * finite decimal text, and decimal.js's precision (20 000 significant digits)
 * holds every value the kernel computes whole. Every kernel function gives on
 * scaled decimals exactly the answer it gives on decimal.js (REQ-ARITH-003),
 * so the figures, and every answer printed from them, are the same on both
 * paths (REQ-ARITH-004, held by a property on random prescriptions).
 *
 * @example
 * import { programKernel } from './fastKernel.js';
 * import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
 * // 0.3 mL/day all day: 0.3 × 86 400 000 base volume units, on either path
 * const p = { steps: [{ start: A.zero, flow: A.fromInteger(300n) }], periodicBoluses: [] };
 * A.toDecimalString(programKernel('fast', p).dailyVolume()); // "25920000"
 *
 * Implements REQ-ARITH-004.
 */
export function programKernel(path: KernelPath, program: DailyProgram<Exact>): ProgramKernel {
  return onPath(path, (b) => kernelOn(b, program));
}
