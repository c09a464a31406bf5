import {
  ceilToGridForUpperBound,
  floorTimeTowardEarlier,
  floorToGridTowardLessDrug,
  quotientTowardLessDrug,
  quotientUpForUpperBound,
} from '../../../core/rounding/directedRounding.js';
import type { Rounded } from '../../../core/rounding/directedRounding.js';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import type { ConcolicRun, Formula, Sym, Term, Z3 } from '../_internals/concolicArithmetic.js';
import { explore, type Statement } from '../_internals/explore.js';
import { allOf, type Theorem } from '../Theorem.js';

/** The rounding functions under proof; a deliberately wrong kernel replaces them (see `wrongKernels.ts`). */
export interface RoundingKernel {
  /** A rate, volume or concentration down to the grid. */
  floorToGrid<N>(A: ExactArithmetic<N>, x: N, grid: N): Rounded<N>;
  /** A dose over a concentration, down to the grid. */
  quotient<N>(A: ExactArithmetic<N>, a: N, b: N, grid: N): Rounded<N>;
  /** A time (alarm, empty, refill) down to the grid. */
  time<N>(A: ExactArithmetic<N>, t: N, grid: N): Rounded<N>;
}

/** The shipped kernel's rounding toward less drug and toward the earlier time. */
export const shippedRounding: RoundingKernel = {
  floorToGrid: floorToGridTowardLessDrug,
  quotient: quotientTowardLessDrug,
  time: floorTimeTowardEarlier,
};

const t = (v: Readonly<Record<string, Sym>>, name: string): Sym => v[name] as Sym;
/**
 * `v` is a multiple of `g`: it equals an integer the code computed (a
 * division's quotient) times `g`. Sufficient for "on the grid", and linear
 * once the quotient is named (Z3 does not decide `IsInt(v / g)` for a
 * symbolic `g`).
 */
const onGrid = (Z: Z3, r: ConcolicRun, v: Term, g: Term): Formula => Z.Or(...r.integers.map((k) => v.eq(k.mul(g))));
/** `changed` is reported exactly when the value moved. */
const reports = (Z: Z3, r: Rounded<Sym>, moved: Formula): Formula => (r.changed ? moved : Z.Not(moved));

/**
 * A dose (rate, volume, concentration) `x >= 0` on a positive grid: the
 * programmed amount is at most `x`, less than one grid step below it, a
 * multiple of the grid, and `changed` says whether it moved.
 */
export const doseToGrid = (k: RoundingKernel): Statement => ({
  inputs: [
    { name: 'x', sort: 'Real' },
    { name: 'grid', sort: 'Real' },
  ],
  domain: (Z, v) => Z.And((v['x'] as Term).ge(0), (v['grid'] as Term).gt(0)),
  run: (Z, r, v) => {
    const x = t(v, 'x');
    const g = t(v, 'grid');
    const out = k.floorToGrid(r.A, x, g);
    return Z.And(out.value.t.le(x.t), x.t.sub(out.value.t).lt(g.t), onGrid(Z, r, out.value.t, g.t), reports(Z, out, out.value.t.neq(x.t)));
  },
});

/**
 * A dose over a concentration (`a >= 0`, `b > 0`) on a positive grid: the
 * programmed amount times the concentration is at most the dose (never more
 * drug), within one grid step of it, on the grid.
 */
export const quotientToGrid = (k: RoundingKernel): Statement => ({
  inputs: [
    { name: 'dose', sort: 'Real' },
    { name: 'concentration', sort: 'Real' },
    { name: 'grid', sort: 'Real' },
  ],
  domain: (Z, v) => Z.And((v['dose'] as Term).ge(0), (v['concentration'] as Term).gt(0), (v['grid'] as Term).gt(0)),
  run: (Z, r, v) => {
    const a = t(v, 'dose');
    const b = t(v, 'concentration');
    const g = t(v, 'grid');
    const out = k.quotient(r.A, a, b, g);
    const delivered = out.value.t.mul(b.t);
    return Z.And(delivered.le(a.t), a.t.sub(delivered).lt(g.t.mul(b.t)), onGrid(Z, r, out.value.t, g.t), reports(Z, out, delivered.neq(a.t)));
  },
});

/**
 * A time `t >= 0` (to the low-reservoir alarm, to empty, to the refill) on
 * a positive grid (a minute, a day): reported no later than it is, less
 * than one grid step earlier, on the grid.
 */
export const timeToGrid = (k: RoundingKernel): Statement => ({
  inputs: [
    { name: 't', sort: 'Real' },
    { name: 'grid', sort: 'Real' },
  ],
  domain: (Z, v) => Z.And((v['t'] as Term).ge(0), (v['grid'] as Term).gt(0)),
  run: (Z, r, v) => {
    const x = t(v, 't');
    const g = t(v, 'grid');
    const out = k.time(r.A, x, g);
    return Z.And(out.value.t.le(x.t), x.t.sub(out.value.t).lt(g.t), onGrid(Z, r, out.value.t, g.t), reports(Z, out, out.value.t.neq(x.t)));
  },
});

/** Upper bounds (worst-case doses) rounded up never fall below the truth, and land on the grid. */
const upperBounds: Statement = {
  inputs: [
    { name: 'a', sort: 'Real' },
    { name: 'b', sort: 'Real' },
    { name: 'grid', sort: 'Real' },
  ],
  domain: (Z, v) => Z.And((v['a'] as Term).ge(0), (v['b'] as Term).gt(0), (v['grid'] as Term).gt(0)),
  run: (Z, r, v) => {
    const a = t(v, 'a');
    const b = t(v, 'b');
    const g = t(v, 'grid');
    const up = quotientUpForUpperBound(r.A, a, b, g);
    const ceil = ceilToGridForUpperBound(r.A, a, g);
    return Z.And(up.value.t.mul(b.t).ge(a.t), onGrid(Z, r, up.value.t, g.t), ceil.value.t.ge(a.t), onGrid(Z, r, ceil.value.t, g.t));
  },
};

/**
 * Rounding to the pump's grid never increases a dose, never delays an alarm
 * or a refill date, and lands on the grid; bounds round outward.
 */
export const roundingToGrid = (k: RoundingKernel = shippedRounding): Theorem => ({
  name: 'rounding-to-grid',
  requirements: ['REQ-ROUND-002', 'REQ-ROUND-003', 'REQ-ROUND-004'],
  statement:
    'For every x >= 0, dose >= 0, concentration > 0 and grid > 0: the programmed amount is at most the asked one (times the concentration, at most the dose), within one grid step, on the grid; a time is never later, within one step, on the grid; upper bounds are never below the truth; `changed` is exact.',
  prove: (Z, deadline) =>
    allOf(
      [() => explore(Z, doseToGrid(k), deadline), () => explore(Z, quotientToGrid(k), deadline), () => explore(Z, timeToGrid(k), deadline), () => explore(Z, upperBounds, deadline)],
      ['dose to grid', 'dose over concentration to grid', 'time to grid', 'upper bounds'],
    ),
});
