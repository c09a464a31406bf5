import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { startPump, type PumpStart } from '../../../../core/kernel/reservoir/startPump.js';
import type { Exact } from '../../../../core/arith/decimalArithmetic.js';
import { continuous, inMl, mL, mgPerMl } from '../_base.js';

const start = (fill: string, dead: string): PumpStart<Exact> => ({
  program: continuous('0.3'), clock: A.zero, fill: mL(fill), concentrations: [mgPerMl('10')], alarmVolume: mL('2'),
  deadVolume: mL(dead), deadVolumeConcentrations: [mgPerMl('20')],
});

describe('startPump', () => {
  it('[REQ-RES-005] a filled pump above the alarm volume carries neither the alarm nor the empty mark', () => {
    const s = startPump(A, start('20', '0.25'));
    expect(Object.keys(s)).not.toContain('alarmAt');
    expect(Object.keys(s)).not.toContain('dryAt');
    // at or below the alarm volume but not empty: alarmed, not empty
    const low = startPump(A, start('1', '0.25'));
    expect(low.alarmAt).toEqual({ num: A.zero, den: A.one });
    expect(Object.keys(low)).not.toContain('dryAt');
  });

  it('[REQ-BRIDGE-001] the dead volume holds one slice of its own fluid, and none when there is no dead volume', () => {
    const s = startPump(A, start('20', '0.25'));
    expect(s.deadVolume.map((x) => [inMl(x.volume.num.dividedBy(x.volume.den)), x.concentrations.map((c) => A.toDecimalString(c))])).toEqual([['0.25', ['20000']]]);
    expect(startPump(A, start('20', '0')).deadVolume).toEqual([]);
  });
});
