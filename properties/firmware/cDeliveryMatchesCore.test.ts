import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile, decimalArithmetic as A } from '../../core/index.js';
import { decodeCompileRequest } from '../../spec/codecs/index.js';
import { deviceWorst24hNl, expectedDeliveries, type SchedulerCall } from '../../adapters/firmware/deviceDeliveries.js';
import { programImage } from '../../adapters/firmware/programImage.js';
import { runScheduler } from '../../test/adapters/firmware/_harness.js';
import { most24h } from '../../test/adapters/firmware/_windows.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { wireCompileRequest } from '../_internals/wireCompileRequest.js';
import { holds } from '../_internals/holds.js';

/** Patient requests: at chosen minutes of a 48 h minute grid, and at arbitrary seconds. */
const requests = fc.record({
  t0: fc.integer({ min: 0, max: 86_399 }),
  minutes: fc.uniqueArray(fc.integer({ min: 1, max: 2880 }), { maxLength: 120 }),
  seconds: fc.uniqueArray(fc.integer({ min: 1, max: 2 * 86_400 }), { maxLength: 120 }),
});

describe('firmware: the C scheduler delivers what the core computed', () => {
  it('[REQ-FW-004] [REQ-FW-005] for random accepted prescriptions the C deliveries over 48 h equal the core\'s to the nanolitre, and no 24 h under random patient requests exceeds the core\'s worst 24 h', () => {
    let accepted = 0;
    holds(
      fc.property(wireCompileRequest, requests, (wire, r) => {
        const request = decodeCompileRequest(wire);
        if (E.isLeft(request)) return;
        const compiled = compile(request.right);
        if (E.isLeft(compiled)) return; // refusals are other tests' business
        const image = programImage(request.right, compiled.right);
        if (E.isLeft(image)) throw new Error(JSON.stringify(image.left));
        accepted += 1;
        const { device } = image.right;
        const t0 = BigInt(r.t0);
        // 1. a call a minute: equal to the core, nothing withheld
        const wanted = new Set(r.minutes);
        const grid: SchedulerCall[] = Array.from({ length: 2880 }, (_, i) => ({ t: t0 + 60n * BigInt(i + 1), request: wanted.has(i + 1) }));
        const got = runScheduler(image.right.image, t0, grid);
        const expected = expectedDeliveries(device, t0, grid);
        expect(got.map((d) => [d.t, d.deliverNl, d.bolus])).toEqual(expected.map((d) => [d.t, d.deliverNl, d.bolus]));
        expect(got.filter((d) => d.withheldNl !== 0n)).toEqual([]);
        // at a call a minute, every 24 h of calls is 24 h of delivery: within the core's worst 24 h of the device program
        expect(most24h(got)).toBeLessThanOrEqual(deviceWorst24hNl(device));
        // 2. calls at arbitrary seconds as well, a patient request at each: a call delivers what accrued since the one
        // before, so a 24 h of calls can hold more than 24 h of accrual; the image's ceiling (the core's worst 24 h)
        // still holds, whatever the calls
        const extra = r.seconds.map((s) => ({ t: t0 + BigInt(s), request: true }));
        const mixed = [...grid.map((c) => ({ t: c.t, request: false })), ...extra].sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
        const most = most24h(runScheduler(image.right.image, t0, mixed));
        for (const drug of device.drugs) {
          const doses = compiled.right.doses[drug.name];
          if (doses === undefined) throw new Error(`no doses for ${drug.name}`);
          // the ceiling is the core's worst 24 h dose as a volume, rounded up to whole nL
          const worstNl = BigInt(A.toDecimalString(A.ceilDiv(A.mul(doses.worst24h.base, A.fromInteger(1000n)), A.mul(doses.concentration.base, A.fromInteger(86_400n)))));
          expect(drug.ceilingNlPer24h).toBe(worstNl);
          expect(most).toBeLessThanOrEqual(worstNl);
        }
      }),
      fuzzProfile(40),
    );
    expect(accepted).toBeGreaterThan(10);
  });
});
