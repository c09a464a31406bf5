import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile, decimalArithmetic as A } from '../../core/index.js';
import { params } from '../_fuzz.js';
import { lawShare } from '../_internals/lawShare.js';
import { acceptedRxParts, toRequest } from '../_internals/prescriptions.js';
import { holds } from '../_internals/holds.js';

describe('rounding never increases drug', () => {
  it('[REQ-ROUND-002] [REQ-COMP-001] [REQ-FUZZ-005] every programmed rate × concentration and bolus volume × concentration is at most what was prescribed, and on the grid', () => {
    const share = lawShare();
    holds(
      fc.property(acceptedRxParts, (p) => {
        share.drawn();
        const req = toRequest(p);
        const r = compile(req);
        if (E.isLeft(r)) return; // refusals are drawn on purpose by their own properties (monotoneAndSplit: REQ-ERR-001)
        share.reached();
        const conc = req.reservoir.drugs[0]?.concentration?.base ?? A.zero;
        const grid = req.pump.rateResolution?.base ?? A.one;
        const basal = req.therapy.basal;
        if (basal.mode === 'week') return; // the generator gives daily programs
        const rx = basal.mode === 'continuous' ? [{ dose: basal.dose }] : basal.steps;
        r.right.program.steps.forEach((s, i) => {
          expect(A.compare(A.mul(s.flow, conc), rx[i]?.dose.base ?? A.zero)).toBeLessThanOrEqual(0);
          expect(A.isInteger(A.floorDiv(s.flow, grid)) && A.compare(A.mul(A.floorDiv(s.flow, grid), grid), s.flow)).toBe(0);
          // and never more than one grid step below
          expect(A.compare(A.mul(A.add(s.flow, grid), conc), rx[i]?.dose.base ?? A.zero)).toBeGreaterThan(0);
        });
        r.right.program.periodicBoluses.forEach((b, i) => {
          expect(A.compare(A.mul(b.volume, conc), req.therapy.periodicBoluses[i]?.dose.base ?? A.zero)).toBeLessThanOrEqual(0);
        });
        const pb = r.right.program.patientBolus;
        if (pb !== undefined) expect(A.compare(A.mul(pb.volume, conc), req.therapy.patientBolus?.dose.base ?? A.zero)).toBeLessThanOrEqual(0);
      }),
      params(300),
    );
    share.check();
  });
});
