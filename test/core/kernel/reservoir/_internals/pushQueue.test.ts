import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../../core/arith/decimalArithmetic.js';
import type { ExactFraction } from '../../../../../core/kernel/ExactFraction.js';
import type { FluidSlice } from '../../../../../core/kernel/reservoir/PumpState.js';
import { pushQueue } from '../../../../../core/kernel/reservoir/_internals/pushQueue.js';
import { fuzzProfile } from '../../../../../properties/_internals/fuzzProfile.js';

const n = (x: number): Exact => A.fromInteger(BigInt(x));
const frac = (num: number, den = 1): ExactFraction<Exact> => ({ num: n(num), den: n(den) });
/** A slice of `volume` units of a fluid with these concentrations (one per drug). */
const slice = (volume: number, ...concentrations: number[]): FluidSlice<Exact> => ({ volume: frac(volume), concentrations: concentrations.map(n) });
/** The value of a fraction (the cases pick values with a finite decimal form). */
const show = (f: ExactFraction<Exact>): string => A.toDecimalString(f.num.dividedBy(f.den));
/** The queue from the tip back, each slice as `volume@concentration/concentration…`. */
const layout = (q: readonly FluidSlice<Exact>[]): string[] => q.map((s) => `${show(s.volume)}@${s.concentrations.map((c) => A.toDecimalString(c)).join('/')}`);
const push = (queue: FluidSlice<Exact>[], volume: ExactFraction<Exact>, ...concentrations: number[]) => {
  const r = pushQueue(A, queue, volume, concentrations.map(n));
  return { queue: layout(r.queue), mass: r.mass.map(show) };
};

