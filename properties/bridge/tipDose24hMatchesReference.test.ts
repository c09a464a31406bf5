import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUANTUM, conc, layers, prefixPart } from '../_internals/tipCaseParts.js';
import { decimalArithmetic as A, dailyVolume, tipDose24h, type DeliveryPlan, type Exact, type FluidPath } from '../../core/index.js';
import { Rational } from '../../spec/reference/Rational.js';
import { DAY } from '../../spec/reference/ReferenceProgram.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import type { WireDailyProgram } from '../../spec/reference/WireDailyProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { refPlanPieces, refTipExtremes, type RefQueue } from '../_internals/referenceTipDose.js';
import { BASE_PER_ML, asRational } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

/** A tip-dose case in integers of the engine's base units (mass per volume in ng/uL). */
interface TipCase {
  readonly program: WireDailyProgram;
  readonly clockMinute: number;
  readonly prefix: readonly { readonly seconds: number; readonly volume: number }[];
  readonly layers: readonly { readonly volume: number; readonly conc: readonly number[] }[];
  readonly reservoir: readonly number[];
}

const tipCase: fc.Arbitrary<TipCase> = fc.record({
  program: wireDailyProgram.map(({ steps, periodicBoluses }) => ({ steps, periodicBoluses })),
  clockMinute: fc.integer({ min: 0, max: 1439 }),
  // a bridge step (a whole number of minutes at a flow) or a priming-like bolus (seconds, a volume): volumes in 0.0001 mL (8640 base units)
  prefix: fc.array(prefixPart, { maxLength: 2 }),
  layers: layers(0, 3),
  reservoir: fc.tuple(conc, conc),
});

/**
 * The engine's inputs of a case: the delivery plan (prefix, program, clock) and
 * the fluid path. A case whose flush would take more than five days of the
 * program is discarded (`fc.pre`), so the brute-force reference stays small.
 */
function engineInputs(c: TipCase, program: DeliveryPlan<Exact>['program']): { plan: DeliveryPlan<Exact>; path: FluidPath<Exact> } {
  const dead = c.layers.reduce((s, l) => s + BigInt(l.volume) * QUANTUM, 0n);
  const prefixVolume = c.prefix.reduce((s, p) => s + BigInt(p.volume) * QUANTUM, 0n);
  const left = dead - prefixVolume;
  fc.pre(left <= 0n || A.compare(A.mul(dailyVolume(A, program), A.fromInteger(5n)), A.fromInteger(left)) >= 0);
  const plan: DeliveryPlan<Exact> = {
    prefix: c.prefix.map((p) => ({ duration: A.fromInteger(BigInt(p.seconds)), volume: A.fromInteger(BigInt(p.volume) * QUANTUM) })),
    program,
    programClock: A.fromInteger(BigInt(c.clockMinute * 60)),
  };
  const path: FluidPath<Exact> = {
    layers: c.layers.map((l) => ({ volume: A.fromInteger(BigInt(l.volume) * QUANTUM), concentrations: l.conc.map((x) => A.fromInteger(BigInt(x))) })),
    reservoir: c.reservoir.map((x) => A.fromInteger(BigInt(x))),
  };
  return { plan, path };
}

/** A press schedule, drawn apart from the program: the first press's offset after the program's start, and the extra gap (s) after each lockout. */
interface Presses {
  readonly offset: number;
  readonly gaps: readonly number[];
}

const presses: fc.Arbitrary<Presses> = fc.record({
  offset: fc.integer({ min: 0, max: 2 * 86_400 }),
  gaps: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 * 3600 })), { maxLength: 12 }),
});

/**
 * The press starts (s from t = 0) the pump allows for the drawn schedule: from
 * the program's start `t0` on, each at least a lockout after the one before
 * and at least 24 h after the press `maxPerDay` before it (so no half-open 24 h
 * holds more than `maxPerDay`), none after `until`.
 */
function allowedPresses(s: Presses, t0: Rational, lockout: Rational, maxPerDay: number, until: Rational): Rational[] {
  const out: Rational[] = [];
  if (maxPerDay < 1) return out;
  let next = t0.add(Rational.of(BigInt(s.offset)));
  for (const gap of [0, ...s.gaps]) {
    const last = out[out.length - 1];
    let at = last === undefined ? next : Rational.max(next, last.add(lockout).add(Rational.of(BigInt(gap))));
    const daysBack = out[out.length - maxPerDay];
    if (daysBack !== undefined) at = Rational.max(at, daysBack.add(DAY));
    if (at.gt(until)) break;
    out.push(at);
    next = at;
  }
  return out;
}

