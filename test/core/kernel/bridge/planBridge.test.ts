import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { planBridge } from '../../../../core/kernel/bridge/planBridge.js';
import { continuous, mL, mLPerDay, mgPerMl, n } from '../_base.js';

const grid = mLPerDay('0.001');
const base = { rateGrid: grid, switchGrid: n(60), oldFlow: mLPerDay('0.15') };

describe('planBridge', () => {
  it('[REQ-BRIDGE-004] [REQ-BRIDGE-005] contract: 3 mg/day ÷ 20 mg/mL = 0.15 mL/day until 0.25 mL is out: 40 h exactly', () => {
    const b = planBridge(A, { ...base, deadVolume: mL('0.25'), oldConcentration: mgPerMl('20'), newConcentration: mgPerMl('10'), newProgram: continuous('0.3') });
    expect(A.toDecimalString(b?.flow.value ?? A.zero)).toBe('150');
    expect(b?.flow.changed).toBe(false);
    expect(b?.basis).toBe('new dose from old fluid');
    expect(A.toDecimalString(b?.after.value ?? A.zero)).toBe('144000');
    expect(b?.after.changed).toBe(false);
    expect(b?.rounded).toBe('later');
  });

  it('[REQ-BRIDGE-005] to a lower concentration the switch is rounded later, to a higher one earlier', () => {
    // 0.2 mL internal + 90 cm × 0.0026 mL/cm = 0.434 mL; 0.434 ÷ 0.15 mL/day = 4166.4 min
    const lower = planBridge(A, { ...base, deadVolume: mL('0.434'), oldConcentration: mgPerMl('20'), newConcentration: mgPerMl('10'), newProgram: continuous('0.3') });
    expect(A.toDecimalString(lower?.after.value ?? A.zero)).toBe(String(4167 * 60));
    expect(lower?.rounded).toBe('later');
    // 10 → 20 mg/mL at 3 mg/day: bridge 0.3 mL/day; 0.434 ÷ 0.3 = 2083.2 min → 2083 min
    const higher = planBridge(A, { ...base, deadVolume: mL('0.434'), oldConcentration: mgPerMl('10'), newConcentration: mgPerMl('20'), newProgram: continuous('0.15') });
    expect(A.toDecimalString(higher?.flow.value ?? A.zero)).toBe('300');
    expect(A.toDecimalString(higher?.after.value ?? A.zero)).toBe(String(2083 * 60));
    expect(higher?.rounded).toBe('earlier');
  });

  it('[REQ-BRIDGE-005] the same concentration in both fluids (c_old × r_new = c_new × r_bridge) is not "more": the switch is rounded earlier', () => {
    // 10 → 10 mg/mL at 0.3 mL/day: bridge 3 mg/day ÷ 10 mg/mL = 0.3 mL/day, so c_old × r_new = c_new × r_bridge (equal, not greater);
    // 0.434 mL ÷ 0.3 mL/day = 1.446 666… day = 2083.2 min → down to 2083 min
    const same = planBridge(A, { ...base, deadVolume: mL('0.434'), oldConcentration: mgPerMl('10'), newConcentration: mgPerMl('10'), newProgram: continuous('0.3') });
    expect(A.toDecimalString(same?.flow.value ?? A.zero)).toBe('300');
    expect(same?.rounded).toBe('earlier');
    expect(A.toDecimalString(same?.after.value ?? A.zero)).toBe(String(2083 * 60));
    expect(same?.after.changed).toBe(true);
  });

  it('[REQ-BRIDGE-004] the bridge rate is floored to the pump grid (toward less drug)', () => {
    // 1 mg/day (0.1 mL/day at 10 mg/mL) from 3 mg/mL old fluid: 0.333... → 0.333 mL/day
    const b = planBridge(A, { ...base, deadVolume: mL('0.25'), oldConcentration: mgPerMl('3'), newConcentration: mgPerMl('10'), newProgram: continuous('0.1') });
    expect(A.toDecimalString(b?.flow.value ?? A.zero)).toBe('333');
    expect(b?.flow.changed).toBe(true);
  });

  it('[REQ-BRIDGE-004] a new drug (none in the old fluid): the old fluid keeps its old rate; a zero rate gives no bridge', () => {
    const b = planBridge(A, { ...base, deadVolume: mL('0.25'), oldConcentration: A.zero, newConcentration: mgPerMl('10'), newProgram: continuous('0.3') });
    expect(b?.basis).toBe('old rate');
    expect(A.toDecimalString(b?.flow.value ?? A.zero)).toBe('150');
    expect(b?.rounded).toBe('earlier');
    expect(planBridge(A, { ...base, oldFlow: A.zero, deadVolume: mL('0.25'), oldConcentration: A.zero, newConcentration: mgPerMl('10'), newProgram: continuous('0.3') })).toBeUndefined();
  });
});
