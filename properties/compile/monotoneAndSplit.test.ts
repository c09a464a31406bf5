import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CODES, compile, decimalArithmetic as A } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { lawShare } from '../_internals/lawShare.js';
import { acceptedRxParts, rxParts, shift, toRequest, type RxParts } from '../_internals/prescriptions.js';
import { holds } from '../_internals/holds.js';

/** The same parts with every basal dose raised by `extra` mg/day (a decimal string). */
function raised(p: RxParts, stepIndex: number, extraMilli: number): RxParts {
  return {
    ...p,
    steps: p.steps.map((s, i) => (i === stepIndex % p.steps.length ? { ...s, doseMgPerDay: addMilli(s.doseMgPerDay, extraMilli) } : s)),
  };
}

/** d + n/1000, exactly, as a decimal string (d has at most 3 fraction digits). */
function addMilli(d: string, n: number): string {
  const milli = BigInt(shift(d, 3).split('.')[0] ?? '0') + BigInt(n);
  const s = milli.toString().padStart(4, '0');
  return `${s.slice(0, -3)}.${s.slice(-3)}`;
}

describe('compile laws', () => {
  // acceptedRxParts keeps the worst 24 h at most 13 mg/day: raised by at most 2 mg it stays within the 15 mg/day soft maximum.
  it('[REQ-COMP-001] [REQ-ROUND-002] [REQ-FUZZ-005] raising a dose never lowers any programmed rate', () => {
    const share = lawShare();
    holds(
      fc.property(acceptedRxParts, fc.nat(), fc.integer({ min: 1, max: 2000 }), (p, i, extra) => {
        share.drawn();
        const a = compile(toRequest(p));
        const b = compile(toRequest(raised(p, i, extra)));
        if (E.isLeft(a) || E.isLeft(b)) return;
        share.reached();
        a.right.program.steps.forEach((s, k) => {
          expect(A.compare(b.right.program.steps[k]?.flow ?? A.zero, s.flow)).toBeGreaterThanOrEqual(0);
        });
        expect(A.compare(b.right.doses['morphine']!.worst24h.base, a.right.doses['morphine']!.worst24h.base)).toBeGreaterThanOrEqual(0);
      }),
      params(200),
    );
    share.check();
  });
  it('[REQ-DOSE-001] [REQ-DOSE-002] [REQ-FUZZ-005] splitting a continuous dose into equal flex steps changes no dose and no reservoir time', () => {
    const share = lawShare();
    // The dose as acceptedRxParts draws a basal step: 0.02 to 7 mg/day, so both requests fit the limits.
    const dose = fc.integer({ min: 20, max: 7000 }).map((n) => addMilli('0', n));
    holds(
      fc.property(acceptedRxParts, dose, fc.uniqueArray(fc.integer({ min: 1, max: 1439 }), { minLength: 1, maxLength: 6 }), (p, dose, cuts) => {
        share.drawn();
        const continuous = { ...p, steps: [{ start: 0, doseMgPerDay: dose }] };
        const flex = { ...p, steps: [0, ...cuts.sort((x, y) => x - y)].map((start) => ({ start, doseMgPerDay: dose })) };
        const a = compile(toRequest(continuous));
        const b = compile(toRequest(flex));
        expect(E.isRight(a)).toBe(E.isRight(b));
        if (E.isLeft(a) || E.isLeft(b)) return;
        share.reached();
        expect(JSON.stringify(b.right.doses)).toBe(JSON.stringify(a.right.doses));
        expect(JSON.stringify(b.right.reservoir)).toBe(JSON.stringify(a.right.reservoir));
      }),
      params(200),
    );
    share.check();
  });
  it('[REQ-ERR-001] [REQ-ERR-003] every refusal has a code from the catalogue, a path and a message; no accepted program has a rate off the grid or out of range', () => {
    holds(
      fc.property(rxParts, (p) => {
        const req = toRequest(p);
        const r = compile(req);
        if (E.isLeft(r)) {
          expect(r.left.length).toBeGreaterThan(0);
          for (const e of r.left) {
            expect(Object.prototype.hasOwnProperty.call(CODES, e.code)).toBe(true);
            expect(CODES[e.code].kind).not.toBe('warning');
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
          }
          return;
        }
        const grid = req.pump.rateResolution?.base ?? A.one;
        for (const s of r.right.program.steps) {
          expect(A.compare(A.mul(A.floorDiv(s.flow, grid), grid), s.flow)).toBe(0);
          expect(A.compare(s.flow, req.pump.minRate?.base ?? A.zero)).toBeGreaterThanOrEqual(0);
          expect(A.compare(s.flow, req.pump.maxRate?.base ?? A.zero)).toBeLessThanOrEqual(0);
        }
      }),
      params(300),
    );
  });
});
