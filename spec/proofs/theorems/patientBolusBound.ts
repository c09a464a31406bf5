import { DAY_SECONDS, type PatientBolus } from '../../../core/kernel/DailyProgram.js';
import { patientBolusesIn24h } from '../../../core/kernel/patientBolusesIn24h.js';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Exploration, type InputDecl } from '../_internals/explore.js';
import type { Theorem } from '../Theorem.js';

/** The patient-bolus count the worst 24 h adds; a deliberately wrong kernel replaces it. */
export type PatientBolusKernel = <N>(A: ExactArithmetic<N>, pb: PatientBolus<N>) => { readonly whole: N; readonly partSeconds: N };

const DAY = Number(DAY_SECONDS);

/** Seconds of bolus `[s, s + d)` inside the window `[0, 24 h)`. */
const inWindow = (Z: Z3, s: Term, d: Term): Term => {
  const end = Z.If(s.add(d).lt(DAY), s.add(d), Z.Real.val(DAY));
  const start = Z.If(s.gt(0), s, Z.Real.val(0));
  return Z.If(end.gt(start), end.sub(start), Z.Real.val(0));
};

/** A schedule of starts `s` (sorted) the lockout `L` and at most `n` starts in any rolling 24 h allow. */
const allowed = (Z: Z3, s: readonly Term[], L: Term, n: number): Formula =>
  Z.And(...s.slice(1).map((x, i) => x.sub(s[i] as Term).ge(L)), ...s.slice(n).map((x, i) => x.sub(s[i] as Term).ge(DAY)));

/**
 * For `maxPerDay = n`, and lockouts with `floor(24 h / L) = k` (`k < n`) or
 * `>= n`: every schedule of `n + 2` starts allowed by the lockout, the
 * duration and the count delivers at most `whole × d + partSeconds`
 * bolus-seconds in the window `[0, 24 h)` (any window: the schedule is
 * arbitrary), and the schedule "as early as allowed from the window's start"
 * (allowed too) delivers exactly that. `n + 2` starts cover every schedule:
 * the starts of boluses that touch the window lie in `(−d, 24 h)`, whose
 * first 24 h hold at most `n` and whose last `d <= L` seconds at most one.
 */
function bolusCase(n: number, k: number | 'many', kernel: PatientBolusKernel, part: 'bound' | 'attained'): { inputs: InputDecl[]; domain: (Z: Z3, x: Readonly<Record<string, Term>>) => Formula; run: (Z: Z3, r: { A: ExactArithmetic<Sym> }, v: Readonly<Record<string, Sym>>) => Formula } {
  const slots = n + 2;
  const inputs: InputDecl[] = [
    { name: 'duration', sort: 'Real' },
    { name: 'lockout', sort: 'Real' },
    ...Array.from({ length: slots }, (_, i) => ({ name: `press${i}`, sort: 'Real' as const })),
  ];
  return {
    inputs,
    domain: (Z, x) => {
      const d = x['duration'] as Term;
      const L = x['lockout'] as Term;
      const s = Array.from({ length: slots }, (_, i) => x[`press${i}`] as Term);
      const kCase = k === 'many' ? L.mul(n).le(DAY) : Z.And(L.mul(k).le(DAY), L.mul(k + 1).gt(DAY));
      return Z.And(d.gt(0), L.ge(d), kCase, allowed(Z, s, L, n));
    },
    run: (Z, r, v) => {
      const A = r.A;
      const d = v['duration'] as Sym;
      const L = v['lockout'] as Sym;
      const f = kernel(A, { volume: A.one, duration: d, lockout: L, maxPerDay: A.fromInteger(BigInt(n)) });
      const bound = f.whole.t.mul(d.t).add(f.partSeconds.t);
      const s = Array.from({ length: slots }, (_, i) => (v[`press${i}`] as Sym).t);
      const delivered = s.reduce<Term>((acc, x) => acc.add(inWindow(Z, x, d.t)), Z.Real.val(0));
      // the witness: `count` starts from the window's start, one lockout apart; the rest a day and a lockout apart, after the window
      const count = k === 'many' ? n : k + 1;
      const witness = Array.from({ length: slots }, (_, i) => (i < count ? L.t.mul(i) : L.t.add(DAY).mul(i + 2)));
      const attained = witness.reduce<Term>((acc, x) => acc.add(inWindow(Z, x, d.t)), Z.Real.val(0));
      return part === 'bound' ? delivered.le(bound) : Z.And(allowed(Z, witness, L.t, n), attained.eq(bound));
    },
  };
}

/** Every case up to `maxN`: each `maxPerDay` from 1 and each `floor(24 h / lockout)` below it, and "at least it". */
export async function provePatientBolusBound(Z: Z3, deadline: number, maxN: number, kernel: PatientBolusKernel = patientBolusesIn24h): Promise<Exploration> {
  let paths = 0;
  for (let n = 1; n <= maxN; n++) {
    for (const k of [...Array.from({ length: n }, (_, i) => i), 'many' as const]) {
      for (const part of ['bound', 'attained'] as const) {
        const c = bolusCase(n, k, kernel, part);
        const r = await explore(Z, { inputs: c.inputs, domain: c.domain, run: (Zc, run, v) => c.run(Zc, run, v) }, deadline);
        paths += r.paths;
        if (r.status !== 'proved') return { ...r, paths, detail: `maxPerDay ${n}, ${k === 'many' ? `at least ${n}` : k} lockouts in 24 h, ${part}: ${r.detail ?? r.status}` };
      }
    }
  }
  return { status: 'proved', paths };
}

/** The theorem, for every `maxPerDay` up to the largest CI proves in time. */
export const patientBolusBound = (maxN = 8, kernel?: PatientBolusKernel): Theorem => ({
  name: 'patient-bolus-worst-24h-is-tight',
  requirements: ['REQ-DOSE-003', 'REQ-DOSE-002'],
  statement: `For every duration d > 0, lockout L >= d and maxPerDay n <= ${maxN}: no schedule of patient boluses the lockout and the count allow delivers more than the kernel's whole + partSeconds/d boluses in any 24 h window, and the earliest schedule delivers exactly that (tight).`,
  bound: `maxPerDay 1 to ${maxN}`,
  prove: (Z, deadline) => provePatientBolusBound(Z, deadline, maxN, kernel),
});
