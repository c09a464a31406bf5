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

/** `n` thousandths (n ≥ 0) as a decimal string with three fraction digits. */
const milli = (n: number): string => {
  const s = n.toString().padStart(4, '0');
  return `${s.slice(0, -3)}.${s.slice(-3)}`;
};

/**
 * Prescriptions the engine accepts on {@link widePump} (REQ-FUZZ-005), for the
 * compile laws: each drawn to fit the library's limits and the pump by
 * construction, not filtered afterwards, so nearly every case reaches the law.
 * Morphine at most 20 mg/mL (its soft maximum concentration); a worst 24 h of
 * at most 13 mg/day, below its 15 mg/day soft maximum: the largest basal step
 * at most 7 mg/day, three periodic boluses of at most 1 mg each, at most 30
 * patient boluses of at most 0.1 mg; every basal dose at least 0.02 mg/day,
 * so that its rate at 20 mg/mL is still the pump's 0.001 mL/day minimum.
 * Admixed clonidine is derived from the morphine: `r` mcg for each mg of
 * morphine (r from 1 to 50), so at most 1000 mcg/mL (its soft maximum
 * concentration) and at most 650 mcg in any 24 h. Whatever limit may still
 * refuse a draw, `test/properties/_internals/acceptedRxParts.test.ts` holds
 * the share that compiles above its floor. Refusals are drawn on purpose by
 * {@link rxParts}, for their own properties.
 */
export const acceptedRxParts: fc.Arbitrary<RxParts> = fc.record({
  concHundredths: fc.integer({ min: 5, max: 2000 }),
  steps: startMinutes.chain((starts) => fc.tuple(...starts.map((s) => fc.integer({ min: 20, max: 7000 }).map((d) => ({ start: s, doseMgPerDay: milli(d) }))))),
  periodic: fc.array(fc.record({ start: fc.integer({ min: 0, max: 1439 }), doseMg: fc.integer({ min: 1, max: 1000 }).map(milli), durationMin: fc.integer({ min: 1, max: 240 }) }), { maxLength: 3 }),
  patient: fc.option(
    fc.record({ doseMg: fc.integer({ min: 1, max: 100 }).map(milli), durationMin: fc.integer({ min: 1, max: 60 }), lockoutExtra: fc.integer({ min: 0, max: 1500 }), maxPerDay: fc.integer({ min: 1, max: 30 }) })
      .map((p) => ({ doseMg: p.doseMg, durationMin: p.durationMin, lockoutMin: p.durationMin + p.lockoutExtra, maxPerDay: p.maxPerDay })),
    { nil: undefined },
  ),
  admixPerMg: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
}, { requiredKeys: ['concHundredths', 'steps', 'periodic'] }).map(({ concHundredths, admixPerMg, ...rest }) => ({
  ...rest,
  concMgPerMl: hundredths(concHundredths),
  admixMcgPerMl: admixPerMg === undefined ? undefined : hundredths(concHundredths * admixPerMg),
}));

/** `n` hundredths (n ≥ 0) as a decimal string with two fraction digits. */
function hundredths(n: number): string {
  const s = n.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
