import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, bridge } from '../../core/index.js';
import { decodeBridgeRequest } from '../../spec/codecs/decodeBridgeRequest.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

/** n thousandths as a plain decimal. */
const milli = (n: number): string => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;

/** Morphine concentrations within the guideline maximum (20 mg/mL, PACC 2012) or of an approved product (25 mg/mL, Infumorph). */
const morphineConc = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(25));

/** A morphine concentration change at a refill on the contract's pump. */
const change = fc.record({
  oldConc: morphineConc,
  newConc: morphineConc,
  oldDose: fc.integer({ min: 500, max: 10_000 }),
  newDose: fc.integer({ min: 500, max: 10_000 }),
  catheter: fc.integer({ min: 10, max: 500 }),
  filledAt: fc.integer({ min: 0, max: 23 }),
});

function request(c: { oldConc: number; newConc: number; oldDose: number; newDose: number; catheter: number; filledAt: number }): unknown {
  return {
    pump: {
      kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
      minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
    },
    catheter: { volume: `${milli(c.catheter)} mL` },
    // the old rate: the old dose ÷ the old concentration, floored to 0.001 mL/day as compile would have programmed it
    old: { drugs: [{ drug: 'morphine', concentration: `${c.oldConc} mg/mL` }], rate: `${milli(Math.floor(c.oldDose / c.oldConc))} mL/day` },
    new: {
      drugs: [{ drug: 'morphine', concentration: `${c.newConc} mg/mL` }],
      therapy: { mode: 'continuous', drug: 'morphine', dose: `${milli(c.newDose)} mg/day` },
      filledAt: `${String(c.filledAt).padStart(2, '0')}:00`,
    },
  };
}

describe('bridge laws', () => {
  it('[REQ-BRIDGE-004] [REQ-BRIDGE-005] [REQ-BRIDGE-006] [REQ-XREFILL-003] the bridge never gives more than the new prescription, nor across the refill more than the old or the new dose; going weaker without it is flagged whenever it overdoses', () => {
    holds(
      fc.property(change, (c) => {
        const decoded = decodeBridgeRequest(request(c));
        if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
        const r = bridge(decoded.right);
        if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
        const d = r.right.drugs[0];
        const newWorst = r.right.newProgram.doses['morphine']?.worst24h.base ?? A.zero;
        if (d === undefined) throw new Error('no drug');
        // [REQ-BRIDGE-004]: the bridge flow × the old concentration × 1 day ≤ the new daily dose
        const b = r.right.bridge;
        if (b !== undefined && b.basis === 'new dose from old fluid') {
          expect(A.compare(A.mul(A.mul(b.flow, d.oldConcentration), A.fromInteger(86_400n)), newWorst)).toBeLessThanOrEqual(0);
        }
        // [REQ-BRIDGE-005]: with the switch on the safe side no window at the tip exceeds the new (continuous) program's worst
        expect(A.compare(d.tip.worst24h, newWorst)).toBeLessThanOrEqual(0);
        // [REQ-BRIDGE-006] [REQ-XREFILL-003]: the flag is set exactly when some drug overdoses without a bridge, in a window from the refill or across it
        const across = d.acrossRefill.withoutBridge;
        expect(r.right.overdoseWithoutBridge).toBe(A.compare(d.withoutBridge.worst24h, d.range.upper) > 0 || A.compare(across.worst24h, d.range.upper) > 0);
        expect(r.right.underdoseWithoutBridge).toBe(A.compare(d.withoutBridge.least24h, d.range.lower) < 0 || A.compare(across.least24h, d.range.lower) < 0);
        // [REQ-XREFILL-003]: with the bridge no window across the refill exceeds both the old daily dose and the new worst
        const oldDaily = A.mul(A.mul(decoded.right.old.rate.base, A.fromInteger(86_400n)), d.oldConcentration);
        expect(A.compare(d.acrossRefill.tip.worst24h, A.compare(oldDaily, newWorst) >= 0 ? oldDaily : newWorst)).toBeLessThanOrEqual(0);
        if (r.right.overdoseWithoutBridge || r.right.underdoseWithoutBridge) {
          expect(r.right.warnings.some((w) => w.code === 'BRIDGE_REQUIRED')).toBe(true);
        }
        // going to a weaker fluid, the bridge never does worse than no bridge
        if (c.newConc < c.oldConc) expect(A.compare(d.tip.worst24h, d.withoutBridge.worst24h)).toBeLessThanOrEqual(0);
      }),
      fuzzProfile(60),
    );
  });
});
