import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../../core/arith/decimalArithmetic.js';
import { scanWindows, type Queue, type ScanInterval } from '../../../../core/kernel/_internals/windowScan.js';
import { fuzzProfile } from '../../../../properties/_internals/fuzzProfile.js';
import { Rational } from '../../../../spec/reference/Rational.js';

/** A linear input by its values at θ = 0 and θ = 1, as plain integers. */
type Lin = readonly [number, number];
interface SmallInterval {
  readonly lo: Lin;
  readonly hi: Lin;
  readonly most: Lin;
  readonly least: Lin;
}
interface SmallQueue {
  readonly bounds: readonly number[];
  readonly concentrations: readonly number[];
  readonly after: number;
}

const n = (x: number): Exact => A.fromInteger(BigInt(x));
const engineInterval = (iv: SmallInterval): ScanInterval<Exact> => {
  const lin = ([at0, at1]: Lin) => ({ at0: n(at0), at1: n(at1) });
  return { lo: lin(iv.lo), hi: lin(iv.hi), most: lin(iv.most), least: lin(iv.least) };
};
const engineQueue = (q: SmallQueue): Queue<Exact> => ({ bounds: q.bounds.map(n), concentrations: q.concentrations.map(n), after: n(q.after) });
/** The engine's extremes as rationals (every input is an integer, so num and den are integers). */
const scan = ([first, ...rest]: readonly [SmallInterval, ...SmallInterval[]], q: SmallQueue): { most: Rational; least: Rational } => {
  const r = scanWindows(A, [engineInterval(first), ...rest.map(engineInterval)], engineQueue(q));
  const rat = (f: { num: Exact; den: Exact }) => Rational.of(BigInt(A.toDecimalString(f.num)), BigInt(A.toDecimalString(f.den)));
  return { most: rat(r.most), least: rat(r.least) };
};

/** The mass of the first `y` of the queue, every position (bounds and `y`) multiplied by `den`: a plain layer walk in integers. */
function mass(q: SmallQueue, y: bigint, den: bigint): bigint {
  let total = 0n;
  let prev = 0n;
  q.bounds.forEach((b, k) => {
    const top = BigInt(b) * den;
    const inLayer = (y < top ? y : top) - prev;
    if (inLayer > 0n) total += inLayer * BigInt(q.concentrations[k] ?? 0);
    if (top > prev) prev = top;
  });
  return y > prev ? total + (y - prev) * BigInt(q.after) : total;
}

/**
 * Brute force: the extremes of `mass(a + x(θ)) − mass(a)` over θ in every
 * fraction i/q of [0, 1] with q ≤ 20, and a in [lo(θ), hi(θ)] at lo, hi, every
 * bound κ and every κ − x (clipped into [lo, hi]).
 *
 * Why this is exact for the inputs below (every value of a linear input an
 * integer in 0..20, so at1 − at0 of lo, hi, x, lo + x and hi + x lies in
 * −20..20): for a fixed θ the mass is piecewise linear in a with corners
 * only at the bounds κ and at κ − x, so its extremes over [lo, hi] are among
 * those positions. As θ moves, that set of positions changes order, or a
 * corner enters or leaves [lo, hi], only where two of lo, hi, κ, κ − x meet,
 * i.e. where lo, hi, lo + x, hi + x or x equals a bound or a difference of
 * bounds: θ = p / (at1 − at0), a fraction with denominator at most 20.
 * Between two such places every candidate is linear in θ, so their maximum
 * (minimum) is convex (concave) and takes its extreme at an end, which is in
 * the set.
 */
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

