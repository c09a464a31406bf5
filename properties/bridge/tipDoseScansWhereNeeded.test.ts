import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, dailyVolume, type DeliveryPlan, type Exact, type FluidPath } from '../../core/index.js';
import { tipDoseScan } from '../../core/kernel/bridge/_internals/tipDoseScan.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { engineWeek, weekCase } from '../_internals/wireWeekProgram.js';
import { holds } from '../_internals/holds.js';

const QUANTUM = 8640n; // 0.0001 mL in base volume units
const conc = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 1, max: 50_000 }));

/**
 * Plans whose flush takes up to sixty days: long bridge steps (up to
 * ten days), priming-like boluses, up to four layers each a multiple of an
 * eighth of the program's daily volume (plus a jitter, so that layer bounds
 * fall anywhere in a day), patient boluses of every kind the program
 * generator makes (a daily count or a lockout train).
 */
const longCase = fc.record({
  program: wireDailyProgram,
  clockMinute: fc.integer({ min: 0, max: 1439 }),
  prefix: fc.array(fc.oneof(
    fc.record({ seconds: fc.integer({ min: 1, max: 14_400 }).map((m) => m * 60), volume: fc.integer({ min: 0, max: 30_000 }) }),
    fc.record({ seconds: fc.integer({ min: 1, max: 3600 }), volume: fc.integer({ min: 0, max: 5000 }) }),
  ), { maxLength: 2 }),
  layers: fc.array(fc.record({ eighths: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 })), jitter: fc.integer({ min: 1, max: 20_000 }), conc: fc.tuple(conc, conc) }), { minLength: 0, maxLength: 4 }),
  reservoir: fc.tuple(conc, conc),
});

describe('tipDose24h scans only where an extreme can lie', () => {
  it('[REQ-WORK-001] [REQ-BRIDGE-001] [REQ-BRIDGE-003] the worst and least tip doses from the chosen window starts equal those from every window start', () => {
    holds(
      fc.property(longCase, (c) => {
        const program = engineProgram(c.program);
        const daily = dailyVolume(A, program);
        const layerVolume = (l: { eighths: number; jitter: number }) => A.add(A.floorDiv(A.mul(daily, A.fromInteger(BigInt(l.eighths))), A.fromInteger(8n)), A.fromInteger(BigInt(l.jitter)));
        const dead = c.layers.reduce((s, l) => A.add(s, layerVolume(l)), A.zero);
        const prefixVolume = c.prefix.reduce((s, p) => s + BigInt(p.volume) * QUANTUM, 0n);
        const left = A.sub(dead, A.fromInteger(prefixVolume));
        // keep the every-start scan (the definition) within sixty days
        fc.pre(A.compare(left, A.zero) <= 0 || A.compare(A.mul(daily, A.fromInteger(60n)), left) >= 0);
        const plan: DeliveryPlan<Exact> = {
          prefix: c.prefix.map((p) => ({ duration: A.fromInteger(BigInt(p.seconds)), volume: A.fromInteger(BigInt(p.volume) * QUANTUM) })),
          program,
          programClock: A.fromInteger(BigInt(c.clockMinute * 60)),
        };
        const path: FluidPath<Exact> = {
          layers: c.layers.map((l) => ({ volume: layerVolume(l), concentrations: l.conc.map((x) => A.fromInteger(BigInt(x))) })),
          reservoir: c.reservoir.map((x) => A.fromInteger(BigInt(x))),
        };
        const text = (r: ReturnType<typeof tipDoseScan<Exact>>) => r?.drugs.map((d) => [A.toDecimalString(d.worst.value), A.toDecimalString(d.least.value)]);
        expect(text(tipDoseScan(A, plan, path, 'where needed'))).toEqual(text(tipDoseScan(A, plan, path, 'every start')));
      }),
      fuzzProfile(40),
    );
  });

  it('[REQ-WEEK-007] [REQ-WORK-001] [REQ-BRIDGE-001] over a week program, the worst and least tip doses from the chosen window starts (one period of those wholly in the first layer or past the last) equal those from every window start', () => {
    // flushes of up to four weeks: layers of up to 1.5 weeks' volume each, patient boluses of every kind
    const weekLong = fc.record({
      week: weekCase,
      weekday: fc.integer({ min: 0, max: 6 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      prefix: fc.array(fc.record({ seconds: fc.integer({ min: 1, max: 14_400 }).map((m) => m * 60), volume: fc.integer({ min: 0, max: 30_000 }) }), { maxLength: 1 }),
      layers: fc.array(fc.record({ eighths: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 12 })), jitter: fc.integer({ min: 1, max: 20_000 }), conc: fc.tuple(conc, conc) }), { minLength: 0, maxLength: 3 }),
      reservoir: fc.tuple(conc, conc),
    });
    holds(
      fc.property(weekLong, (c) => {
        const program = engineWeek(c.week);
        const weekly = dailyVolume(A, program); // a week program's period volume
        const layerVolume = (l: { eighths: number; jitter: number }) => A.add(A.floorDiv(A.mul(weekly, A.fromInteger(BigInt(l.eighths))), A.fromInteger(8n)), A.fromInteger(BigInt(l.jitter)));
        const plan: DeliveryPlan<Exact> = {
          prefix: c.prefix.map((p) => ({ duration: A.fromInteger(BigInt(p.seconds)), volume: A.fromInteger(BigInt(p.volume) * QUANTUM) })),
          program,
          programClock: A.fromInteger(BigInt(c.weekday * 86_400 + c.minute * 60)),
        };
        const path: FluidPath<Exact> = {
          layers: c.layers.map((l) => ({ volume: layerVolume(l), concentrations: l.conc.map((x) => A.fromInteger(BigInt(x))) })),
          reservoir: c.reservoir.map((x) => A.fromInteger(BigInt(x))),
        };
        const text = (r: ReturnType<typeof tipDoseScan<Exact>>) => r?.drugs.map((d) => [A.toDecimalString(d.worst.value), A.toDecimalString(d.least.value)]);
        expect(text(tipDoseScan(A, plan, path, 'where needed'))).toEqual(text(tipDoseScan(A, plan, path, 'every start')));
      }),
      fuzzProfile(15),
    );
  });
});
