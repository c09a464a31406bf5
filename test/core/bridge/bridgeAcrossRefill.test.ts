import { describe, expect, it } from 'vitest';
import { bridge } from '../../../core/index.js';
import { encodeBridgeResult } from '../../../spec/wire/encodeBridgeResult.js';
import { ok, refused, request, type Json } from './_bridge.js';

/** Morphine 10 mg/mL before and after (no bridge), the old program 0.3 mL/day (3 mg/day); the new one 2 mg/day and 1 mg over 1 h at the refill's 00:00. */
const bolusAtRefill = (j: Json): void => {
  j.old = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.3 mL/day' };
  j.new.therapy = { mode: 'continuous', drug: 'morphine', dose: '2 mg/day', periodicBoluses: [{ start: '00:00', dose: '1 mg', duration: '60 min' }] };
};
const ACROSS = ' (a 24 h window across the refill: the old program\'s last hours, then the fluid pushed out from the refill on)';

describe('bridge, the 24 h windows across the refill', () => {
  it('[REQ-XREFILL-003] [REQ-XREFILL-004] a window across the refill above a ceiling and above the old daily dose is refused, and says it is one: 3.958 mg > 3.5 mg/day', () => {
    // every window from the refill on holds 3 mg (2 mg basal + the 1 mg bolus); the window [−23 h, 1 h] holds
    // 23/24 × 3 mg of the old program, the bolus and 1 h of the new basal: 2.875 + 1 + 0.083 = 3.958 3̅ mg, above the old 3 mg/day
    const r = bridge(request((j) => {
      bolusAtRefill(j);
      j.limits.morphine = { maxDaily: '3.5 mg/day' };
    }));
    expect(refused(r)).toEqual([['PRESCRIBER_LIMIT_EXCEEDED', 'limits.morphine.maxDaily',
      `morphine: the most the program can deliver in any 24 h, 3.958333334 mg, exceeds the prescriber ceiling 3.5 mg/day${ACROSS}`]]);
  });

  it('[REQ-XREFILL-003] the same change under a 4 mg/day ceiling: accepted, the crossing windows reported and warned as out of the prescribed 3 mg', () => {
    const r = ok(bridge(request((j) => {
      bolusAtRefill(j);
      j.limits.morphine = { maxDaily: '4 mg/day' };
    })));
    const body = encodeBridgeResult(r) as { tipDoses: Record<string, unknown>; withoutBridge: Record<string, unknown> };
    expect(body.tipDoses['morphine']).toEqual({ worst24h: '3 mg', least24h: '3 mg', acrossRefill: { worst24h: '3.958333334 mg', least24h: '3 mg' } });
    expect(body.withoutBridge['morphine']).toEqual({ worst24h: '3 mg', least24h: '3 mg', acrossRefill: { worst24h: '3.958333334 mg', least24h: '3 mg' } });
    expect(r.overdoseWithoutBridge).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'BRIDGE_TIP_DOSE_OUT_OF_RANGE').map((w) => w.message)).toEqual([
      `morphine: with the bridge some 24 h window at the catheter tip${ACROSS} gets up to 3.958333334 mg, outside the prescribed 3 mg to 3 mg`]);
    // the ceiling was checked against the crossing window
    expect(r.limits.filter((l) => l.strength === 'prescriber' && l.checked === '3.958333334 mg').length).toBeGreaterThan(0);
  });

  it('[REQ-XREFILL-004] a patient on 5 mg/day refilled onto 3 mg/day under a 4 mg/day ceiling is not refused: the crossing windows never pass the old daily dose', () => {
    const r = ok(bridge(request((j) => {
      j.old = { drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }], rate: '0.5 mL/day' };
      j.new.therapy = { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' };
      j.limits.morphine = { maxDaily: '4 mg/day' };
    })));
    const body = encodeBridgeResult(r) as { tipDoses: Record<string, unknown> };
    // from 5 mg (the window ending at the refill) down to 3 mg (the first window from it)
    expect(body.tipDoses['morphine']).toEqual({ worst24h: '3 mg', least24h: '3 mg', acrossRefill: { worst24h: '5 mg', least24h: '3 mg' } });
    expect(r.warnings.filter((w) => w.code === 'BRIDGE_TIP_DOSE_OUT_OF_RANGE' || w.code === 'BRIDGE_REQUIRED')).toEqual([]);
  });
});
