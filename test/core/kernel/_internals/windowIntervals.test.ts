import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../../core/arith/decimalArithmetic.js';
import { buildVolumeCurve } from '../../../../core/kernel/_internals/volumeCurve.js';
import { windowIntervals } from '../../../../core/kernel/_internals/windowIntervals.js';
import type { Linear, ScanInterval } from '../../../../core/kernel/_internals/windowScan.js';

type N = ReturnType<typeof A.fromInteger>;
const n = (x: number) => A.fromInteger(BigInt(x));
const D = 86_400;
const lin = (l: Linear<N>) => [A.toDecimalString(l.at0), A.toDecimalString(l.at1)];
const show = (ivs: readonly ScanInterval<N>[]) => ivs.map((iv) => ({ lo: lin(iv.lo), hi: lin(iv.hi), most: lin(iv.most), least: lin(iv.least) }));

// the delivery: 1 a second (scale 1) over two days, so every 24 h window moves the queue by D
const curve = buildVolumeCurve(A, [{ kind: 'rate', start: n(0), end: n(2 * D), flow: n(1) }], n(0), n(2 * D), A.one);

describe('windowIntervals', () => {
  it('[REQ-BRIDGE-003] windows starting at or after `patientFrom` count the patient allowance in `most`, earlier ones do not', () => {
    // cuts: 0, 10 (patientFrom) and D (until, and the delivery's end 2 D − 24 h); no patient curve, so hi is lo;
    // lo is the delivery before the window (t), least the window's D, most D + 5 from 10 on
    const ivs = windowIntervals(A, curve, undefined, n(5), n(10), n(D));
    expect(show(ivs)).toEqual([
      { lo: ['0', '10'], hi: ['0', '10'], most: [`${D}`, `${D}`], least: [`${D}`, `${D}`] },
      { lo: ['10', `${D}`], hi: ['10', `${D}`], most: [`${D + 5}`, `${D + 5}`], least: [`${D}`, `${D}`] },
    ]);
  });
  it('[REQ-BRIDGE-003] with a patient curve the queue position before the window reaches `hi`: every earlier patient bolus taken', () => {
    // a patient bolus of 10 over [0, 1) (scale 1, as the delivery's): patient curve corners at 0, 1 and D
    const patient = buildVolumeCurve(A, [{ kind: 'bolus', start: n(0), duration: n(1), volume: n(10) }], n(0), n(D), A.one);
    const ivs = windowIntervals(A, curve, patient, n(0), n(0), n(D));
    // hi is the delivery so far plus the patient volume so far: 0 + 0 at 0, 1 + 10 at 1, D + 10 at D
    expect(show(ivs)).toEqual([
      { lo: ['0', '1'], hi: ['0', '11'], most: [`${D}`, `${D}`], least: [`${D}`, `${D}`] },
      { lo: ['1', `${D}`], hi: ['11', `${D + 10}`], most: [`${D}`, `${D}`], least: [`${D}`, `${D}`] },
    ]);
  });
  it('[REQ-BRIDGE-003] a range of one window start (`until` 0) is one interval [0, 0], never none', () => {
    const ivs = windowIntervals(A, curve, undefined, n(5), n(0), n(0));
    expect(show(ivs)).toEqual([{ lo: ['0', '0'], hi: ['0', '0'], most: [`${D + 5}`, `${D + 5}`], least: [`${D}`, `${D}`] }]);
  });
});
