import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type DailyProgram, type DeliveryPlan, type Exact, type FluidPath } from '../../../../../core/index.js';
import { tipDoseScan } from '../../../../../core/kernel/bridge/_internals/tipDoseScan.js';
import { layerBounds, planScale } from '../../../../../core/kernel/bridge/_internals/planCurve.js';
import { planVolume } from '../../../../../core/kernel/bridge/_internals/planVolume.js';
import { patientTrain } from '../../../../../core/kernel/bridge/_internals/patientTrain.js';
import { weekCover } from '../../../../../core/kernel/bridge/_internals/weekCover.js';

const ML = 86_400_000n; // base volume units per mL
const DAY = 86_400n;
const WEEK = 7n * DAY;
const c = (x: bigint): Exact => A.fromInteger(x);

/** A week program: 0.3 mL/day, 0.6 mL/day on Wednesdays (2.4 mL a week), from Monday 01:00. */
const week: DailyProgram<Exact> = {
  steps: [{ start: A.zero, flow: c(300n) }, { start: c(2n * DAY), flow: c(600n) }, { start: c(3n * DAY), flow: c(300n) }],
  periodicBoluses: [],
  period: c(WEEK),
};
const plan: DeliveryPlan<Exact> = { prefix: [], program: week, programClock: c(3600n) };
/** 7.5 mL of old fluid (about three weeks of the program) at 10 units/mL, then the reservoir's at 4. */
const path: FluidPath<Exact> = { layers: [{ volume: c(75n * ML / 10n), concentrations: [c(10n)] }], reservoir: [c(4n)] };

describe('weekCover: one period of the starts wholly in the first layer or past the last', () => {
  it('[REQ-WEEK-007] [REQ-WORK-001] a flush of about three weeks is cut over less than two weeks and three days of starts, not the five weeks up to a week past the steady state', () => {
    const scale = planScale(A, plan);
    const volume = planVolume(A, plan, false, scale);
    const until = c(5n * WEEK);
    const blocks = weekCover(A, { volume, train: patientTrain(A, undefined, A.zero, scale), bounds: layerBounds(A, path, scale), patientInWindow: A.zero, period: c(WEEK), until });
    const span = blocks.reduce((s, [u, w]) => A.add(s, A.sub(w, u)), A.zero);
    expect(A.compare(span, c(2n * WEEK + 3n * DAY))).toBeLessThan(0);
    expect(blocks.every(([u, w]) => A.compare(u, A.zero) >= 0 && A.compare(u, w) < 0 && A.compare(w, until) <= 0)).toBe(true);
  });

  it('[REQ-WEEK-007] [REQ-WORK-001] the chosen starts give what every start gives: the Wednesday of old fluid (6 units a day) and the plain days of the reservoir\'s (1.2)', () => {
    const [needed, every] = (['where needed', 'every start'] as const).map((m) => tipDoseScan(A, plan, path, m)?.drugs.map((d) => [A.toDecimalString(d.worst.value), A.toDecimalString(d.least.value)]));
    expect(needed).toEqual([[String(6n * ML), String(12n * ML / 10n)]]);
    expect(needed).toEqual(every);
  });
});
