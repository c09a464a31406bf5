import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/index.js';
import { contractRequest, q } from './_fixtures.js';

const morphine = (dose: string) => ({ drug: 'morphine', basal: { mode: 'continuous' as const, dose: q('doseRate', dose) }, periodicBoluses: [] });
const bolus = (start: bigint, dose: string, minutes: string) => ({ start, dose: q('mass', dose), duration: q('time', `${minutes} min`) });
const refusals = (r: ReturnType<typeof compile>) => (E.isLeft(r) ? r.left.map((e) => [e.code, e.path, e.message]) : 'accepted');
const limits = { morphine: { maxDaily: q('doseRate', '10 mg/day') } };

describe('compile: flows that run at once stay within what the pump delivers', () => {
  it('[REQ-LIMIT-120] two periodic boluses, each within the maximum bolus rate, overlap and together ask for more: refused, naming the instant and the flows', () => {
    // 0.25 mL in 30 min is 0.5 mL/h each; from 08:15 both run: 0.5 + 0.5 + 0.0125 (basal) = 1.0125 mL/h > 1 mL/h
    const r = compile(contractRequest({ therapy: { ...morphine('3 mg/day'), periodicBoluses: [bolus(28_800n, '2.5 mg', '30'), bolus(29_700n, '2.5 mg', '30')] }, limits }));
    expect(refusals(r)).toEqual([['CONCURRENT_FLOW_ABOVE_MAXIMUM', 'therapy',
      'at 08:15 the program can ask for 1.0125 mL/h at once (basal 0.0125 mL/h + the periodic bolus from 08:00 (0.5 mL/h) + the periodic bolus from 08:15 (0.5 mL/h)), more than the pump delivers (1 mL/h); refused, not clamped']]);
    // one after the other they never overlap: accepted
    expect(refusals(compile(contractRequest({ therapy: { ...morphine('3 mg/day'), periodicBoluses: [bolus(28_800n, '2.5 mg', '30'), bolus(30_600n, '2.5 mg', '30')] }, limits })))).toBe('accepted');
  });
  it('[REQ-LIMIT-120] a patient bolus may start during a periodic one: the two and the basal are summed at the worst moment', () => {
    const therapy = { ...morphine('3 mg/day'), periodicBoluses: [bolus(28_800n, '4 mg', '30')], patientBolus: { dose: q('mass', '1 mg'), duration: q('time', '20 min'), lockout: q('time', '4 h'), maxPerDay: 4n } };
    // 0.4 mL in 30 min = 0.8 mL/h; 0.1 mL in 20 min = 0.3 mL/h; with the basal 1.1125 mL/h
    const r = refusals(compile(contractRequest({ therapy, limits: { morphine: { maxDaily: q('doseRate', '20 mg/day') } } })));
    expect(r).toEqual([['CONCURRENT_FLOW_ABOVE_MAXIMUM', 'therapy',
      'at 08:00 the program can ask for 1.1125 mL/h at once (basal 0.0125 mL/h + the periodic bolus from 08:00 (0.8 mL/h) + a patient bolus (0.3 mL/h)), more than the pump delivers (1 mL/h); refused, not clamped']]);
  });
  it('[REQ-LIMIT-120] a periodic bolus running across midnight counts after it', () => {
    // from 23:50 for 30 min: still running at 00:10, where a second one starts
    const r = refusals(compile(contractRequest({ therapy: { ...morphine('3 mg/day'), periodicBoluses: [bolus(85_800n, '2.5 mg', '30'), bolus(600n, '2.5 mg', '30')] }, limits })));
    expect(r !== 'accepted' && r.map((e) => e[0])).toEqual(['CONCURRENT_FLOW_ABOVE_MAXIMUM']);
    expect(r !== 'accepted' && r[0]?.[2]).toContain('at 00:10 ');
  });
  it('[REQ-LIMIT-120] the contract example (a patient bolus of 0.01 mL over 10 min beside 0.3 mL/day) is within the pump: accepted', () => {
    const therapy = { ...morphine('3 mg/day'), patientBolus: { dose: q('mass', '0.1 mg'), duration: q('time', '10 min'), lockout: q('time', '4 h'), maxPerDay: 4n } };
    expect(refusals(compile(contractRequest({ therapy })))).toBe('accepted');
  });
});
