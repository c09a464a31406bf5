import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../core/index.js';
import { peakFlowDuring } from '../../core/kernel/_internals/peakFlowDuring.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { BASE_PER_ML, asRational } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

const DAY = 86_400n;

describe('peakFlowDuring against every minute of a single bolus', () => {
  it('[REQ-ONEOFF-003] [REQ-LIMIT-120] the peak flow during a one-off bolus is the most, over every whole minute it runs, of the bolus, the basal step, the periodic boluses running then (read by the reference model) and a patient bolus', () => {
    holds(
      fc.property(wireDailyProgram, fc.integer({ min: 0, max: 10_079 }), fc.integer({ min: 1, max: 1439 }), fc.integer({ min: 1, max: 100_000 }), (w, startMinute, minutes, micro) => {
        const ref = readWireProgram(w);
        const pb = ref.patientBolus;
        const bolus = Rational.of(BigInt(micro), 1_000_000n).div(Rational.of(BigInt(minutes * 60)));
        const patient = pb !== undefined && pb.maxPerDay > 0 ? pb.volume.div(pb.duration) : Rational.ZERO;
        let most = Rational.ZERO;
        for (let m = 0; m < minutes; m++) {
          const t = Rational.of(BigInt(((startMinute + m) % 1440) * 60));
          let flow = patient.add(bolus);
          for (const s of ref.steps) if (s.start.le(t)) flow = patient.add(bolus).add(s.rate);
          for (const b of ref.periodicBoluses) {
            const since = t.sub(b.start);
            const into = since.sub(Rational.of(DAY * since.div(Rational.of(DAY)).floor()));
            if (into.lt(b.duration)) flow = flow.add(b.volume.div(b.duration));
          }
          if (flow.gt(most)) most = flow;
        }
        const p = peakFlowDuring(A, engineProgram(w), A.fromInteger(BigInt(startMinute * 60)), A.mul(A.fromInteger(BigInt(micro)), A.fromDecimalString('86.4')), A.fromInteger(BigInt(minutes * 60)));
        expect(asRational(p.num).div(asRational(p.den)).toString()).toBe(most.mul(BASE_PER_ML).toString());
      }),
      fuzzProfile(40),
    );
  });
});
