import { decimalArithmetic as A, type Exact } from '../../../core/arith/decimalArithmetic.js';
import type { DailyProgram } from '../../../core/kernel/DailyProgram.js';

/** Base units of the kernel, from wire units (tests only). */
export const ML = 86_400_000n;
export const MG = 86_400_000_000n;
export const MCG = 86_400_000n;
export const n = (x: bigint | number): Exact => A.fromInteger(BigInt(x));
export const d = (x: string): Exact => A.fromDecimalString(x);
/** A volume in mL. */
export const mL = (x: string): Exact => A.mul(d(x), n(ML));
/** A flow in mL/day (base flow is uL/day). */
export const mLPerDay = (x: string): Exact => A.mul(d(x), n(1000n));
/** A concentration in mg/mL (base is ng/uL). */
export const mgPerMl = (x: string): Exact => A.mul(d(x), n(1000n));
/** A concentration in mcg/mL. */
export const mcgPerMl = (x: string): Exact => d(x);
/** A mass in base units, printed in mg / mcg. */
export const inMg = (x: Exact): string => A.toDecimalString(x.dividedBy(MG.toString()));
export const inMcg = (x: Exact): string => A.toDecimalString(x.dividedBy(MCG.toString()));
/** A volume in base units, printed in mL. */
export const inMl = (x: Exact): string => A.toDecimalString(x.dividedBy(ML.toString()));
/** Clock "HH:MM" in seconds. */
export const at = (hhmm: string): Exact => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return n(BigInt(h) * 3600n + BigInt(m) * 60n);
};
/** A continuous program. */
export const continuous = (flowMlPerDay: string): DailyProgram<Exact> => ({ steps: [{ start: A.zero, flow: mLPerDay(flowMlPerDay) }], periodicBoluses: [] });
