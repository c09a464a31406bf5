import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, type Exact } from '../../../core/arith/decimalArithmetic.js';
import { cumulativeVolume } from '../../../core/kernel/cumulativeVolume.js';
import { DAY_SECONDS, type DailyProgram, type PatientBolus } from '../../../core/kernel/DailyProgram.js';
import { trainOnTime } from '../../../core/kernel/_internals/periodicOverlap.js';
import { quotientUpForUpperBound } from '../../../core/rounding/directedRounding.js';
import { engineProgram } from '../../../properties/_internals/engineProgram.js';
import { fuzzProfile } from '../../../properties/_internals/fuzzProfile.js';
import { wireDailyProgram } from '../../../properties/_internals/wireDailyProgram.js';
import { n } from './_base.js';

const day = A.fromInteger(DAY_SECONDS);

/**
 * The patient-bolus term as it was computed before the closed form: one train
 * per bolus of the day (`maxPerDay` of them, `lockout` apart, each repeating
 * every 24 h), or one train of period `lockout`; their on-times summed, then
 * rounded up once.
 */
function loopPatientTerm(pb: PatientBolus<Exact>, t: Exact): Exact {
  let on = A.zero;
  if (A.compare(A.mul(pb.maxPerDay, pb.lockout), day) >= 0) {
    on = trainOnTime(A, t, A.zero, pb.duration, pb.lockout);
  } else {
    for (let i = A.zero; A.compare(i, pb.maxPerDay) < 0; i = A.add(i, A.one)) {
      on = A.add(on, trainOnTime(A, t, A.mul(i, pb.lockout), pb.duration, day));
    }
  }
  return quotientUpForUpperBound(A, A.mul(pb.volume, on), pb.duration, A.one).value;
}

/** The patient-bolus term of `cumulativeVolume`: the draw with and without the patient bolus. */
function patientTerm(p: DailyProgram<Exact>, fillClock: Exact, t: Exact): Exact {
  const { patientBolus: _pb, ...without } = p;
  return A.sub(cumulativeVolume(A, p, fillClock, t), cumulativeVolume(A, without, fillClock, t));
}

/** Times that land on the edges of the patient schedule: whole days, whole lockouts, a bolus's end, and either side. */
const edgeTime = (pb: PatientBolus<Exact>) =>
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1500 }), fc.constantFrom(0, 1), fc.integer({ min: -1, max: 1 }))
    .map(([days, locks, withDuration, nudge]) => {
      const t = A.add(A.add(A.mul(n(days), day), A.mul(n(locks), pb.lockout)), withDuration === 1 ? pb.duration : A.zero);
      return A.add(t, n(nudge));
    });

describe('cumulativeVolume', () => {
  it('[REQ-RES-001] the patient-bolus term in closed form equals the sum over every bolus of the day (the former loop)', () => {
    fc.assert(
      fc.property(
        wireDailyProgram.filter((w) => w.patientBolus !== undefined).chain((w) => {
          const p = engineProgram(w);
          const pb = p.patientBolus as PatientBolus<Exact>;
          return fc.tuple(fc.constant(p), fc.integer({ min: 0, max: 1439 }), fc.oneof(edgeTime(pb), fc.integer({ min: 0, max: 40 * 86_400 }).map((s) => n(s))));
        }),
        ([p, fillMinute, t]) => {
          const pb = p.patientBolus as PatientBolus<Exact>;
          const expected = A.compare(pb.maxPerDay, A.zero) > 0 ? loopPatientTerm(pb, t) : A.zero;
          expect(A.toDecimalString(patientTerm(p, n(fillMinute * 60), t))).toBe(A.toDecimalString(expected));
        },
      ),
      fuzzProfile(300),
    );
  });

  it('[REQ-RES-001] 1439 one-minute boluses a minute apart: the closed form is the loop\'s value on and between the boluses, over days', () => {
    const pb: PatientBolus<Exact> = { volume: n(864_000), duration: n(60), lockout: n(60), maxPerDay: n(1439) };
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [], patientBolus: pb };
    for (const s of [0, 1, 59, 60, 61, 90, 86_339, 86_340, 86_341, 86_399, 86_400, 86_430, 3 * 86_400 + 7_777]) {
      expect(A.toDecimalString(patientTerm(p, A.zero, n(s)))).toBe(A.toDecimalString(loopPatientTerm(pb, n(s))));
    }
    // by the end of a day all 1439 have run: 1439 × 0.01 mL
    expect(A.toDecimalString(cumulativeVolume(A, p, A.zero, day))).toBe((1439n * 864_000n).toString());
  });

  it('[REQ-RES-001] a part-delivered patient bolus is rounded up once, on the sum of the on-times', () => {
    // 1 base unit over 3 s: after 1 s a third of a unit, rounded up to 1; after 3 s exactly 1; after 4 s 1 + 1/3 → 2
    const p: DailyProgram<Exact> = { steps: [{ start: A.zero, flow: A.zero }], periodicBoluses: [], patientBolus: { volume: A.one, duration: n(3), lockout: n(3), maxPerDay: n(5) } };
    expect([1, 3, 4, 15, 16].map((s) => A.toDecimalString(cumulativeVolume(A, p, A.zero, n(s))))).toEqual(['1', '1', '2', '5', '5']);
  });
});
