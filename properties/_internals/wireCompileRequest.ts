import fc from 'fast-check';
import { clockText } from './wireDailyProgram.js';
import { MAX_COUNT } from '../../core/request/bounds.js';

/** `n / 10^digits` as a plain decimal (`n` ≥ 0). */
function decimalText(n: number, digits: number): string {
  const s = n.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** A wire `compile` request (JSON as a client sends it). */
export type WireCompileRequest = Record<string, unknown>;

/** Each prescribable drug: concentration and dose ranges in the units a prescriber writes (rates per day). */
const DRUGS = [
  { drug: 'morphine', mass: 'mg', conc: fc.constantFrom('1 mg/mL', '2 mg/mL', '5 mg/mL', '10 mg/mL', '20 mg/mL', '25 mg/mL', '12.5 mg/mL'), dose: [100, 12_000, 3] },
  { drug: 'hydromorphone', mass: 'mg', conc: fc.constantFrom('1 mg/mL', '2 mg/mL', '5 mg/mL', '10 mg/mL'), dose: [50, 9_000, 3] },
  { drug: 'ziconotide', mass: 'mcg', conc: fc.constantFrom('25 mcg/mL', '100 mcg/mL'), dose: [5, 195, 1] },
] as const;

/** A dose rate of `unit`/day between lo and hi (integers scaled by 10^digits). */
const doseRate = (unit: string, lo: number, hi: number, digits: number): fc.Arbitrary<{ text: string; value: number }> =>
  fc.integer({ min: lo, max: hi }).map((k) => ({ text: `${decimalText(k, digits)} ${unit}/day`, value: k / 10 ** digits }));

/**
 * Random `compile` requests in wire form that a programmable pump can often
 * accept: morphine, hydromorphone or ziconotide, sometimes with clonidine
 * admixed; continuous or flex basal (steps at any minute, 23:59 included),
 * periodic boluses (across midnight too), a patient bolus on a 5-minute grid
 * (so the reference search stays small), a prescriber ceiling near the
 * prescribed daily dose (so some requests are accepted only just, some
 * refused), soft-limit overrides sometimes, and the fill at any minute.
 *
 * @example
 * import fc from 'fast-check';
 * import { wireCompileRequest } from './wireCompileRequest.js';
 * const [r] = fc.sample(wireCompileRequest, { seed: 1, numRuns: 1 });
 *
 * Implements REQ-FUZZ-003.
 * @since 0.1.0
 */
export const wireCompileRequest: fc.Arbitrary<WireCompileRequest> = fc
  .constantFrom(...DRUGS)
  .chain((d) =>
    fc.record({
      conc: d.conc,
      starts: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 1439 }), fc.constant(1439)), { maxLength: 4 }).map((xs) => [0, ...xs.sort((a, b) => a - b)]),
      doses: fc.array(doseRate(d.mass, d.dose[0], d.dose[1], d.dose[2]), { minLength: 5, maxLength: 5 }),
      periodic: fc.array(
        fc.record({
          start: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1380, max: 1439 })),
          frac: fc.integer({ min: 1, max: 30 }),
          minutes: fc.integer({ min: 1, max: 600 }),
        }),
        { maxLength: 2 },
      ),
      patient: fc.option(
        fc.record({
          frac: fc.integer({ min: 1, max: 20 }),
          d: fc.integer({ min: 1, max: 12 }),
          extra: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })),
          // the decoder accepts 0 to 48 (MAX_COUNT; 0 is refused as MAX_PER_DAY_ZERO): draw within it, so no case is lost to the bound
          maxPerDay: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: MAX_COUNT })),
        }),
        { nil: undefined },
      ),
      ceilingPercent: fc.option(fc.integer({ min: 90, max: 250 }), { nil: undefined, freq: 4 }),
      clonidine: fc.option(fc.constantFrom('25 mcg/mL', '100 mcg/mL', '500 mcg/mL'), { nil: undefined }),
      override: fc.boolean(),
      fill: fc.integer({ min: 0, max: 1439 }),
    }).map((x) => {
      const doses = x.doses.slice(0, x.starts.length);
      const mean = doses.reduce((s, v) => s + v.value, 0) / doses.length;
      const therapy: Record<string, unknown> = doses.length === 1
        ? { mode: 'continuous', drug: d.drug, dose: doses[0]?.text }
        : { mode: 'flex', drug: d.drug, steps: doses.map((v, i) => ({ start: clockText(x.starts[i] ?? 0), dose: v.text })) };
      // periodic and patient boluses: a fraction (1/100 … 30/100) of the mean daily dose, in thousandths of the mass unit
      const bolusDose = (frac: number): string => `${decimalText(Math.max(1, Math.round(mean * frac * 10)), 3)} ${d.mass}`;
      if (x.periodic.length > 0) {
        therapy['periodicBoluses'] = x.periodic.map((b) => ({ start: clockText(b.start), dose: bolusDose(b.frac), duration: `${b.minutes} min` }));
      }
      const p = x.patient;
      if (p !== undefined) {
        therapy['patientBolus'] = { dose: bolusDose(p.frac), duration: `${5 * p.d} min`, lockout: `${5 * (p.d + p.extra)} min`, maxPerDay: p.maxPerDay };
      }
      const drugs = [{ drug: d.drug, concentration: x.conc }, ...(x.clonidine === undefined ? [] : [{ drug: 'clonidine', concentration: x.clonidine }])];
      const request: WireCompileRequest = {
        pump: {
          kind: 'programmable', reservoir: '40 mL', lowReservoirAlarm: '2 mL', rateResolution: '0.001 mL/day',
          minRate: '0.001 mL/day', maxRate: '24 mL/day', maxBolusRate: '60 mL/h', internalVolume: '0.2 mL',
        },
        reservoir: { fill: '40 mL', filledAt: clockText(x.fill), drugs },
        therapy,
      };
      if (x.ceilingPercent !== undefined) {
        const ceiling = Math.max(1, Math.round(mean * x.ceilingPercent * 10 ** d.dose[2] / 100));
        request['limits'] = { [d.drug]: { maxDaily: `${decimalText(ceiling, d.dose[2])} ${d.mass}/day` } };
      }
      if (x.override) {
        // every soft limit passed up to the engine's input bounds, so that only the hard, absolute and prescriber ceilings decide
        request['overrides'] = drugs.flatMap((g) => [
          { code: 'SOFT_LIMIT_EXCEEDED', drug: g.drug, limit: 'maxDaily', upTo: '40000 mg/day', reason: 'property test: exercise the hard and prescriber ceilings' },
          { code: 'SOFT_LIMIT_EXCEEDED', drug: g.drug, limit: 'maxConcentration', upTo: '1000 mg/mL', reason: 'property test: exercise the hard and prescriber ceilings' },
        ]);
      }
      return request;
    }),
  );
