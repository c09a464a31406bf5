import { describe, expect, it } from 'vitest';
import { refillCheckCommand } from '../../../../spec/wire/commands/refillCheck.js';

const run = (req: unknown) => refillCheckCommand.run(req);
const errs = (req: unknown) => {
  const r = run(req);
  return [r.exitCode, (r.body['errors'] as { code: string; path: string }[] | undefined)?.map((e) => [e.code, e.path])];
};

describe('refill-check command', () => {
  it('[REQ-REFILL-001] contract vector: 40 mL pump, expected 10 mL, measured 7.5 mL → discrepancy 2.5 mL, flag true', () => {
    const r = run({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidual: '7.5 mL' });
    expect(r.exitCode).toBe(0);
    expect(r.body).toMatchObject({ ok: true, discrepancy: '2.5 mL', flag: true, threshold: '2 mL', source: 'Maino et al., Neuromodulation 2017;20:733-9', reservoir: '40 mL', measuredVsExpected: 'lower' });
    expect((r.body['warnings'] as { code: string }[]).map((w) => w.code)).toEqual(['RESIDUAL_DISCREPANCY']);
  });

  it('[REQ-REFILL-001] a 20 mL pump given as a full profile: 1.5 mL is flagged', () => {
    const r = run({ pump: { kind: 'programmable', reservoir: '20 mL' }, expectedResidual: '3 mL', measuredResidual: '1.5 mL' });
    expect(r.body).toMatchObject({ ok: true, discrepancy: '1.5 mL', flag: true, threshold: '1 mL' });
  });

  it('[REQ-REFILL-001] within the threshold: no flag, no warning', () => {
    const r = run({ pump: { profile: 'synchromed-ii', reservoir: '40 mL' }, expectedResidual: '10 mL', measuredResidual: '9.2 mL' });
    expect(r.body).toMatchObject({ ok: true, discrepancy: '0.8 mL', flag: false, warnings: [] });
  });

  it('[REQ-REFILL-002] another reservoir size needs discrepancyThreshold; a family needs its size; the request is strict', () => {
    expect(errs({ pump: { kind: 'fixed-rate', reservoir: '35 mL' }, expectedResidual: '10 mL', measuredResidual: '7.5 mL' })).toEqual([2, [['PUMP_PARAMETER_MISSING', 'discrepancyThreshold']]]);
    expect(run({ pump: { kind: 'fixed-rate', reservoir: '35 mL' }, expectedResidual: '10 mL', measuredResidual: '7.5 mL', discrepancyThreshold: '2 mL' }).body)
      .toMatchObject({ ok: true, flag: true, threshold: '2 mL' });
    expect(errs({ pump: 'synchromed-ii', expectedResidual: '10 mL', measuredResidual: '7.5 mL' })).toEqual([2, [['PUMP_PARAMETER_MISSING', 'pump.reservoir']]]);
    expect(errs({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidal: '7.5 mL' })).toEqual([2, [['UNKNOWN_FIELD', 'measuredResidal'], ['MISSING_FIELD', 'measuredResidual']]]);
    expect(errs({ pump: 'synchromed-ii-40', expectedResidual: 10, measuredResidual: '7.5 mL' })).toEqual([2, [['NUMBER_FOR_QUANTITY', 'expectedResidual']]]);
  });
});
