import { describe, expect, it } from 'vitest';
import { bridgeCommand } from '../../../../spec/wire/commands/bridge.js';
import { at, codes, contractBridge } from './_bridgeFixtures.js';

const run = (req: unknown) => bridgeCommand.run(req);

describe('bridge command', () => {
  it('[REQ-BRIDGE-001] [REQ-BRIDGE-002] [REQ-BRIDGE-006] contract: 20 → 10 mg/mL without a bridge gives 5.5 mg in 24 h; dead volume 0.25 mL; the bridge keeps 3 mg', () => {
    const r = run(contractBridge());
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'deadVolume')).toBe('0.25 mL');
    expect(at(r.body, 'withoutBridge.morphine.worst24h')).toBe('5.5 mg');
    expect(at(r.body, 'withoutBridge.morphine.least24h')).toBe('3 mg');
    expect(at(r.body, 'tipDoses.morphine.worst24h')).toBe('3 mg');
    expect(at(r.body, 'tipDoses.morphine.least24h')).toBe('3 mg');
    expect(at(r.body, 'overdoseWithoutBridge')).toBe(true);
    expect(at(r.body, 'underdoseWithoutBridge')).toBe(false);
    expect(codes(r.body, 'warnings')).toContain('BRIDGE_REQUIRED');
    // the bridge: 0.15 mL/day of the old fluid (3 mg/day ÷ 20 mg/mL) for 0.25 ÷ 0.15 day = 40 h, then 0.3 mL/day
    expect(at(r.body, 'program.steps')).toEqual([{ after: '0 min', rate: '0.15 mL/day', ratePerHour: '0.00625 mL/h', fluid: 'old' }]);
    expect(at(r.body, 'program.newProgram.after')).toBe('40 h');
    expect(at(r.body, 'program.newProgram.steps.0.rate')).toBe('0.3 mL/day');
  });

  it('[REQ-BRIDGE-006] the unbridged overdose names the ceiling it breaks', () => {
    const r = run(contractBridge());
    const w = (at(r.body, 'warnings') as { code: string; message: string }[]).find((x) => x.code === 'BRIDGE_REQUIRED');
    expect(w?.message).toMatch(/5\.5 mg/);
    expect(w?.message).toMatch(/OVERDOSE/);
    expect(w?.message).toMatch(/PRESCRIBER_LIMIT_EXCEEDED/);
  });

  it('[REQ-BRIDGE-002] [REQ-BRIDGE-006] 10 → 20 mg/mL is the underdose case: 1.5 mg in the first 24 h without a bridge', () => {
    const req = contractBridge();
    req['old'] = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.3 mL/day' };
    req['new'] = { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };
    const r = run(req);
    expect(r.exitCode).toBe(0);
    expect(at(r.body, 'withoutBridge.morphine.least24h')).toBe('1.5 mg');
    expect(at(r.body, 'underdoseWithoutBridge')).toBe(true);
    expect(at(r.body, 'overdoseWithoutBridge')).toBe(false);
    expect(codes(r.body, 'warnings')).toContain('BRIDGE_REQUIRED');
    // bridged: the old fluid at 3 ÷ 10 = 0.3 mL/day for 0.25 ÷ 0.3 day = 20 h, switched earlier (to a stronger fluid)
    expect(at(r.body, 'bridge.rate')).toBe('0.3 mL/day');
    expect(at(r.body, 'bridge.until')).toBe('20 h');
    expect(at(r.body, 'bridge.switchRounded')).toBe('earlier');
    expect([at(r.body, 'tipDoses.morphine.worst24h'), at(r.body, 'tipDoses.morphine.least24h')]).toEqual(['3 mg', '3 mg']);
  });

  it('[REQ-BRIDGE-001] [REQ-BRIDGE-005] a catheter given by length: 0.2 mL + 90 cm × 0.0026 mL/cm = 0.434 mL; the switch rounds later to 4167 min', () => {
    const req = contractBridge();
    req['catheter'] = { length: '90 cm', volumePerLength: '0.0026 mL/cm' };
    const r = run(req);
    expect(at(r.body, 'deadVolume')).toBe('0.434 mL');
    expect(at(r.body, 'catheterVolume')).toBe('0.234 mL');
    expect(at(r.body, 'bridge.until')).toBe('4167 min');
    expect(at(r.body, 'tipDoses.morphine.worst24h')).toBe('3 mg');
    // the 0.6 min of new fluid at the bridge flow: 3 − 1.5 × 0.6/1440 mg
    expect(at(r.body, 'tipDoses.morphine.least24h')).toBe('2.999375 mg');
    expect(codes(r.body, 'warnings')).toContain('BRIDGE_TIP_DOSE_OUT_OF_RANGE');
  });

  it('[REQ-BRIDGE-001] the same fluid needs no bridge', () => {
    const req = contractBridge();
    req['old'] = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.3 mL/day' };
    const r = run(req);
    expect(at(r.body, 'program.steps')).toEqual([]);
    expect(at(r.body, 'bridge')).toBeUndefined();
    expect(codes(r.body, 'warnings')).not.toContain('BRIDGE_REQUIRED');
    expect(at(r.body, 'tipDoses.morphine.worst24h')).toBe('3 mg');
  });

  it('[REQ-BRIDGE-003] [REQ-XREFILL-003] admixture: bupivacaine only in the old fluid, clonidine only in the new', () => {
    const req = contractBridge();
    req['old'] = { drugs: [{ drug: 'morphine', concentration: '20 mg/mL' }, { drug: 'bupivacaine', concentration: '10 mg/mL' }], rate: '0.15 mL/day' };
    req['new'] = {
      drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }, { drug: 'clonidine', concentration: '500 mcg/mL' }],
      therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
    };
    const r = run(req);
    expect(r.exitCode).toBe(0);
    // bupivacaine: old 0.15 mL/day × 10 mg/mL = 1.5 mg/day while the old fluid lasts (bridged), none after
    // [REQ-XREFILL-003] and 1.5 mg in every window across the refill (the old fluid at 0.15 mL/day before it and bridged after it)
    expect(at(r.body, 'tipDoses.bupivacaine')).toEqual({ worst24h: '1.5 mg', least24h: '0 mg', acrossRefill: { worst24h: '1.5 mg', least24h: '1.5 mg' } });
    expect(at(r.body, 'withoutBridge.bupivacaine.worst24h')).toBe('2.5 mg');
    // clonidine: none until the old fluid is out, then 0.3 mL/day × 500 mcg/mL = 150 mcg/day
    // (the bridge takes 40 h: no window across the refill reaches the new fluid)
    expect(at(r.body, 'tipDoses.clonidine')).toEqual({ worst24h: '150 mcg', least24h: '0 mcg', acrossRefill: { worst24h: '0 mcg', least24h: '0 mcg' } });
    // bupivacaine 2.5 mg without a bridge is above its old 1.5 mg/day: BRIDGE_REQUIRED names it too
    const paths = (at(r.body, 'warnings') as { code: string; path: string }[]).filter((w) => w.code === 'BRIDGE_REQUIRED').map((w) => w.path);
    expect(paths).toEqual(['old.drugs.0', 'old.drugs.1']);
  });

  it('[REQ-BRIDGE-004] a bridge flow below the pump minimum is refused', () => {
    const req = contractBridge();
    (req['pump'] as Record<string, unknown>)['minRate'] = '0.2 mL/day';
    req['new'] = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' } };
    const r = run(req);
    expect(r.exitCode).toBe(3);
    expect(codes(r.body, 'errors')).toEqual(['RATE_BELOW_MINIMUM']);
    expect(at(r.body, 'errors.0.path')).toBe('new.therapy');
  });

  it('[REQ-BRIDGE-001] [REQ-DOSE-005] compile errors are re-rooted in the bridge request; the bridged dose is checked against the ceiling', () => {
    const req = contractBridge();
    (req['new'] as Record<string, unknown>)['therapy'] = { mode: 'continuous', drug: 'morphine', dose: '6 mg/day' };
    const r = run(req);
    expect(r.exitCode).toBe(3);
    expect(at(r.body, 'errors.0.code')).toBe('PRESCRIBER_LIMIT_EXCEEDED');
  });

  it('[REQ-BRIDGE-001] a fixed-rate pump cannot run a bridge; an unknown field is refused with its path', () => {
    const req = contractBridge();
    req['pump'] = { kind: 'fixed-rate', reservoir: '20 mL', lowReservoirAlarm: '2 mL', nominalFlow: '1 mL/day', flowTolerance: '15 %', internalVolume: '0.2 mL' };
    expect(codes(run(req).body, 'errors')).toContain('WRONG_PUMP_KIND');
    const bad = contractBridge();
    (bad['old'] as Record<string, unknown>)['rtae'] = '0.15 mL/day';
    const r = run(bad);
    expect(r.exitCode).toBe(2);
    expect(at(r.body, 'errors.0')).toMatchObject({ code: 'UNKNOWN_FIELD', path: 'old.rtae' });
  });
});
