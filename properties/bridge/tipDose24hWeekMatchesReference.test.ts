import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANTUM, conc, layers, prefixPart } from '../_internals/tipCaseParts.js';
import { decimalArithmetic as A, dailyVolume, tipDose24h, type DeliveryPlan, type Exact, type FluidPath } from '../../core/index.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY, WEEK } from '../../spec/reference/ReferenceProgram.js';
import { readWireWeekProgram } from '../../spec/reference/readWireWeekProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { refPlanPieces, refTipExtremes, type RefQueue } from '../_internals/referenceTipDose.js';
import { BASE_PER_ML, asRational } from '../_internals/worst24hDifferential.js';
import { engineWeek, weekCase, wireWeek, type WeekCase } from '../_internals/wireWeekProgram.js';
import { holds } from '../_internals/holds.js';

/** A tip-dose case over a week program, in integers of the engine's base units (mass per volume in ng/uL). */
interface WeekTipCase {
  readonly week: WeekCase;
  /** The pump clock at the program's start: a weekday (Monday 0) and a minute of it. */
  readonly weekday: number;
  readonly minute: number;
  readonly prefix: readonly { readonly seconds: number; readonly volume: number }[];
  readonly layers: readonly { readonly volume: number; readonly conc: readonly number[] }[];
  readonly reservoir: readonly number[];
}

const weekTipCase: fc.Arbitrary<WeekTipCase> = fc.record({
  // no patient bolus: the reference's brute force places none
  week: weekCase.map((w) => ({ days: w.days })),
  weekday: fc.integer({ min: 0, max: 6 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  // a priming-like bolus (seconds, a volume in 0.0001 mL) or a bridge-like step, as the daily property draws them
  prefix: fc.array(prefixPart, { maxLength: 2 }),
  layers: layers(0, 3),
  reservoir: fc.tuple(conc, conc),
});

describe('tipDose24h over a week program against the reference model', () => {
  it('[REQ-WEEK-007] [REQ-BRIDGE-001] [REQ-ROUND-003] the worst and least tip dose over a week program are exactly the reference\'s extremes over every window of the week\'s pieces, rounded outward', () => {
    holds(
      fc.property(weekTipCase, (c) => {
        const program = engineWeek(c.week);
        const dead = c.layers.reduce((s, l) => s + BigInt(l.volume) * QUANTUM, 0n);
        const prefixVolume = c.prefix.reduce((s, p) => s + BigInt(p.volume) * QUANTUM, 0n);
        const left = dead - prefixVolume;
        // keep the flush within two weeks so the brute force stays small
        fc.pre(left <= 0n || A.compare(A.mul(dailyVolume(A, program), A.fromInteger(2n)), A.fromInteger(left)) >= 0);
        const clock = BigInt(c.weekday * 86_400 + c.minute * 60);
        const plan: DeliveryPlan<Exact> = {
          prefix: c.prefix.map((p) => ({ duration: A.fromInteger(BigInt(p.seconds)), volume: A.fromInteger(BigInt(p.volume) * QUANTUM) })),
          program,
          programClock: A.fromInteger(clock),
        };
        const path: FluidPath<Exact> = {
          layers: c.layers.map((l) => ({ volume: A.fromInteger(BigInt(l.volume) * QUANTUM), concentrations: l.conc.map((x) => A.fromInteger(BigInt(x))) })),
          reservoir: c.reservoir.map((x) => A.fromInteger(BigInt(x))),
        };
        const engine = tipDose24h(A, plan, path);
        expect(engine).toBeDefined();
        if (engine === undefined) return;

        const ref = readWireWeekProgram(wireWeek(c.week));
        const prefix = c.prefix.map((p) => ({ duration: Rational.of(BigInt(p.seconds)), volume: Rational.of(BigInt(p.volume), 10_000n) }));
        // every window start up to a week past the steady state: each phase of the week once steady
        const until = asRational(engine.steadyFrom).add(WEEK);
        const weeks = Number(until.add(DAY).add(DAY).div(WEEK).floor()) + 2;
        c.reservoir.forEach((after, k) => {
          const q: RefQueue = {
            layers: c.layers.map((l) => ({ volume: Rational.of(BigInt(l.volume), 10_000n), concentration: Rational.of(BigInt(l.conc[k] ?? 0)) })),
            after: Rational.of(BigInt(after)),
          };
          let most: Rational | undefined;
          let least: Rational | undefined;
          for (const running of [false, true]) {
            const r = refTipExtremes(refPlanPieces(prefix, ref, Rational.of(clock), weeks, running), q, until);
            most = most === undefined || r.most.gt(most) ? r.most : most;
            least = least === undefined || r.least.lt(least) ? r.least : least;
          }
          const d = engine.drugs[k];
          expect(A.toDecimalString(d?.worst.value ?? A.zero)).toBe((most ?? Rational.ZERO).mul(BASE_PER_ML).ceil().toString());
          expect(A.toDecimalString(d?.least.value ?? A.zero)).toBe((least ?? Rational.ZERO).mul(BASE_PER_ML).floor().toString());
        });
      }),
      fuzzProfile(8),
    );
  });
});
