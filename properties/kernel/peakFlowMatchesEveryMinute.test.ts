import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../core/index.js';
import { peakFlow } from '../../core/kernel/peakFlow.js';
import { Rational } from '../../spec/reference/Rational.js';
import { readWireProgram } from '../../spec/reference/readWireProgram.js';
import { engineProgram } from '../_internals/engineProgram.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { BASE_PER_ML, asRational } from '../_internals/worst24hDifferential.js';
import { wireDailyProgram } from '../_internals/wireDailyProgram.js';
import { holds } from '../_internals/holds.js';

const DAY = 86_400n;

describe('peakFlow against every minute of the day', () => {
  it('[REQ-LIMIT-120] the peak flow is the most, over every whole minute of the day, of the basal step, the periodic boluses running then (read by the reference model) and a patient bolus', () => {
    holds(
      fc.property(wireDailyProgram, (w) => {
        const ref = readWireProgram(w);
        const pb = ref.patientBolus;
        const patient = pb !== undefined && pb.maxPerDay > 0 ? pb.volume.div(pb.duration) : Rational.ZERO;
        let most = Rational.ZERO;
        // every start is a whole minute, so the flow is constant within a minute: the minutes are every candidate
        for (let m = 0n; m < 1440n; m++) {
          const t = Rational.of(m * 60n);
          let flow = patient;
          for (const s of ref.steps) if (s.start.le(t)) flow = patient.add(s.rate);
          for (const b of ref.periodicBoluses) {
            const since = t.sub(b.start);
            const into = since.sub(Rational.of(DAY * since.div(Rational.of(DAY)).floor())); // (t − start) mod 1 day
            if (into.lt(b.duration)) flow = flow.add(b.volume.div(b.duration));
          }
          if (flow.gt(most)) most = flow;
        }
        const p = peakFlow(A, engineProgram(w));
        // engine: base flow units (numerically uL/day); reference: mL per second
        expect(asRational(p.flow.num).div(asRational(p.flow.den)).toString()).toBe(most.mul(BASE_PER_ML).toString());
      }),
      fuzzProfile(40),
    );
  });
});
