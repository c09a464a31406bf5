import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCommand } from '../../../spec/wire/commands/compile.js';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { dailyVolume } from '../../../core/kernel/dailyVolume.js';
import { ceilingRounding, midnightOnlyDailyVolume } from '../../../spec/proofs/wrongKernels.js';
import { shippedRounding } from '../../../spec/proofs/theorems/roundingToGrid.js';

// The counterexamples npm run prove found against two deliberately wrong
// kernels, as the requests it made of them, pinned: itdose compile (the
// shipped kernel) refuses each with a limit breach.

interface Pinned {
  readonly name: string;
  readonly theorem: string;
  readonly request: unknown;
  readonly expect: { readonly exit: number; readonly code: string; readonly path: string };
}
const PINNED = JSON.parse(readFileSync(new URL('./counterexamples.json', import.meta.url), 'utf8')) as Pinned[];

describe('counterexamples of the wrong kernels, pinned as regression examples', () => {
  it.each(PINNED.map((p) => [p.name, p] as const))('[REQ-PROOF-002] [REQ-ROUND-002] [REQ-DOSE-002] %s: compile refuses it with a limit breach', (_name, p) => {
    const r = compileCommand.run(p.request);
    expect(r.exitCode).toBe(p.expect.exit);
    expect(r.body.ok).toBe(false);
    expect(r.body['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ code: p.expect.code, path: p.expect.path })]));
  });

  it('[REQ-PROOF-002] the ceiling kernel programs more than the 1.019 mg/day asked at 15 mg/mL, the shipped one less', () => {
    const dose = A.fromDecimalString('1.019');
    const conc = A.fromInteger(15n);
    const grid = A.fromDecimalString('0.001');
    expect(A.toDecimalString(A.mul(ceilingRounding.quotient(A, dose, conc, grid).value, conc))).toBe('1.02');
    expect(A.toDecimalString(A.mul(shippedRounding.quotient(A, dose, conc, grid).value, conc))).toBe('1.005');
  });

  it('[REQ-PROOF-002] the midnight-only kernel loses the tail of a bolus that runs past midnight; dailyVolume counts it whole', () => {
    // 100 uL/day, a 10 uL bolus over 10 min from 23:51 (base units: 1/86400 uL, seconds)
    const program = { steps: [{ start: A.zero, flow: A.fromInteger(100n) }], periodicBoluses: [{ start: A.fromInteger(85_860n), volume: A.fromInteger(864_000n), duration: A.fromInteger(600n) }] };
    expect(A.toDecimalString(dailyVolume(A, program))).toBe('9504000');
    expect(A.toDecimalString(midnightOnlyDailyVolume(A, program))).toBe('9417600');
  });
});
