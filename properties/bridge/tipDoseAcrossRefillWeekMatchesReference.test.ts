import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANTUM, bridgeStep, conc, layers } from '../_internals/tipCaseParts.js';
import { decimalArithmetic as A, dailyVolume, tipDoseAcrossRefill, type DeliveryPlan, type Exact, type FluidPath } from '../../core/index.js';
import type { Piece } from '../../spec/reference/deliveryPieces.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY } from '../../spec/reference/ReferenceProgram.js';
import { readWireWeekProgram } from '../../spec/reference/readWireWeekProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { refPlanPieces, refTipExtremes, type RefQueue } from '../_internals/referenceTipDose.js';
import { BASE_PER_ML } from '../_internals/worst24hDifferential.js';
import { engineWeek, weekCase, wireWeek } from '../_internals/wireWeekProgram.js';
import { holds } from '../_internals/holds.js';

const acrossCase = fc.record({
  week: weekCase.map((w) => ({ days: w.days })),
  weekday: fc.integer({ min: 0, max: 6 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  // a bridge-like step: whole minutes at a flow (a volume in 0.0001 mL)
  prefix: fc.array(bridgeStep, { maxLength: 1 }),
  layers: layers(1, 2),
  reservoir: fc.tuple(conc, conc),
  // the old fluid: its rate (0.0001 mL/day) and concentrations
  oldRate: fc.integer({ min: 1, max: 5000 }),
  before: fc.tuple(conc, conc),
});

describe('tipDoseAcrossRefill onto a week program against the reference model', () => {
  it('[REQ-WEEK-007] [REQ-XREFILL-001] the windows across a refill onto a week program are exactly the reference\'s extremes, by brute force over every window start in the day before the refill', () => {
    holds(
      fc.property(acrossCase, (c) => {
        const program = engineWeek(c.week);
        const dead = c.layers.reduce((s, l) => s + BigInt(l.volume) * QUANTUM, 0n);
        const prefixVolume = c.prefix.reduce((s, p) => s + BigInt(p.volume) * QUANTUM, 0n);
        fc.pre(dead <= prefixVolume || A.compare(dailyVolume(A, program), A.zero) > 0);
        const clock = BigInt(c.weekday * 86_400 + c.minute * 60);
        const plan: DeliveryPlan<Exact> = {
          prefix: c.prefix.map((p) => ({ duration: A.fromInteger(BigInt(p.seconds)), flow: A.fromInteger((BigInt(p.volume) * QUANTUM) / BigInt(p.seconds)) })),
          program,
          programClock: A.fromInteger(clock + BigInt(c.prefix.reduce((s, p) => s + p.seconds, 0))),
        };
        const path: FluidPath<Exact> = {
          layers: c.layers.map((l) => ({ volume: A.fromInteger(BigInt(l.volume) * QUANTUM), concentrations: l.conc.map((x) => A.fromInteger(BigInt(x))) })),
          reservoir: c.reservoir.map((x) => A.fromInteger(BigInt(x))),
        };
        const oldFlow = A.mul(A.fromInteger(BigInt(c.oldRate)), A.fromDecimalString('0.1')); // 0.0001 mL/day = 0.1 uL/day: base flow units are uL/day
        const before = { program: { steps: [{ start: A.zero, flow: oldFlow }], periodicBoluses: [] }, clock: A.fromInteger(clock), concentrations: c.before.map((x) => A.fromInteger(BigInt(x))) };
        const engine = tipDoseAcrossRefill(A, plan, path, before);
        expect(engine).toBeDefined();
        if (engine === undefined) return;

        // reference: the refill at real time 1 day; the old fluid at its rate for the day before, then the plan
        const ref = readWireWeekProgram(wireWeek(c.week));
        const prefix = plan.prefix.map((p) => ({ duration: Rational.of(BigInt(A.toDecimalString(p.duration))), volume: Rational.of(BigInt(A.toDecimalString('flow' in p ? A.mul(p.flow, p.duration) : p.volume)), 86_400_000n) }));
        const oldRate = Rational.of(BigInt(c.oldRate), 10_000n).div(DAY); // mL/s
        c.reservoir.forEach((after, k) => {
          const q: RefQueue = {
            layers: [
              { volume: oldRate.mul(DAY), concentration: Rational.of(BigInt(c.before[k] ?? 0)) },
              ...c.layers.map((l) => ({ volume: Rational.of(BigInt(l.volume), 10_000n), concentration: Rational.of(BigInt(l.conc[k] ?? 0)) })),
            ],
            after: Rational.of(BigInt(after)),
          };
          let most: Rational | undefined;
          let least: Rational | undefined;
          for (const running of [false, true]) {
            const later: Piece[] = refPlanPieces(prefix, ref, Rational.of(clock).add(prefix.reduce((s, p) => s.add(p.duration), Rational.ZERO)), 2, running)
              .map((p) => ({ from: p.from.add(DAY), to: p.to.add(DAY), rate: p.rate }));
            const r = refTipExtremes([{ from: Rational.ZERO, to: DAY, rate: oldRate }, ...later], q, DAY);
            most = most === undefined || r.most.gt(most) ? r.most : most;
            least = least === undefined || r.least.lt(least) ? r.least : least;
          }
          const d = engine.drugs[k];
          expect(A.toDecimalString(d?.worst.value ?? A.zero)).toBe((most ?? Rational.ZERO).mul(BASE_PER_ML).ceil().toString());
          expect(A.toDecimalString(d?.least.value ?? A.zero)).toBe((least ?? Rational.ZERO).mul(BASE_PER_ML).floor().toString());
        });
      }),
      fuzzProfile(30),
    );
  });
});