function bruteForce(ivs: readonly SmallInterval[], q: SmallQueue): { most: Rational; least: Rational } {
  // the extremes so far as [num, den]; a/b > c/d iff a·d > c·b (denominators positive)
  let most: [bigint, bigint] | undefined;
  let least: [bigint, bigint] | undefined;
  for (const iv of ivs) {
    for (let den = 1n; den <= 20n; den++) {
      for (let i = 0n; i <= den; i++) {
        if (gcd(i, den) !== 1n) continue; // i / den in lowest terms: each θ once
        // every position at θ = i / den, multiplied by den
        const at = ([at0, at1]: Lin) => BigInt(at0) * (den - i) + BigInt(at1) * i;
        const lo = at(iv.lo);
        const hi = at(iv.hi);
        const clip = (a: bigint) => (a < lo ? lo : a > hi ? hi : a);
        const bounds = q.bounds.map((b) => BigInt(b) * den);
        for (const [x, isMost] of [[at(iv.most), true], [at(iv.least), false]] as const) {
          for (const a of [lo, hi, ...bounds, ...bounds.map((b) => b - x)].map(clip)) {
            const m = mass(q, a + x, den) - mass(q, a, den);
            if (isMost && (most === undefined || m * most[1] > most[0] * den)) most = [m, den];
            if (!isMost && (least === undefined || m * least[1] < least[0] * den)) least = [m, den];
          }
        }
      }
    }
  }
  const rat = (f: [bigint, bigint] | undefined) => (f === undefined ? Rational.ZERO : Rational.of(f[0], f[1]));
  return { most: rat(most), least: rat(least) };
}

/** Two integers in 0..10 as the ends [lo, hi] of the queue positions, at θ = 0 and at θ = 1. */
const loHi = fc.tuple(fc.nat(10), fc.nat(10), fc.nat(10), fc.nat(10)).map(([a, b, c, d]) => ({
  lo: [Math.min(a, b), Math.min(c, d)] as const,
  hi: [Math.max(a, b), Math.max(c, d)] as const,
}));
const smallInterval: fc.Arbitrary<SmallInterval> = fc
  .record({ pos: loHi, least: fc.tuple(fc.nat(7), fc.nat(7)), extra: fc.tuple(fc.nat(3), fc.nat(3)) })
  .map(({ pos, least, extra }) => ({ ...pos, least, most: [least[0] + extra[0], least[1] + extra[1]] as const }));
/** Layers of volume 0..4 (so bounds may repeat) and concentrations 0..5. */
const smallQueue: fc.Arbitrary<SmallQueue> = fc
  .record({ layers: fc.array(fc.tuple(fc.nat(4), fc.nat(5)), { maxLength: 3 }), after: fc.nat(5) })
  .map(({ layers, after }) => {
    let b = 0;
    return { bounds: layers.map(([v]) => (b += v)), concentrations: layers.map(([, c]) => c), after };
  });

describe('scanWindows against a brute force over every candidate window start', () => {
  it('[REQ-BRIDGE-003] the most and least are exactly the extremes of the brute force over small integer inputs', () => {
    fc.assert(
      fc.property(fc.tuple(smallInterval, fc.array(smallInterval, { maxLength: 1 })), smallQueue, ([first, rest], q) => {
        const ivs: readonly [SmallInterval, ...SmallInterval[]] = [first, ...rest];
        const got = scan(ivs, q);
        const want = bruteForce(ivs, q);
        expect([got.most.toString(), got.least.toString()]).toEqual([want.most.toString(), want.least.toString()]);
      }),
      fuzzProfile(60),
    );
  });

  // Drug only between 5 and 10 (concentration 2); the window moves the queue by 5 from lo = 10 − 10θ, falling to 0.
  // It holds 2 × (5 − |lo − 5|): 0 at both ends, 10 where lo falls through the bound 5 (and lo + 5 through 10), θ = 1/2.
  it('[REQ-BRIDGE-003] the most is found where a falling queue position crosses a layer bound', () => {
    const iv: SmallInterval = { lo: [10, 0], hi: [10, 0], most: [5, 5], least: [5, 5] };
    const q: SmallQueue = { bounds: [5, 10], concentrations: [0, 2], after: 0 };
    expect(bruteForce([iv], q).most.toString()).toBe('10');
    expect([scan([iv], q).most.toString(), scan([iv], q).least.toString()]).toEqual(['10', '0']);
  });
  // Concentration 2 everywhere but between 5 and 10: the window [lo, lo + 5] holds 2 × |lo − 5|, 10 at both ends, 0 at θ = 1/2.
  it('[REQ-BRIDGE-003] the least is found where a falling queue position crosses a layer bound', () => {
    const iv: SmallInterval = { lo: [10, 0], hi: [10, 0], most: [5, 5], least: [5, 5] };
    const q: SmallQueue = { bounds: [5, 10], concentrations: [2, 0], after: 2 };
    expect(bruteForce([iv], q).least.toString()).toBe('0');
    expect([scan([iv], q).most.toString(), scan([iv], q).least.toString()]).toEqual(['10', '0']);
  });
});
