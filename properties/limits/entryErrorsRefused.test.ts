import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity, type Override } from '../../core/index.js';
import { DRUG_NAMES } from '../../core/library/drugs.js';
import { checkDoseLimits } from '../../core/limits/checkDoseLimits.js';
import { params } from '../_fuzz.js';
import { holds } from '../_internals/holds.js';

/**
 * Each library drug's reference daily dose in mcg/day, written here from the
 * library's sources (not read back from the ceilings under test): the lowest
 * soft maximum where the drug has one, otherwise its label maximum
 * (ziconotide) or the top of its sourced usual or starting range.
 */
const REFERENCE_MCG_PER_DAY: Readonly<Record<string, string>> = {
  morphine: '15000', // PACC 2012 soft maximum 15 mg/day
  hydromorphone: '10000', // PACC 2012 soft maximum 10 mg/day
  fentanyl: '75', // PACC 2017 starting infusion, top of 25-75 mcg/day
  sufentanil: '20', // PACC 2017 starting infusion, top of 10-20 mcg/day
  ziconotide: '19.2', // Prialt US label maximum
  baclofen: '800', // Gablofen label, top of the usual spinal maintenance 300-800 mcg/day
  bupivacaine: '10000', // soft maximum 10 mg/day (the lower PACC 2012 reading)
  clonidine: '600', // PACC 2012 soft maximum 600 mcg/day
};

/** `ref × factor` in mcg, written in mg or mcg: the decimal point moved, no arithmetic that could round. */
function massText(refMcg: string, factor: 10 | 1000, unit: 'mg' | 'mcg'): string {
  const [int = '0', frac = ''] = refMcg.split('.');
  const shift = (factor === 10 ? 1 : 3) - (unit === 'mg' ? 3 : 0);
  const digits = `${int}${frac}`;
  const point = int.length + shift;
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : digits.padEnd(point, '0');
  const at = point <= 0 ? 1 : point;
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(at).replace(/0+$/, '');
  return `${whole}${rest === '' ? '' : `.${rest}`} ${unit}`;
}

const quantityOf = <D extends 'mass' | 'doseRate' | 'concentration'>(dim: D, text: string) => {
  const r = parseQuantity(dim, text, 'property');
  if (r._tag === 'Left') throw new Error(`bad quantity ${text}`);
  return r.right;
};

/** Any override a prescriber could write for the drug: either limit, any upTo the wire accepts, any reason. */
const anyOverride = (drug: string): fc.Arbitrary<Override> => fc.oneof(
  fc.record({ digits: fc.integer({ min: 1, max: 40_000_000 }), reason: fc.string({ minLength: 1, maxLength: 20 }) })
    .map(({ digits, reason }) => ({ code: 'SOFT_LIMIT_EXCEEDED', drug, limit: 'maxDaily' as const, upTo: quantityOf('doseRate', `${digits} mcg/day`), reason: `r ${reason}` })),
  fc.record({ digits: fc.integer({ min: 1, max: 1_000_000 }), reason: fc.string({ minLength: 1, maxLength: 20 }) })
    .map(({ digits, reason }) => ({ code: 'SOFT_LIMIT_EXCEEDED', drug, limit: 'maxConcentration' as const, upTo: quantityOf('concentration', `${digits} mcg/mL`), reason: `r ${reason}` })),
);

describe('entry errors are refused whatever the overrides say', () => {
  it('[REQ-LIMIT-105] [REQ-LIMIT-104] every library drug at 10× and 1000× its reference daily dose, written in mg or mcg, with any overrides and any prescriber ceiling, is refused at an absolute or label ceiling', () => {
    expect([...DRUG_NAMES].sort()).toEqual(Object.keys(REFERENCE_MCG_PER_DAY).sort());
    holds(
      fc.property(
        fc.constantFrom(...DRUG_NAMES).chain((drug) => fc.tuple(fc.constant(drug), fc.array(anyOverride(drug), { maxLength: 3 }))),
        fc.constantFrom(10 as const, 1000 as const), fc.constantFrom('mg' as const, 'mcg' as const),
        fc.option(fc.integer({ min: 1, max: 40_000 }), { nil: undefined }),
        ([drug, overrides], factor, unit, prescriberMg) => {
          const ref = REFERENCE_MCG_PER_DAY[drug] ?? '0';
          const worst = quantityOf('mass', massText(ref, factor, unit));
          const limits = prescriberMg === undefined ? {} : { [drug]: { maxDaily: quantityOf('doseRate', `${prescriberMg} mg/day`) } };
          const r = checkDoseLimits({ drugs: [{ drug, worst24h: worst }], limits, overrides });
          const ceilings = r.errors.filter((e) => (e.code === 'ABSOLUTE_CEILING_EXCEEDED' || e.code === 'HARD_LIMIT_EXCEEDED') && e.path === 'reservoir.drugs.0.drug');
          expect(ceilings.length).toBeGreaterThan(0);
        },
      ),
      params(300),
    );
  });
  it('[REQ-LIMIT-105] the reference doses are written as intended (10× 19.2 mcg = 0.192 mg; 1000× 15000 mcg = 15000 mg)', () => {
    expect(massText('19.2', 10, 'mg')).toBe('0.192 mg');
    expect(massText('19.2', 1000, 'mcg')).toBe('19200 mcg');
    expect(massText('15000', 1000, 'mg')).toBe('15000 mg');
    expect(massText('75', 10, 'mg')).toBe('0.75 mg');
    expect(massText('600', 10, 'mcg')).toBe('6000 mcg');
  });
});
