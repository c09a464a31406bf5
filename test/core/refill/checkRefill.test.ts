import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../../core/quantity/formatQuantity.js';
import { checkRefill } from '../../../core/refill/checkRefill.js';
import type { PumpInput } from '../../../core/request/PumpInput.js';
import { q } from '../library/_q.js';

const check = (pump: PumpInput, expected: string, measured: string, threshold?: string) =>
  checkRefill({ pump, expectedResidual: q('volume', expected), measuredResidual: q('volume', measured), ...(threshold === undefined ? {} : { discrepancyThreshold: q('volume', threshold) }) });
const out = (r: ReturnType<typeof checkRefill>) =>
  E.isRight(r)
    ? { discrepancy: formatQuantity(r.right.discrepancy, 'mL', 'up').text, flag: r.right.flag, threshold: formatQuantity(r.right.threshold, 'mL', 'down').text, source: r.right.source, warnings: r.right.warnings.map((w) => [w.code, w.path]) }
    : r.left.map((e) => [e.code, e.path]);
const MAINO = 'Maino et al., Neuromodulation 2017;20:733-9';

describe('checkRefill', () => {
  it('[REQ-REFILL-001] contract vector: 40 mL pump, expected 10 mL, measured 7.5 mL: 2.5 mL flagged over 2 mL', () => {
    expect(out(check({ profile: 'synchromed-ii-40' }, '10 mL', '7.5 mL'))).toEqual({
      discrepancy: '2.5 mL', flag: true, threshold: '2 mL', source: MAINO, warnings: [['RESIDUAL_DISCREPANCY', 'measuredResidual']],
    });
  });

  it('[REQ-REFILL-001] a 20 mL pump: 1.5 mL is flagged over 1 mL; exactly 1 mL is not', () => {
    expect(out(check({ profile: 'prometra-20' }, '5 mL', '3.5 mL'))).toMatchObject({ discrepancy: '1.5 mL', flag: true, threshold: '1 mL' });
    expect(out(check({ profile: 'prometra-20' }, '5 mL', '4 mL'))).toMatchObject({ discrepancy: '1 mL', flag: false, warnings: [] });
  });

  it('[REQ-REFILL-001] 40 mL: exactly 2 mL is not flagged; more fluid back than expected is flagged too (stall)', () => {
    expect(out(check({ profile: 'synchromed-ii-40' }, '10 mL', '8 mL'))).toMatchObject({ flag: false });
    const r = check({ profile: 'synchromed-ii', reservoir: q('volume', '40 mL') }, '5 mL', '7.1 mL');
    expect(out(r)).toMatchObject({ discrepancy: '2.1 mL', flag: true });
    expect(E.isRight(r) && r.right.measuredVsExpected).toBe('higher');
    expect(E.isRight(r) && r.right.warnings[0]?.message).toContain('stalled pump');
  });

  it('[REQ-REFILL-002] a reservoir size with no published threshold needs the request threshold; never a guess', () => {
    const fixed: PumpInput = { profile: 'codman-3000', reservoir: q('volume', '30 mL') };
    expect(out(check(fixed, '10 mL', '7 mL'))).toEqual([['PUMP_PARAMETER_MISSING', 'discrepancyThreshold']]);
    expect(out(check(fixed, '10 mL', '7 mL', '1.5 mL'))).toMatchObject({ discrepancy: '3 mL', flag: true, threshold: '1.5 mL', source: 'request (no published threshold for a 30 mL reservoir)' });
  });

  it('[REQ-REFILL-002] a request threshold may tighten a published one, never loosen it', () => {
    expect(out(check({ profile: 'synchromed-ii-40' }, '10 mL', '8.5 mL', '1 mL'))).toMatchObject({ flag: true, threshold: '1 mL' });
    expect(out(check({ profile: 'synchromed-ii-40' }, '10 mL', '7.5 mL', '3 mL'))).toEqual([['PUMP_PARAMETER_CONFLICT', 'discrepancyThreshold']]);
  });

  it('[REQ-REFILL-001] the pump must be known and its reservoir named; residuals must fit in it', () => {
    expect(out(check({ profile: 'synchromed-ii' }, '10 mL', '7.5 mL'))).toEqual([['PUMP_PARAMETER_MISSING', 'pump.reservoir']]);
    expect(out(check({ profile: 'nope' }, '10 mL', '7.5 mL'))).toEqual([['UNKNOWN_PUMP', 'pump']]);
    expect(out(check({ profile: 'synchromed-ii-20' }, '21 mL', '-1 mL'))).toEqual([['INVALID_VALUE', 'expectedResidual'], ['NEGATIVE_QUANTITY', 'measuredResidual']]);
  });
});

describe('checkRefill thresholds from the request', () => {
  it('[REQ-REFILL-002] a zero threshold is refused (NOT_POSITIVE), whatever the reservoir', () => {
    expect(out(check({ profile: 'synchromed-ii-40' }, '10 mL', '9 mL', '0 mL'))).toEqual([['NOT_POSITIVE', 'discrepancyThreshold']]);
    expect(out(check({ kind: 'fixed-rate', reservoir: q('volume', '35 mL') }, '10 mL', '10 mL', '0 mL'))).toEqual([['NOT_POSITIVE', 'discrepancyThreshold']]);
  });
  it('[REQ-REFILL-001] equal residuals: no discrepancy, no flag', () => {
    const r = check({ profile: 'synchromed-ii-20' }, '4 mL', '4 mL');
    expect(out(r)).toMatchObject({ discrepancy: '0 mL', flag: false });
    expect(E.isRight(r) && r.right.measuredVsExpected).toBe('equal');
  });
});
