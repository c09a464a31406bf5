import type { ExactArithmetic } from '../../core/arith/ExactArithmetic.js';
import { DAY_SECONDS, type DailyProgram } from '../../core/kernel/DailyProgram.js';
import { quotientUpForUpperBound, type Rounded } from '../../core/rounding/directedRounding.js';
import { decimalArithmetic } from '../../core/arith/decimalArithmetic.js';
import type { Formula, Term, Z3 } from './_internals/concolicArithmetic.js';
import { explore, type Exploration } from './_internals/explore.js';
import { qText, type Q } from './_internals/Q.js';
import { proveEveryWindow } from './theorems/everyWindowIsDaily.js';
import { quotientToGrid, shippedRounding, type RoundingKernel } from './theorems/roundingToGrid.js';

/**
 * Two deliberately wrong kernels (issue 18, item 3), to show that a failed
 * theorem's model is a prescription: each demonstration proves the theorem
 * against the wrong kernel, expects it to fail, and turns the solver's model
 * into a wire-format request that `itdose compile` (the shipped kernel)
 * refuses with a limit breach. Nothing in the product uses them.
 */

/** Wrong: a dose over a concentration rounded *up* to the grid (a ceiling instead of a floor). */
export const ceilingRounding: RoundingKernel = {
  ...shippedRounding,
  quotient: <N>(A: ExactArithmetic<N>, a: N, b: N, grid: N): Rounded<N> => {
    const value = A.mul(A.ceilDiv(a, A.mul(b, grid)), grid);
    return { value, changed: A.compare(A.mul(value, b), a) !== 0 };
  },
};

/**
 * Wrong: the worst 24 h taken over the windows that start at midnight only:
 * one day of a program started at 00:00, so a periodic bolus that runs past
 * midnight counts only up to 24:00 (rounded up to the base unit, as the
 * kernel rounds a cut bolus), and its tail in the next day is lost.
 */
export const midnightOnlyDailyVolume = <N>(A: ExactArithmetic<N>, program: DailyProgram<N>): N => {
  const day = A.fromInteger(DAY_SECONDS);
  let total = A.zero;
  program.steps.forEach((step, i) => {
    total = A.add(total, A.mul(step.flow, A.sub(program.steps[i + 1]?.start ?? day, step.start)));
  });
  for (const b of program.periodicBoluses) {
    const left = A.sub(day, b.start);
    const on = A.compare(b.duration, left) <= 0 ? b.duration : left;
    total = A.add(total, quotientUpForUpperBound(A, A.mul(b.volume, on), b.duration, A.one).value);
  }
  return total;
};

/** The contract's programmable pump, the pump every counterexample request runs on. */
const PUMP = {
  kind: 'programmable',
  reservoir: '40 mL',
  lowReservoirAlarm: '2 mL',
  rateResolution: '0.001 mL/day',
  minRate: '0.006 mL/day',
  maxRate: '24 mL/day',
  maxBolusRate: '1 mL/h',
  bolusVolumeResolution: '0.001 mL',
  internalVolume: '0.2 mL',
} as const;
/** Morphine at 10 mg/mL in the window demonstration. */
const CONCENTRATION_MG_PER_ML = 10n;

/** A counterexample turned into a request: what went wrong, the model, and the request that reproduces it. */
export interface Counterexample {
  readonly name: string;
  readonly theorem: string;
  readonly exploration: Exploration;
  readonly model: Readonly<Record<string, string>>;
  readonly request?: unknown;
  readonly expect: { readonly code: string; readonly path: string };
}

const text = (m: Readonly<Record<string, Q>>): Record<string, string> => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, qText(v)]));
const dec = (v: Q): string => qText(v);

/**
 * The ceiling kernel against "rounding never increases a dose", in the
 * wire's domain (a dose in 0.001 mg/day, a concentration in 0.1 mg/mL, the
 * pump's 0.001 mL/day grid). The request prescribes what the wrong program
 * delivers (its rate × the concentration) under a prescriber ceiling at the
 * dose asked: compile refuses it with PRESCRIBER_LIMIT_EXCEEDED.
 */
