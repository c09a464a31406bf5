import { describe, expect, it } from 'vitest';
import { decimalArithmetic as D, type Exact } from '../../../core/arith/decimalArithmetic.js';
import type { ExactArithmetic } from '../../../core/arith/ExactArithmetic.js';
import { cumulativeVolume } from '../../../core/kernel/cumulativeVolume.js';
import type { DailyProgram, PatientBolus } from '../../../core/kernel/DailyProgram.js';
import { minutesUntilDrawn } from '../../../core/kernel/minutesUntilDrawn.js';
import { n } from './_base.js';

/** The engine's arithmetic, counting every operation: the work, independent of the machine's speed. */
function counting(): { A: ExactArithmetic<Exact>; ops: () => number } {
  let count = 0;
  const tick = <T>(x: T): T => {
    count += 1;
    return x;
  };
  const A: ExactArithmetic<Exact> = {
    ...D,
    add: (a, b) => tick(D.add(a, b)),
    sub: (a, b) => tick(D.sub(a, b)),
    mul: (a, b) => tick(D.mul(a, b)),
    compare: (a, b) => tick(D.compare(a, b)),
    floorDiv: (a, b) => tick(D.floorDiv(a, b)),
    ceilDiv: (a, b) => tick(D.ceilDiv(a, b)),
  };
  return { A, ops: () => count };
}

/** The operations one call takes. */
function work(call: (A: ExactArithmetic<Exact>) => unknown): number {
  const c = counting();
  call(c.A);
  return c.ops();
}

const ML = 86_400_000n;
/** 0.01 mL over 1 min, lockout 1 min, `maxPerDay` a day. */
const patient = (maxPerDay: number): PatientBolus<Exact> => ({ volume: n(864_000), duration: n(60), lockout: n(60), maxPerDay: n(maxPerDay) });
/** 0.3 mL/day with that patient bolus. */
const morphine = (maxPerDay: number): DailyProgram<Exact> => ({ steps: [{ start: D.zero, flow: n(300) }], periodicBoluses: [], patientBolus: patient(maxPerDay) });
/** The largest program: 1440 one-minute steps, a one-minute periodic bolus every minute, and the patient bolus. */
const largest: DailyProgram<Exact> = {
  steps: Array.from({ length: 1440 }, (_, m) => ({ start: n(m * 60), flow: n(200 + 100 * (m % 3)) })),
  periodicBoluses: Array.from({ length: 1440 }, (_, m) => ({ start: n(m * 60), volume: n(86_400), duration: n(60) })),
  patientBolus: patient(1439),
};
const volumes = [38n * ML, 38_000_000n * ML, 10n ** 30n];

describe('work of the reservoir times', () => {
  it('[REQ-WORK-101] cumulativeVolume takes the same few operations for 1 or 1439 patient boluses a day, at any time', () => {
    const counts = [1, 2, 1439].flatMap((m) => [60, 86_399, 86_400 * 1_000_000].map((t) => work((A) => cumulativeVolume(A, morphine(m), D.zero, n(t)))));
    expect(Math.max(...counts)).toBeLessThan(60);
  });

  it('[REQ-WORK-101] minutesUntilDrawn with 1439 patient boluses a day: a few hundred operations, for 38 mL as for 10^30 base units', () => {
    const counts = volumes.map((v) => work((A) => minutesUntilDrawn(A, morphine(1439), D.zero, n(v))));
    expect(Math.max(...counts)).toBeLessThan(1_000);
    // and as many for one patient bolus a day as for 1439
    expect(Math.abs(work((A) => minutesUntilDrawn(A, morphine(1), D.zero, n(38n * ML))) - (counts[0] ?? 0))).toBeLessThan(200);
  });

  it('[REQ-WORK-101] minutesUntilDrawn of the largest program: O(n log n) to prepare, then a search that does not grow with the volume or the answer', () => {
    const counts = volumes.map((v) => work((A) => minutesUntilDrawn(A, largest, D.zero, n(v))));
    // about 12 operations per step and bolus (the sorts), and a search of some 12 steps of O(log n) each
    expect(Math.max(...counts)).toBeLessThan(60_000);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThan(1_000);
  });
});
