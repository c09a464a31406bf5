import { describe, expect, it } from 'vitest';
import { primeCommand } from '../../../../spec/wire/commands/prime.js';
import { at, codes } from './_bridgeFixtures.js';

/** Morphine 10 mg/mL at 3 mg/day on the contract's pump (0.2 mL internal volume, 1 mL/h maximum bolus rate), catheter 0.05 mL. */
function primeRequest(pumpInternal: 'empty' | 'drug', catheter: 'empty' | 'drug'): Record<string, unknown> {
  return {
    pump: {
      kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
      minRate: '0.006 mL/day', maxRate: '24 mL/day', maxBolusRate: '1 mL/h', internalVolume: '0.2 mL',
    },
    reservoir: { fill: '40 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
    therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
    limits: { morphine: { maxDaily: '6 mg/day' } },
    catheter: { volume: '0.05 mL' },
    contents: { pumpInternal, catheter },
  };
}

describe('prime command', () => {
  it('[REQ-PRIME-002] [REQ-PRIME-003] new implant, all empty: 0.25 mL at 1 mL/h for 15 min; no drug at the tip during it', () => {
    const r = primeCommand.run(primeRequest('empty', 'empty'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'priming')).toEqual({ volume: '0.25 mL', rate: '24 mL/day', ratePerHour: '1 mL/h', duration: '15 min' });
    expect(at(r.body, 'drugAtTipAfter')).toBe('15 min');
    expect(at(r.body, 'primingBolusAtTip.morphine')).toBe('0 mg');
    // plug flow: 23 h 45 min of 3 mg/day in the first window = 2.96875 mg; never more than 3 mg
    expect(at(r.body, 'tipDosesPlugFlow.morphine')).toEqual({ worst24h: '3 mg', least24h: '2.96875 mg' });
    expect(codes(r.body, 'warnings')).not.toContain('PRIMING_DELIVERS_DRUG');
    expect(at(r.body, 'program.after')).toBe('15 min');
  });

  it('[REQ-PRIME-001] the worst 24 h counts the whole primed volume as drug (it mixes at high flow), the least none of it', () => {
    const r = primeCommand.run(primeRequest('empty', 'empty'));
    // 0.25 mL × 10 mg/mL = 2.5 mg + 23.75 h at 3 mg/day = 5.46875 mg
    expect(at(r.body, 'tipDoses.morphine')).toEqual({ worst24h: '5.46875 mg', least24h: '2.96875 mg' });
  });

  it('[REQ-PRIME-003] catheter full of drug: the priming bolus pushes 0.25 mL × 10 mg/mL = 2.5 mg into the patient in 15 min', () => {
    const r = primeCommand.run(primeRequest('drug', 'drug'));
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'primingBolusAtTip.morphine')).toBe('2.5 mg');
    expect(at(r.body, 'drugAtTipAfter')).toBe('0 h');
    expect(at(r.body, 'tipDosesPlugFlow.morphine.worst24h')).toBe('5.46875 mg');
    expect(codes(r.body, 'warnings')).toContain('PRIMING_DELIVERS_DRUG');
  });

  it('[REQ-PRIME-003] catheter revision: a new empty catheter on a pump full of drug; drug at the tip after 0.05 mL, i.e. 3 min', () => {
    const r = primeCommand.run(primeRequest('drug', 'empty'));
    expect(at(r.body, 'drugAtTipAfter')).toBe('3 min');
    // the bolus pushes the 0.05 mL of air, then 0.2 mL of drug: 2 mg at the tip during the priming
    expect(at(r.body, 'primingBolusAtTip.morphine')).toBe('2 mg');
  });

  it('[REQ-PRIME-001] [REQ-DOSE-005] a priming whose worst 24 h breaks the ceiling is refused; one above the dead volume too', () => {
    const tight = primeRequest('empty', 'empty');
    tight['limits'] = { morphine: { maxDaily: '5 mg/day' } };
    const r = primeCommand.run(tight);
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['PRESCRIBER_LIMIT_EXCEEDED']);
    const big = primeRequest('empty', 'empty');
    big['volume'] = '0.3 mL';
    const b = primeCommand.run(big);
    expect(codes(b.body, 'errors')).toEqual(['PRIMING_VOLUME_ABOVE_DEAD_VOLUME']);
    expect(at(b.body, 'errors.0.path')).toBe('volume');
  });

  it('[REQ-PRIME-002] a smaller priming volume leaves the rest to the program: drug arrives later', () => {
    const req = primeRequest('empty', 'empty');
    req['volume'] = '0.2 mL';
    const r = primeCommand.run(req);
    expect(at(r.body, 'priming.duration')).toBe('12 min');
    // 0.05 mL left at 0.3 mL/day: 4 h more
    expect(at(r.body, 'drugAtTipAfter')).toBe('252 min');
  });

  it('[REQ-PRIME-003] contents must say empty or drug', () => {
    const req = primeRequest('empty', 'empty');
    req['contents'] = { pumpInternal: 'full', catheter: 'empty' };
    const r = primeCommand.run(req);
    expect(r.exitCode).toBe(2);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'INVALID_VALUE', path: 'contents.pumpInternal' });
  });
});