export async function ceilingDemonstration(Z: Z3, deadline: number): Promise<Counterexample> {
  const base = quotientToGrid(ceilingRounding);
  const r = await explore(Z, {
    ...base,
    domain: (Zc: Z3, x: Readonly<Record<string, Term>>): Formula => {
      const dose = x['dose'] as Term;
      const c = x['concentration'] as Term;
      return Zc.And(
        (x['grid'] as Term).eq(Zc.Real.val('1/1000')),
        Zc.IsInt(dose.mul(1000)), dose.ge(1), dose.le(5),
        Zc.IsInt(c.mul(10)), c.ge(1), c.le(15),
      );
    },
  }, deadline);
  const m = r.counterexample;
  const out = { name: 'a ceiling instead of a floor', theorem: 'rounding-to-grid', exploration: r, model: m === undefined ? {} : text(m), expect: { code: 'PRESCRIBER_LIMIT_EXCEEDED', path: 'limits.morphine.maxDaily' } };
  if (m === undefined) return out;
  const A = decimalArithmetic;
  const dose = A.fromDecimalString(dec(m['dose'] as Q));
  const conc = A.fromDecimalString(dec(m['concentration'] as Q));
  const wrongRate = ceilingRounding.quotient(A, dose, conc, A.fromDecimalString('0.001')).value;
  return {
    ...out,
    request: {
      pump: PUMP,
      reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: `${A.toDecimalString(conc)} mg/mL` }] },
      therapy: { mode: 'continuous', drug: 'morphine', dose: `${A.toDecimalString(A.mul(wrongRate, conc))} mg/day` },
      limits: { morphine: { maxDaily: `${A.toDecimalString(dose)} mg/day` } },
    },
  };
}

const hhmm = (seconds: Q): string => {
  const minutes = Number(seconds.num / seconds.den / 60n);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/**
 * The midnight-only kernel against "every 24 h window delivers the daily
 * volume", for one step and one periodic bolus in the wire's shape (minutes,
 * 0.001 mL/day, 0.1 mg boluses at 10 mg/mL). The request is the program the
 * model describes under a prescriber ceiling at what the wrong kernel claims
 * for the worst 24 h: compile refuses it with PRESCRIBER_LIMIT_EXCEEDED.
 */
export async function midnightDemonstration(Z: Z3, deadline: number): Promise<Counterexample> {
  const wire = (Zc: Z3, x: Readonly<Record<string, Term>>): Formula => {
    const flow = x['flow0'] as Term; // uL/day
    const v = x['bolusVolume0'] as Term; // 1/86400 uL
    const s = x['bolusStart0'] as Term;
    const d = x['bolusDuration0'] as Term;
    return Zc.And(
      Zc.IsInt(flow), flow.ge(100), flow.le(500),
      Zc.IsInt(v.div(864_000)), v.ge(864_000), v.le(8_640_000),
      Zc.IsInt(s.div(60)), Zc.IsInt(d.div(60)), d.le(3600), d.ge(600),
      Zc.IsInt((x['windowStart'] as Term).div(60)),
    );
  };
  const r = await proveEveryWindow(Z, deadline, 1, 1, midnightOnlyDailyVolume, undefined, wire);
  const m = r.counterexample;
  const out = { name: 'windows that start only at midnight', theorem: 'every-24h-window-delivers-the-daily-volume', exploration: r, model: m === undefined ? {} : text(m), expect: { code: 'PRESCRIBER_LIMIT_EXCEEDED', path: 'limits.morphine.maxDaily' } };
  if (m === undefined) return out;
  const A = decimalArithmetic;
  const flow = A.fromDecimalString(dec(m['flow0'] as Q));
  const volume = A.fromDecimalString(dec(m['bolusVolume0'] as Q));
  const duration = A.fromDecimalString(dec(m['bolusDuration0'] as Q));
  const program = { steps: [{ start: A.zero, flow }], periodicBoluses: [{ start: A.fromDecimalString(dec(m['bolusStart0'] as Q)), volume, duration }] };
  // units: a flow in uL/day is flow / 100 mg/day at 10 mg/mL; a volume in 1/86 400 uL is volume / 8 640 000 mg
  const claimed = midnightOnlyDailyVolume(A, program);
  const milli = A.fromDecimalString('0.001');
  const ceiling = A.mul(A.ceilDiv(claimed, A.fromInteger(8640n)), milli); // at or above the wrong claim: the wrong kernel accepts
  const bolusMg = A.mul(A.floorDiv(volume, A.fromInteger(864_000n)), A.fromDecimalString('0.1'));
  const minutes = A.floorDiv(duration, A.fromInteger(60n));
  return {
    ...out,
    request: {
      pump: PUMP,
      reservoir: { fill: '40 mL', filledAt: '00:00', drugs: [{ drug: 'morphine', concentration: `${CONCENTRATION_MG_PER_ML} mg/mL` }] },
      therapy: {
        mode: 'flex',
        drug: 'morphine',
        steps: [{ start: '00:00', dose: `${A.toDecimalString(A.mul(flow, A.fromDecimalString('0.01')))} mg/day` }],
        periodicBoluses: [{ start: hhmm(m['bolusStart0'] as Q), dose: `${A.toDecimalString(bolusMg)} mg`, duration: `${A.toDecimalString(minutes)} min` }],
      },
      limits: { morphine: { maxDaily: `${A.toDecimalString(ceiling)} mg/day` } },
    },
  };
}
