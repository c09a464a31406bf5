import { DAY_SECONDS, type DailyProgram } from '../../../core/kernel/DailyProgram.js';
import { dailyVolume } from '../../../core/kernel/dailyVolume.js';
import { periodicOnTime } from '../../../core/kernel/_internals/periodicOverlap.js';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Exploration, type InputDecl } from '../_internals/explore.js';
import type { Theorem } from '../Theorem.js';

/** The daily volume the worst and least 24 h rest on; a deliberately wrong kernel replaces it (see `wrongKernels.ts`). */
export type DailyVolumeKernel = <N>(A: ExactArithmetic<N>, program: DailyProgram<N>) => N;

/** The inputs of a program of `steps` basal steps and `boluses` periodic boluses, and the window's start. */
export function windowInputs(steps: number, boluses: number): InputDecl[] {
  const out: InputDecl[] = [{ name: 'windowStart', sort: 'Real' }];
  for (let i = 0; i < steps; i++) {
    if (i > 0) out.push({ name: `start${i}`, sort: 'Real' });
    out.push({ name: `flow${i}`, sort: 'Real' });
  }
  for (let j = 0; j < boluses; j++) out.push({ name: `bolusStart${j}`, sort: 'Real' }, { name: `bolusVolume${j}`, sort: 'Real' }, { name: `bolusDuration${j}`, sort: 'Real' });
  return out;
}

/**
 * The wire format's domain of a 24 h program: steps sorted from 00:00 within
 * the day, flows and volumes not negative, boluses starting within the day
 * and lasting less than a day (they may run past midnight); the window
 * starts at any instant (any real, before or after the program's origin).
 */
export function windowDomain(Z: Z3, x: Readonly<Record<string, Term>>, steps: number, boluses: number): Formula {
  const day = Number(DAY_SECONDS);
  const parts: Formula[] = [];
  let previous: Term | undefined;
  for (let i = 0; i < steps; i++) {
    parts.push((x[`flow${i}`] as Term).ge(0));
    if (i > 0) {
      const s = x[`start${i}`] as Term;
      parts.push(s.lt(day), previous === undefined ? s.gt(0) : s.gt(previous));
      previous = s;
    }
  }
  for (let j = 0; j < boluses; j++) {
    const s = x[`bolusStart${j}`] as Term;
    const d = x[`bolusDuration${j}`] as Term;
    parts.push(s.ge(0), s.lt(day), d.gt(0), d.lt(day), (x[`bolusVolume${j}`] as Term).ge(0));
  }
  return Z.And(...parts);
}

/** The program the inputs describe, as the kernel reads it. */
export function windowProgram<N>(A: ExactArithmetic<N>, x: Readonly<Record<string, N>>, steps: number, boluses: number): DailyProgram<N> {
  return {
    steps: Array.from({ length: steps }, (_, i) => ({ start: i === 0 ? A.zero : (x[`start${i}`] as N), flow: x[`flow${i}`] as N })),
    periodicBoluses: Array.from({ length: boluses }, (_, j) => ({ start: x[`bolusStart${j}`] as N, volume: x[`bolusVolume${j}`] as N, duration: x[`bolusDuration${j}`] as N })),
  };
}

/** How the kernel measures a periodic interval's on-time after an origin; a wrong kernel replaces it (see `wrongKernels.ts`). */
export type OnTimeKernel = <N>(A: ExactArithmetic<N>, t: N, a: N, d: N, P: N) => N;

/**
 * Every 24 h window of a 24 h-periodic program delivers exactly its daily
 * volume. The window `[w, w + 24 h)` is measured as the kernel measures
 * delivery from an origin (`cumulativeVolume`): flow × on-time of each step,
 * volume × on-time / duration of each bolus, the on-times by
 * `periodicOnTime` in the first 24 h after `w`. Two steps, both over the code:
 *
 * 1. for every piece (step or bolus) and every `w`, `periodicOnTime` gives
 *    the piece's whole length (linear; every path explored);
 * 2. with those on-times, the window's volume equals `dailyVolume` run on
 *    the same symbolic program, the figure `worst24hVolume` and
 *    `least24hVolume` rest on (every path of `dailyVolume` explored: it has one).
 *
 * For every program of `steps` steps and `boluses` periodic boluses in the
 * wire domain.
 */