describe('pushQueue: the dead volume as a first-in-first-out queue', () => {
  it('[REQ-BRIDGE-003] a push shorter than the first slice takes from it only; every slice behind stays and the new fluid joins at the back', () => {
    // 2 of the 5 units at 10 leave: 20; 3 of them stay, the 3 at 20 stay untouched, 2 of the new fluid (4) enter behind
    expect(push([slice(5, 10), slice(3, 20)], frac(2), 4)).toEqual({ queue: ['3@10', '3@20', '2@4'], mass: ['20'] });
  });

  it('[REQ-BRIDGE-003] a push of exactly the first slice empties it: no empty slice is left at the tip', () => {
    // the 5 units at 10 leave whole (50); the 3 at 20 are now at the tip, 5 of the new fluid behind them
    expect(push([slice(5, 10), slice(3, 20)], frac(5), 4)).toEqual({ queue: ['3@20', '5@4'], mass: ['50'] });
  });

  it('[REQ-BRIDGE-003] a push through several slices delivers each whole slice and part of the next', () => {
    // 6 units: 2 at 10, 3 at 20, 1 of the 4 at 30 = 20 + 60 + 30 = 110; 3 at 30 stay, 6 at 1 enter
    expect(push([slice(2, 10), slice(3, 20), slice(4, 30)], frac(6), 1)).toEqual({ queue: ['3@30', '6@1'], mass: ['110'] });
    // 3.5 units (7/2): 2 at 10 and 1.5 at 20 = 20 + 30 = 50; 1.5 at 20 stay, 3.5 at 1 enter
    expect(push([slice(2, 10), slice(3, 20)], frac(7, 2), 1)).toEqual({ queue: ['1.5@20', '3.5@1'], mass: ['50'] });
  });

  it('[REQ-BRIDGE-003] a push larger than the dead volume replaces all of it; the rest goes straight through to the tip', () => {
    // 8 units into 5 at 10: the 5 at 10 leave (50) and 3 of the new fluid pass through (3 × 4 = 12); the dead volume is 5 at 4
    expect(push([slice(5, 10)], frac(8), 4)).toEqual({ queue: ['5@4'], mass: ['62'] });
    // exactly the dead volume: the 5 at 10 leave, the 5 units of new fluid fill it
    expect(push([slice(2, 10), slice(3, 20)], frac(5), 4)).toEqual({ queue: ['5@4'], mass: ['80'] });
  });

  it('[REQ-BRIDGE-003] the same fluid behind the same fluid is one slice, not two', () => {
    // 2 of the 5 units at 10 leave (20); the 2 entering units are the same fluid as the 3 left: one slice of 5
    expect(push([slice(5, 10)], frac(2), 10)).toEqual({ queue: ['5@10'], mass: ['20'] });
    // the fluid at the back merges with the new fluid; the one at the tip is untouched
    expect(push([slice(5, 20), slice(3, 10)], frac(2), 10)).toEqual({ queue: ['3@20', '5@10'], mass: ['40'] });
  });

  it('[REQ-BRIDGE-003] fluids are the same only if every drug\'s concentration is: one drug equal is not enough', () => {
    // two drugs: 10 and 1 at the back, 10 and 2 entering; 2 units leave: 20 of the first drug, 2 of the second
    expect(push([slice(5, 10, 1)], frac(2), 10, 2)).toEqual({ queue: ['3@10/1', '2@10/2'], mass: ['20', '2'] });
    // the first drug differs, the second is equal
    expect(push([slice(5, 7, 2)], frac(2), 10, 2)).toEqual({ queue: ['3@7/2', '2@10/2'], mass: ['14', '4'] });
  });

  it('[REQ-BRIDGE-003] a fluid naming a drug the dead volume\'s fluid does not name is another fluid (that drug is absent there)', () => {
    // the old fluid lists only the first drug (the second is 0 in it): its 2 units give 20 and 0; the new one has 5 of the second drug
    expect(push([slice(5, 10)], frac(2), 10, 5)).toEqual({ queue: ['3@10', '2@10/5'], mass: ['20', '0'] });
  });

  it('[REQ-RES-005] a push of nothing moves nothing: the queue is unchanged and nothing reaches the tip', () => {
    expect(push([slice(5, 10), slice(3, 20)], frac(0), 4)).toEqual({ queue: ['5@10', '3@20'], mass: ['0'] });
    expect(push([slice(5, 10)], frac(0, 7), 10)).toEqual({ queue: ['5@10'], mass: ['0'] });
  });

  it('[REQ-BRIDGE-003] with no dead volume the pushed fluid reaches the tip at once and nothing stays', () => {
    // 4 units at 10 and 3: 40 and 12 at the tip
    expect(push([], frac(4), 10, 3)).toEqual({ queue: [], mass: ['40', '12'] });
    expect(push([], frac(0), 10)).toEqual({ queue: [], mass: ['0'] });
  });

  it('[REQ-BRIDGE-003] against a unit-by-unit queue: the tip gets the first units of the dead volume then of the new fluid, the rest stays in order', () => {
    const fluid = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 2 });
    const queueArb = fc.array(fc.record({ volume: fc.integer({ min: 1, max: 4 }), conc: fluid }), { maxLength: 4 });
    fc.assert(
      fc.property(queueArb, fc.integer({ min: 0, max: 14 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }), (q, volume, conc) => {
        // The oracle: one cell per unit of volume, tagged with the slice it came from (-1: the new fluid).
        const cells = [...q.flatMap((s, i) => Array.from({ length: s.volume }, () => i)), ...Array.from({ length: volume }, () => -1)];
        const concOf = (tag: number): readonly number[] => (tag < 0 ? conc : (q[tag]?.conc ?? []));
        const out = cells.slice(0, volume);
        const expectedMass = conc.map((_, k) => out.reduce((m, tag) => m + (concOf(tag)[k] ?? 0), 0));
        // what stays, grouped by slice; the new fluid joins the last old slice when every concentration is equal
        const groups: { tag: number; volume: number }[] = [];
        for (const tag of cells.slice(volume)) {
          const last = groups[groups.length - 1];
          if (last !== undefined && last.tag === tag) last.volume += 1;
          else groups.push({ tag, volume: 1 });
        }
        const sameFluid = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
        const [beforeLast, lastGroup] = [groups[groups.length - 2], groups[groups.length - 1]];
        if (beforeLast !== undefined && lastGroup !== undefined && lastGroup.tag < 0 && sameFluid(concOf(beforeLast.tag), conc)) {
          groups.splice(groups.length - 2, 2, { tag: -1, volume: beforeLast.volume + lastGroup.volume });
        }
        const r = push(q.map((s) => slice(s.volume, ...s.conc)), frac(volume), ...conc);
        expect(r).toEqual({ queue: groups.map((g) => `${g.volume}@${concOf(g.tag).join('/')}`), mass: expectedMass.map(String) });
      }),
      fuzzProfile(100),
    );
  });
});
