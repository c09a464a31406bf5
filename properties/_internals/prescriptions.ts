import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { parseQuantity, type CompileRequest, type Dimension, type Exact, type Quantity } from '../../core/index.js';

/** Parses a quantity the generator built (always well-formed). */
export function q<D extends Dimension>(dim: D, text: string): Quantity<D, Exact> {
  const r = parseQuantity(dim, text, 'generated');
  if (E.isLeft(r)) throw new Error(`generator produced a bad quantity ${text}: ${r.left.message}`);
  return r.right;
}

/** A positive decimal with up to `digits` fraction digits, between 10^-digits and max. */
export const positiveDecimal = (max: number, digits: number): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: max * 10 ** digits }).map((n) => {
    const s = n.toString().padStart(digits + 1, '0');
    return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  });

/** A prescription in wire-like parts (strings), so the same one can be written in other units. */
export interface RxParts {
  concMgPerMl: string;
  steps: { start: number; doseMgPerDay: string }[];
  periodic: { start: number; doseMg: string; durationMin: number }[];
  patient?: { doseMg: string; durationMin: number; lockoutMin: number; maxPerDay: number } | undefined;
  admixMcgPerMl?: string | undefined;
}

/** Clock minutes, sorted and distinct, first at 0, including the edge 23:59 sometimes. */
const startMinutes = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 1, max: 1439 }), fc.constant(1439)), { maxLength: 5 })
  .map((xs) => [0, ...xs.sort((a, b) => a - b)]);

/** Random prescriptions across the edges: steps at 23:59, boluses across midnight, odd lockouts. */
export const rxParts: fc.Arbitrary<RxParts> = fc.record({
  concMgPerMl: positiveDecimal(50, 2),
  steps: startMinutes.chain((starts) => fc.tuple(...starts.map((s) => positiveDecimal(20, 3).map((d) => ({ start: s, doseMgPerDay: d }))))),
  periodic: fc.array(fc.record({ start: fc.integer({ min: 0, max: 1439 }), doseMg: positiveDecimal(2, 3), durationMin: fc.integer({ min: 1, max: 240 }) }), { maxLength: 3 }),
  patient: fc.option(
    fc.record({ doseMg: positiveDecimal(1, 3), durationMin: fc.integer({ min: 1, max: 60 }), lockoutExtra: fc.integer({ min: 0, max: 1500 }), maxPerDay: fc.integer({ min: 1, max: 30 }) })
      .map((p) => ({ doseMg: p.doseMg, durationMin: p.durationMin, lockoutMin: p.durationMin + p.lockoutExtra, maxPerDay: p.maxPerDay })),
    { nil: undefined },
  ),
  admixMcgPerMl: fc.option(positiveDecimal(2000, 1), { nil: undefined }),
}, { requiredKeys: ['concMgPerMl', 'steps', 'periodic'] });

const clockSeconds = (m: number): bigint => BigInt(m * 60);

/** Scales a decimal string by 10^k exactly (k >= 0), for writing the same value in a smaller unit. */
export function shift(d: string, k: number): string {
  const [i = '0', f = ''] = d.split('.');
  const digits = (i + f.padEnd(k, '0')).replace(/^0+(?=\d)/, '');
  const rest = f.length > k ? f.slice(k) : '';
  return rest === '' ? digits : `${digits}.${rest}`;
}

/** A permissive programmable pump: 0.001 mL/day grid, wide range. */
export const widePump = {
  kind: 'programmable' as const,
  reservoir: q('volume', '40 mL'),
  lowReservoirAlarm: q('volume', '2 mL'),
  rateResolution: q('flow', '0.001 mL/day'),
  minRate: q('flow', '0.001 mL/day'),
  maxRate: q('flow', '1000 mL/day'),
  maxBolusRate: q('flow', '1000 mL/h'),
};

/** The decoded request for the parts, in mg/mL/mL units, or in mcg/uL (`small`), which must compile identically. */
export function toRequest(p: RxParts, small = false): CompileRequest {
  const mass = (mg: string): string => (small ? `${shift(mg, 3)} mcg` : `${mg} mg`);
  const drugs = [{ drug: 'morphine', concentration: q('concentration', small ? `${shift(p.concMgPerMl, 3)} mcg/mL` : `${p.concMgPerMl} mg/mL`) }];
  if (p.admixMcgPerMl !== undefined) drugs.push({ drug: 'clonidine', concentration: q('concentration', `${p.admixMcgPerMl} mcg/mL`) });
  const steps = p.steps.map((s) => ({ start: clockSeconds(s.start), dose: q('doseRate', small ? `${shift(s.doseMgPerDay, 3)} mcg/day` : `${s.doseMgPerDay} mg/day`) }));
  const pb = p.patient;
  return {
    pump: widePump,
    reservoir: { fill: q('volume', small ? '40000 uL' : '40 mL'), filledAt: 0n, drugs },
    therapy: {
      drug: 'morphine',
      basal: steps.length === 1 && steps[0] !== undefined ? { mode: 'continuous', dose: steps[0].dose } : { mode: 'flex', steps },
      periodicBoluses: p.periodic.map((b) => ({ start: clockSeconds(b.start), dose: q('mass', mass(b.doseMg)), duration: q('time', small ? `${b.durationMin * 60} s` : `${b.durationMin} min`) })),
      ...(pb === undefined ? {} : { patientBolus: { dose: q('mass', mass(pb.doseMg)), duration: q('time', `${pb.durationMin} min`), lockout: q('time', `${pb.lockoutMin} min`), maxPerDay: BigInt(pb.maxPerDay) } }),
    },
    limits: {},
    overrides: [],
  };
}
