import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScheduler } from '../../test/adapters/firmware/_harness.js';
import { imageOf } from '../../test/adapters/firmware/_prescriptions.js';
import { most24h } from '../../test/adapters/firmware/_windows.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

const NAMES = ['continuous-3mg-day', 'patient-bolus', 'flex-periodic-admixture', 'week-program'] as const;

/** Calls: bursts a second apart, gaps up to three days, a patient request at any of them. */
const calls = fc.array(fc.record({ gap: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 7200 }), fc.integer({ min: 1, max: 259_200 })), request: fc.boolean() }), { minLength: 1, maxLength: 400 });

describe('firmware: the 24 h ceiling holds whatever the calls', () => {
  it('[REQ-FW-005] for any sequence of call times and patient requests, no 24 h of the C scheduler\'s deliveries exceeds the image\'s ceiling', () => {
    holds(
      fc.property(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 604_799 }), calls, (name, t0, seq) => {
        const img = imageOf(name);
        let t = BigInt(t0);
        const script = seq.map((c) => {
          t += BigInt(c.gap);
          return { t, request: c.request };
        });
        const got = runScheduler(img.image, BigInt(t0), script);
        expect(got).toHaveLength(script.length);
        const ceiling = img.device.drugs.reduce((m, d) => (d.ceilingNlPer24h < m ? d.ceilingNlPer24h : m), 2n ** 32n);
        expect(most24h(got)).toBeLessThanOrEqual(ceiling);
      }),
      fuzzProfile(60),
    );
  });
});
