import type { Arith, Bool, Context } from 'z3-solver';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import { q, qAdd, qCeilDiv, qCmp, qFloorDiv, qFromDecimal, qMul, qSub, qText, type Q } from './Q.js';

/** The solver context every proof term lives in. */
export type Z3 = Context<'main'>;
/** A real-sorted solver term. */
export type Term = Arith<'main'>;
/** A Boolean solver term. */
export type Formula = Bool<'main'>;

/**
 * A concolic value: the solver term `t` (over the theorem's symbolic inputs)
 * and its concrete value `v` under the run's current input assignment.
 * `constant` when `t` mentions no input (then compares on it never fork).
 */
export interface Sym {
  readonly t: Term;
  readonly v: Q;
  readonly constant: boolean;
}

/**
 * One step of a run's path, in order: a `branch` (a `compare` or
 * `isInteger` outcome on terms that mention inputs: `taken` held, the
 * `others` are the outcomes not taken) or a `fact` (the definition of a
 * fresh integer a `floorDiv`/`ceilDiv` introduced), or an `obligation` (a
 * precondition of the arithmetic, e.g. a positive divisor, to be proved).
 */
export type PathEvent =
  | { readonly kind: 'branch'; readonly taken: Formula; readonly others: readonly Formula[] }
  | { readonly kind: 'fact'; readonly fact: Formula }
  | { readonly kind: 'obligation'; readonly what: string; readonly holds: Formula };

/** A run of kernel code on concolic values: its arithmetic and the path it recorded. */
export interface ConcolicRun {
  readonly A: ExactArithmetic<Sym>;
  readonly events: PathEvent[];
  /** The fresh integers the run's divisions introduced, in order (as reals). */
  readonly integers: Term[];
  /** A concolic input: term `t`, current value `v`. */
  input(t: Term, v: Q): Sym;
}

/**
 * The kernel's second interpretation: `ExactArithmetic` over solver terms,
 * executed concolically. Every operation computes the exact concrete value
 * (so the kernel runs down one real path and terminates as it does on
 * decimals) and the term of it; every `compare` on terms that mention an
 * input records the outcome taken as a branch of the path condition (and the
 * outcomes not taken, which the explorer turns into new runs). `floorDiv` and
 * `ceilDiv` introduce a fresh integer defined by its two inequalities, so the
 * theorems stay in (mostly linear) real/integer arithmetic.
 *
 * `prefix` names the fresh integers of this run (`${prefix}q0`, ...).
 */
export function concolicRun(Z: Z3, prefix = ''): ConcolicRun {
  const events: PathEvent[] = [];
  const integers: Term[] = [];
  let fresh = 0;
  const cst = (v: Q): Sym => ({ t: Z.Real.val(`${v.num}/${v.den}`), v, constant: true });
  const bin = (a: Sym, b: Sym, t: Term, v: Q): Sym => (a.constant && b.constant ? cst(v) : { t, v, constant: false });
  const divide = (a: Sym, b: Sym, v: Q, ceil: boolean): Sym => {
    if (a.constant && b.constant) return cst(v);
    if (!b.constant) events.push({ kind: 'obligation', what: 'divisor is positive', holds: b.t.gt(0) });
    const k = Z.ToReal(Z.Int.const(`${prefix}q${fresh++}`));
    // floor: k·b <= a < (k+1)·b; ceil: (k−1)·b < a <= k·b
    const fact = ceil ? Z.And(k.sub(1).mul(b.t).lt(a.t), a.t.le(k.mul(b.t))) : Z.And(k.mul(b.t).le(a.t), a.t.lt(k.add(1).mul(b.t)));
    events.push({ kind: 'fact', fact });
    integers.push(k);
    return { t: k, v, constant: false };
  };
  const A: ExactArithmetic<Sym> = {
    name: 'Z3 concolic terms',
    zero: cst(q(0n)),
    one: cst(q(1n)),
    fromInteger: (n) => cst(q(n)),
    fromDecimalString: (text) => cst(qFromDecimal(text)),
    add: (a, b) => bin(a, b, a.t.add(b.t), qAdd(a.v, b.v)),
    sub: (a, b) => bin(a, b, a.t.sub(b.t), qSub(a.v, b.v)),
    mul: (a, b) => bin(a, b, a.t.mul(b.t), qMul(a.v, b.v)),
    compare: (a, b) => {
      const c = qCmp(a.v, b.v);
      if (a.constant && b.constant) return c;
      const outcomes: Record<-1 | 0 | 1, Formula> = { [-1]: a.t.lt(b.t), 0: a.t.eq(b.t), 1: a.t.gt(b.t) };
      events.push({ kind: 'branch', taken: outcomes[c], others: ([-1, 0, 1] as const).filter((o) => o !== c).map((o) => outcomes[o]) });
      return c;
    },
    floorDiv: (a, b) => divide(a, b, qFloorDiv(a.v, b.v), false),
    ceilDiv: (a, b) => divide(a, b, qCeilDiv(a.v, b.v), true),
    toDecimalString: (a) => {
      // text of a value pins it: recorded as a branch so that no path relies on it unseen
      if (!a.constant) events.push({ kind: 'branch', taken: a.t.eq(cst(a.v).t), others: [a.t.neq(cst(a.v).t)] });
      return qText(a.v);
    },
    isInteger: (a) => {
      const is = a.v.den === 1n;
      if (a.constant) return is;
      const cond = Z.IsInt(a.t);
      events.push({ kind: 'branch', taken: is ? cond : Z.Not(cond), others: [is ? Z.Not(cond) : cond] });
      return is;
    },
  };
  return { A, events, integers, input: (t, v) => ({ t, v, constant: false }) };
}