describe('tipDose24h against the reference model', () => {
  it('[REQ-BRIDGE-001] [REQ-BRIDGE-003] [REQ-ROUND-003] the worst and least tip dose are exactly the reference\'s extremes over every window, rounded outward', () => {
    holds(
      fc.property(tipCase, (c) => {
        const program = engineProgram(c.program);
        const { plan, path } = engineInputs(c, program);
        const engine = tipDose24h(A, plan, path);
        expect(engine).toBeDefined();
        if (engine === undefined) return;

        // reference, in mL and mL/s; the mass in (ng/uL × mL) is converted to base mass units (× 86 400 000)
        const ref = readWireProgram(c.program);
        const prefix = c.prefix.map((p) => ({ duration: Rational.of(BigInt(p.seconds)), volume: Rational.of(BigInt(p.volume), 10_000n) }));
        const until = asRational(engine.steadyFrom);
        const days = Number(until.add(DAY).add(DAY).div(DAY).floor()) + 2;
        c.reservoir.forEach((after, k) => {
          const q: RefQueue = {
            layers: c.layers.map((l) => ({ volume: Rational.of(BigInt(l.volume), 10_000n), concentration: Rational.of(BigInt(l.conc[k] ?? 0)) })),
            after: Rational.of(BigInt(after)),
          };
          let most: Rational | undefined;
          let least: Rational | undefined;
          for (const running of [false, true]) {
            const r = refTipExtremes(refPlanPieces(prefix, ref, Rational.of(BigInt(c.clockMinute * 60)), days, running), q, until);
            most = most === undefined || r.most.gt(most) ? r.most : most;
            least = least === undefined || r.least.lt(least) ? r.least : least;
          }
          const d = engine.drugs[k];
          expect(A.toDecimalString(d?.worst.value ?? A.zero)).toBe((most ?? Rational.ZERO).mul(BASE_PER_ML).ceil().toString());
          expect(A.toDecimalString(d?.least.value ?? A.zero)).toBe((least ?? Rational.ZERO).mul(BASE_PER_ML).floor().toString());
        });
      }),
      fuzzProfile(40),
    );
  });
  it('[REQ-BRIDGE-001] [REQ-BRIDGE-003] with patient boluses, the worst tip dose is at least, and the least at most, what every window of any allowed press schedule takes from the tip (the reference, pressed as drawn)', () => {
    holds(
      fc.property(tipCase, wireDailyProgram, presses, (c, withBolus, drawn) => {
        const pb = withBolus.patientBolus;
        fc.pre(pb !== undefined);
        const wire: WireDailyProgram = { ...c.program, patientBolus: pb };
        const program = engineProgram(wire);
        const { plan, path } = engineInputs(c, program);
        const engine = tipDose24h(A, plan, path);
        expect(engine).toBeDefined();
        if (engine === undefined) return;

        const ref = readWireProgram(wire);
        const refPb = ref.patientBolus;
        if (refPb === undefined) throw new Error('the reference program lost its patient bolus');
        const prefix = c.prefix.map((p) => ({ duration: Rational.of(BigInt(p.seconds)), volume: Rational.of(BigInt(p.volume), 10_000n) }));
        const t0 = Rational.sum(prefix.map((p) => p.duration));
        const until = asRational(engine.steadyFrom);
        const days = Number(until.add(DAY).add(DAY).div(DAY).floor()) + 2;
        // the presses the drawn schedule makes, each a piece of the bolus volume over its duration
        const pressed = allowedPresses(drawn, t0, refPb.lockout, refPb.maxPerDay, until.add(DAY)).map((at) => ({ from: at, to: at.add(refPb.duration), rate: refPb.volume.div(refPb.duration) }));
        c.reservoir.forEach((after, k) => {
          const q: RefQueue = {
            layers: c.layers.map((l) => ({ volume: Rational.of(BigInt(l.volume), 10_000n), concentration: Rational.of(BigInt(l.conc[k] ?? 0)) })),
            after: Rational.of(BigInt(after)),
          };
          const d = engine.drugs[k];
          for (const running of [false, true]) {
            const r = refTipExtremes([...refPlanPieces(prefix, ref, Rational.of(BigInt(c.clockMinute * 60)), days, running), ...pressed], q, until);
            expect(asRational(d?.worst.value ?? A.zero).ge(r.most.mul(BASE_PER_ML))).toBe(true);
            expect(asRational(d?.least.value ?? A.zero).le(r.least.mul(BASE_PER_ML))).toBe(true);
          }
        });
      }),
      fuzzProfile(40),
    );
  });
});