export async function proveEveryWindow(Z: Z3, deadline: number, steps: number, boluses: number, daily: DailyVolumeKernel = dailyVolume, onTimeOf: OnTimeKernel = periodicOnTime, narrower?: (Z: Z3, x: Readonly<Record<string, Term>>) => Formula): Promise<Exploration> {
  const inputs = windowInputs(steps, boluses);
  // `narrower` restricts the domain (to the wire's minutes and units, for a counterexample that is a request)
  const domain = (Zc: Z3, x: Readonly<Record<string, Term>>): Formula => (narrower === undefined ? windowDomain(Zc, x, steps, boluses) : Zc.And(windowDomain(Zc, x, steps, boluses), narrower(Zc, x)));
  const day = (A: ExactArithmetic<Sym>): Sym => A.fromInteger(DAY_SECONDS);
  const stepStart = (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>, i: number): Sym => (i === 0 ? A.zero : (v[`start${i}`] as Sym));
  const stepEnd = (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>, i: number): Sym => (i + 1 < steps ? (v[`start${i + 1}`] as Sym) : day(A));
  const pieces: { name: string; offset: (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => Sym; length: (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => Sym }[] = [
    ...Array.from({ length: steps }, (_, i) => ({
      name: `step ${i}`,
      offset: (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => A.sub(stepStart(A, v, i), v['windowStart'] as Sym),
      length: (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => A.sub(stepEnd(A, v, i), stepStart(A, v, i)),
    })),
    ...Array.from({ length: boluses }, (_, j) => ({
      name: `bolus ${j}`,
      offset: (A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => A.sub(v[`bolusStart${j}`] as Sym, v['windowStart'] as Sym),
      length: (_A: ExactArithmetic<Sym>, v: Readonly<Record<string, Sym>>) => v[`bolusDuration${j}`] as Sym,
    })),
  ];
  let paths = 0;
  // 1. every piece is on for its whole length in every window
  for (const p of pieces) {
    const r = await explore(Z, {
      inputs,
      domain,
      run: (_Z, run, v) => {
        const on = onTimeOf(run.A, day(run.A), p.offset(run.A, v), p.length(run.A, v), day(run.A));
        return on.t.eq(p.length(run.A, v).t);
      },
    }, deadline);
    paths += r.paths;
    if (r.status !== 'proved') return { ...r, paths, detail: `${p.name}'s on-time in a window: ${r.detail ?? r.status}` };
  }
  // 2. the window's volume (each piece whole, by 1) is the daily volume the kernel computes
  const r = await explore(Z, {
    inputs,
    domain,
    run: (Zc, run, v) => {
      let window: Term = Zc.Real.val(0);
      for (let i = 0; i < steps; i++) window = window.add((v[`flow${i}`] as Sym).t.mul(run.A.sub(stepEnd(run.A, v, i), stepStart(run.A, v, i)).t));
      // volume × on-time / duration, the on-time being the duration (step 1)
      for (let j = 0; j < boluses; j++) window = window.add((v[`bolusVolume${j}`] as Sym).t);
      return daily(run.A, windowProgram(run.A, v, steps, boluses)).t.eq(window);
    },
  }, deadline);
  paths += r.paths;
  if (r.status !== 'proved') return { ...r, paths, detail: `the window's volume against the daily volume: ${r.detail ?? r.status}` };
  return { status: 'proved', paths };
}

/** The theorem, for the largest program CI proves in time. */
export const everyWindowIsDaily = (steps: number, boluses: number, daily?: DailyVolumeKernel): Theorem => ({
  name: 'every-24h-window-delivers-the-daily-volume',
  requirements: ['REQ-DOSE-002', 'REQ-DOSE-004'],
  statement: `For every 24 h program of ${steps} basal steps and ${boluses} periodic boluses in the wire domain and every window start (any instant), the window's volume, measured as the kernel measures delivery (periodicOnTime), equals dailyVolume, the figure the worst and least 24 h rest on.`,
  bound: `${steps} steps, ${boluses} periodic boluses`,
  prove: (Z, deadline) => proveEveryWindow(Z, deadline, steps, boluses, daily),
});
