import { DAY_SECONDS } from '../../../core/kernel/DailyProgram.js';
import { earliestPatientOnTime } from '../../../core/kernel/_internals/earliestPatientOnTime.js';
import type { Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Exploration, type InputDecl } from '../_internals/explore.js';
import type { Theorem } from '../Theorem.js';

const DAY = Number(DAY_SECONDS);

/**
 * For `maxPerDay = n` and `floor(t / lockout) = j` (each `j` up to `n`, and
 * "more"): every schedule of `n + 1` starts from the fill on (`>= 0`) that the
 * lockout and the rolling count allow has delivered, by any `t` in the first
 * 24 h, at most the bolus-seconds of the earliest schedule
 * (`earliestPatientOnTime`, what `cumulativeVolume` and so the low-reservoir
 * alarm and the empty time count). `n + 1` starts cover every schedule: the
 * starts in `[0, t]`, `t <= 24 h`, are at most `n + 1` (over `days` days,
 * `t <= days × 24 h`: `days × n + 1`, since any `n + 1` consecutive starts
 * span at least 24 h).
 */
function drawCase(n: number, j: number | 'more', days = 1): { inputs: InputDecl[]; domain: (Z: Z3, x: Readonly<Record<string, Term>>) => Formula; run: (Z: Z3, A: Parameters<typeof earliestPatientOnTime<Sym>>[0], v: Readonly<Record<string, Sym>>) => Formula } {
  const slots = days * n + 1;
  const inputs: InputDecl[] = [
    { name: 'duration', sort: 'Real' },
    { name: 'lockout', sort: 'Real' },
    { name: 't', sort: 'Real' },
    ...Array.from({ length: slots }, (_, i) => ({ name: `press${i}`, sort: 'Real' as const })),
  ];
  return {
    inputs,
    domain: (Z, x) => {
      const d = x['duration'] as Term;
      const L = x['lockout'] as Term;
      const t = x['t'] as Term;
      const s = Array.from({ length: slots }, (_, i) => x[`press${i}`] as Term);
      const jCase = j === 'more' ? t.ge(L.mul(slots)) : Z.And(L.mul(j).le(t), t.lt(L.mul(j + 1)));
      return Z.And(
        d.gt(0), L.ge(d), t.ge(0), t.le(DAY * days), jCase, (s[0] as Term).ge(0),
        ...s.slice(1).map((x1, i) => x1.sub(s[i] as Term).ge(L)),
        ...s.slice(n).map((x1, i) => x1.sub(s[i] as Term).ge(DAY)),
      );
    },
    run: (Z, A, v) => {
      const d = v['duration'] as Sym;
      const t = v['t'] as Sym;
      const earliest = earliestPatientOnTime(A, { volume: A.one, duration: d, lockout: v['lockout'] as Sym, maxPerDay: A.fromInteger(BigInt(n)) }, t);
      const drawn = Array.from({ length: slots }, (_, i) => {
        const since = t.t.sub((v[`press${i}`] as Sym).t);
        return Z.If(since.le(0), Z.Real.val(0), Z.If(since.ge(d.t), d.t, since));
      }).reduce<Term>((acc, x) => acc.add(x), Z.Real.val(0));
      return drawn.le(earliest.t);
    },
  };
}

/** Every case up to `maxN`. */
export async function proveEarliestPatientDraw(Z: Z3, deadline: number, maxN: number, days = 1): Promise<Exploration> {
  let paths = 0;
  for (let n = 1; n <= maxN; n++) {
    for (const j of [...Array.from({ length: days * n + 1 }, (_, i) => i), 'more' as const]) {
      const c = drawCase(n, j, days);
      const r = await explore(Z, { inputs: c.inputs, domain: c.domain, run: (Zc, run, v) => c.run(Zc, run.A, v) }, deadline);
      paths += r.paths;
      if (r.status !== 'proved') return { ...r, paths, detail: `maxPerDay ${n}, floor(t / lockout) ${j === 'more' ? `above ${days * n}` : j}${days > 1 ? `, t within ${days} days` : ''}: ${r.detail ?? r.status}` };
    }
  }
  return { status: 'proved', paths };
}

/** The theorem, for every `maxPerDay` up to the largest CI proves in time, over the first `days` days after the fill (`days * maxPerDay + 1` starts cover every schedule then). */
export const earliestPatientDraw = (maxN = 3, days = 1): Theorem => ({
  name: 'patient-boluses-drawn-earliest',
  requirements: ['REQ-RES-001'],
  statement: `For every duration d > 0, lockout L >= d, maxPerDay n <= ${maxN} and time t in the first ${days === 1 ? '24 h' : `${days} days`} after the fill: no schedule of patient boluses the lockout and the count allow has drawn more by t than the earliest schedule the kernel counts (earliestPatientOnTime), so the low-reservoir alarm and the empty time it computes are no later than under any allowed schedule.`,
  bound: `maxPerDay 1 to ${maxN}, t within ${days === 1 ? '24 h' : `${days} days`} of the fill`,
  prove: (Z, deadline) => proveEarliestPatientDraw(Z, deadline, maxN, days),
});
