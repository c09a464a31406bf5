import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as D, type Exact } from '../../../../../core/arith/decimalArithmetic.js';
import type { ExactArithmetic } from '../../../../../core/arith/ExactArithmetic.js';
import type { ExactFraction } from '../../../../../core/kernel/ExactFraction.js';
import { applyPumpEvent } from '../../../../../core/kernel/reservoir/applyPumpEvent.js';
import type { PumpState } from '../../../../../core/kernel/reservoir/PumpState.js';
import { runPump } from '../../../../../core/kernel/reservoir/_internals/runPump.js';
import { startPump } from '../../../../../core/kernel/reservoir/startPump.js';
import { engineProgram } from '../../../../../properties/_internals/engineProgram.js';
import { fuzzProfile } from '../../../../../properties/_internals/fuzzProfile.js';
import { wireDailyProgram } from '../../../../../properties/_internals/wireDailyProgram.js';
import { continuous, mL, mgPerMl, n } from '../../_base.js';

const A = D;
const DAY = 86_400;
const value = (f: ExactFraction<Exact> | undefined): string => (f === undefined ? 'never' : A.toDecimalString(f.num.dividedBy(f.den)));
/** Everything a run changes, by value (fractions as decimals at the engine's precision). */
const shown = (s: PumpState<Exact>) => ({
  time: A.toDecimalString(s.time),
  clock: A.toDecimalString(s.clock),
  reservoir: value(s.reservoir),
  drawn: value(s.drawn),
  atTip: s.atTip.map(value),
  alarmAt: value(s.alarmAt),
  dryAt: value(s.dryAt),
  // as a set: the order of the list depends on how a span was cut into runs, and nothing reads it
  boluses: s.boluses.map((b) => [b.start, b.duration, b.volume].map((x) => A.toDecimalString(x)).join(' ')).sort(),
  deadVolume: s.deadVolume.map((x) => [value(x.volume), ...x.concentrations.map((c) => A.toDecimalString(c))]),
});
/** The same span run in pieces of at most half a day: never the long path. */
const inHalfDays = (s: PumpState<Exact>, seconds: number): PumpState<Exact> => {
  let x = s;
  for (let left = seconds; left > 0; left -= DAY / 2) x = runPump(A, x, n(Math.min(left, DAY / 2)));
  return x;
};

describe('runPump over many days', () => {
  it('[REQ-WORK-102] [REQ-RES-005] one long run ends in the same state as the same span run half a day at a time', () => {
    fc.assert(
      fc.property(
        wireDailyProgram, fc.integer({ min: 0, max: DAY - 1 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 40 }),
        fc.boolean(), fc.integer({ min: 1, max: 40 * DAY }),
        (w, clock, fillTenths, alarmTenths, bolusFirst, seconds) => {
          const program = engineProgram(w);
          let s = startPump(A, { program, clock: n(clock), fill: mL((fillTenths / 10).toString()), concentrations: [mgPerMl('10')],
            alarmVolume: mL((alarmTenths / 10).toString()), deadVolume: mL('0.25'), deadVolumeConcentrations: [mgPerMl('2')] });
          // a patient bolus (or a periodic one) running at the start of the run
          s = runPump(A, s, n(4_000));
          if (bolusFirst) s = applyPumpEvent(A, s, { kind: 'patientBolus' });
          expect(shown(runPump(A, s, n(seconds)))).toEqual(shown(inHalfDays(s, seconds)));
        },
      ),
      fuzzProfile(40),
    );
  });

  it('[REQ-RES-005] 0.3 mL/day from 40 mL with a 2 mL alarm, run for 30 years: alarm after 38 / 0.3 days, empty after 40 / 0.3 days, exactly', () => {
    const s = startPump(A, { program: continuous('0.3'), clock: A.zero, fill: mL('40'), concentrations: [mgPerMl('10')], alarmVolume: mL('2'), deadVolume: mL('0.25'), deadVolumeConcentrations: [mgPerMl('10')] });
    const r = runPump(A, s, n(30 * 365 * DAY));
    // 38 mL at 0.3 mL/day = 126.67 days = 10 944 000 s; 40 mL = 11 520 000 s
    expect([value(r.alarmAt), value(r.dryAt), value(r.reservoir), value(r.drawn)]).toEqual(['10944000', '11520000', '0', '3456000000']);
  });

  it('[REQ-WORK-102] the work of a run does not grow with its length: a thousand days and a million take the same operations', () => {
    let ops = 0;
    const counted: ExactArithmetic<Exact> = { ...D, add: (a, b) => (ops++, D.add(a, b)), sub: (a, b) => (ops++, D.sub(a, b)), mul: (a, b) => (ops++, D.mul(a, b)),
      compare: (a, b) => (ops++, D.compare(a, b)), floorDiv: (a, b) => (ops++, D.floorDiv(a, b)), ceilDiv: (a, b) => (ops++, D.ceilDiv(a, b)) };
    const program = { ...continuous('0.3'), periodicBoluses: [{ start: n(23 * 3_600), volume: mL('0.05'), duration: n(7_200) }] };
    const work = (fill: string, days: number): number => {
      const s = startPump(A, { program, clock: A.zero, fill: mL(fill), concentrations: [mgPerMl('10')], alarmVolume: mL('2'), deadVolume: mL('0.25'), deadVolumeConcentrations: [mgPerMl('10')] });
      ops = 0;
      runPump(counted, s, n(days * DAY));
      return ops;
    };
    // never empty in the span (a fill of 10^9 mL), and emptied early in it (40 mL)
    for (const fill of ['1000000000', '40']) {
      const [short, long] = [work(fill, 1_000), work(fill, 1_000_000)];
      expect(long).toBeLessThan(20_000);
      expect(Math.abs(long - (short ?? 0))).toBeLessThan(2_000);
    }
  });
});
