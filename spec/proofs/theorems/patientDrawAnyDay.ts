import { DAY_SECONDS } from '../../../core/kernel/DailyProgram.js';
import { earliestPatientOnTime } from '../../../core/kernel/_internals/earliestPatientOnTime.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, inputTerms, refute, type Exploration, type InputDecl } from '../_internals/explore.js';

const DAY = Number(DAY_SECONDS);

const KERNEL_INPUTS: readonly InputDecl[] = [
  { name: 'duration', sort: 'Real' },
  { name: 'lockout', sort: 'Real' },
  { name: 't', sort: 'Real' },
];

/**
 * Not in `npm run prove` (see docs/proofs.md, "beyond the second day"): the
 * two steps of an induction that would carry `patient-boluses-drawn-earliest`
 * to every day. The schedule's step proves in milliseconds; the kernel's step
 * is left undecided by the solver (the fresh integer of `floor(rest / L)`
 * against a symbolic lockout is nonlinear).
 *
 * The kernel's step, for `maxPerDay = n` when the count binds (`n × L < 24 h`):
 * `earliestPatientOnTime(t) = earliestPatientOnTime(t − 24 h) + n × d` for every
 * `t >= 24 h`, split on `floor(rest / L) = j` (`rest` = `t` past its last whole day).
 */
export async function proveKernelStep(Z: Z3, deadline: number, n: number, j: number | 'more'): Promise<Exploration> {
  // t = days × 24 h + rest (days >= 1 an integer, 0 <= rest < 24 h), and floor(rest / L) = j: linear
  const inputs: InputDecl[] = [...KERNEL_INPUTS.filter((i) => i.name !== 't'), { name: 'days', sort: 'Int' }, { name: 'rest', sort: 'Real' }];
  return explore(Z, {
    inputs,
    domain: (Zc, x) => {
      const d = x['duration'] as Term;
      const L = x['lockout'] as Term;
      const rest = x['rest'] as Term;
      const jCase = j === 'more' ? rest.ge(L.mul(n)) : Zc.And(L.mul(j).le(rest), rest.lt(L.mul(j + 1)));
      return Zc.And(d.gt(0), L.ge(d), L.mul(n).lt(DAY), (x['days'] as Term).ge(1), rest.ge(0), rest.lt(DAY), jCase);
    },
    run: (_Zc, r, v) => {
      const A = r.A;
      const d = v['duration'] as Sym;
      const pb = { volume: A.one, duration: d, lockout: v['lockout'] as Sym, maxPerDay: A.fromInteger(BigInt(n)) };
      const day = A.fromInteger(DAY_SECONDS);
      const t = A.add(A.mul(v['days'] as Sym, day), v['rest'] as Sym);
      const now = earliestPatientOnTime(A, pb, t);
      const before = earliestPatientOnTime(A, pb, A.sub(t, day));
      return now.t.eq(before.t.add(d.t.mul(n)));
    },
  }, deadline);
}

/**
 * The schedule's step: any `n + 1` consecutive starts of an allowed schedule
 * (each at least `L` after the one before, the last at least 24 h after the
 * first) are on for at most `n × d` within any `(t − 24 h, t]`; and `n + 2`
 * consecutive starts never all lie in `(t − 24 h − d, t]`, so the starts on
 * in that window are at most `n + 1` consecutive ones.
 */
export async function proveScheduleStep(Z: Z3, deadline: number, n: number): Promise<Exploration> {
  const inputs: InputDecl[] = [{ name: 'd', sort: 'Real' }, { name: 'L', sort: 'Real' }, { name: 't', sort: 'Real' }, ...Array.from({ length: n + 2 }, (_, i) => ({ name: `s${i}`, sort: 'Real' as const }))];
  const x = inputTerms(Z, inputs);
  const d = x['d'] as Term;
  const L = x['L'] as Term;
  const t = x['t'] as Term;
  const s = Array.from({ length: n + 2 }, (_, i) => x[`s${i}`] as Term);
  const allowed = (k: number): Formula[] => [d.gt(0), L.ge(d), ...s.slice(1, k).map((y, i) => y.sub(s[i] as Term).ge(L)), ...s.slice(n, k).map((y, i) => y.sub(s[i] as Term).ge(DAY))];
  const lo = t.sub(DAY);
  const on = (si: Term): Term => {
    const from = Z.If(si.ge(lo), si, lo) as Term;
    const end = si.add(d);
    const to = Z.If(end.le(t), end, t) as Term;
    return Z.If(to.gt(from), to.sub(from), Z.Real.val(0)) as Term;
  };
  const total = s.slice(0, n + 1).map(on).reduce<Term>((a, b) => a.add(b), Z.Real.val(0));
  const a = await refute(Z, [...allowed(n + 1), total.gt(d.mul(n))], deadline);
  if (a.status !== 'proved') return { status: a.status, paths: 1, detail: `n = ${n}: ${n + 1} starts on for more than n × d in a day` };
  const b = await refute(Z, [...allowed(n + 2), (s[0] as Term).gt(lo.sub(d)), (s[n + 1] as Term).le(t)], deadline);
  if (b.status !== 'proved') return { status: b.status, paths: 2, detail: `n = ${n}: ${n + 2} starts within 24 h + d` };
  return { status: 'proved', paths: 2 };
}
