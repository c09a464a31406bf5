import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A, parseQuantity, type Dimension, type EngineError, type Exact, type Quantity } from '../../core/index.js';
import { engineError } from '../../core/errors/EngineError.js';
import { DIMENSIONS, DIMENSION_EXAMPLE } from '../../core/quantity/dimension.js';
import { isUnitProblem, parseUnit } from '../../core/quantity/parseUnit.js';
import { guardParseArguments } from '../../core/request/guardValues.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../../core/request/bounds.js';
import { fuzzProfile } from '../_internals/fuzzProfile.js';
import { holds } from '../_internals/holds.js';

// REQ-PERF-102: parseQuantity reads units from a table parsed once and makes the base value from one exact
// integer. Its answer (value, or coded error with path and message) equals that of the parser it replaced,
// kept here as it was as the reference, on random well-formed and malformed quantities, dimensions and paths.

const QUANTITY = /^(-?)([0-9]+)(?:\.([0-9]+))? ([^ ]+)$/;

function referenceParse<D extends Dimension>(dimGiven: D, input: unknown, pathGiven: string): E.Either<EngineError, Quantity<D, Exact>> {
  const args = guardParseArguments(dimGiven, pathGiven);
  if (E.isLeft(args)) return E.left(args.left[0] ?? engineError('REQUEST_NOT_WELL_FORMED', '', 'parseQuantity: not well formed'));
  const dim = args.right.dim as D;
  const path = args.right.path;
  if (typeof input === 'number') return E.left(engineError('NUMBER_FOR_QUANTITY', path, `a JSON number is not accepted for a quantity; write ${DIMENSION_EXAMPLE[dim]} as a string`));
  if (typeof input !== 'string') return E.left(engineError('WRONG_TYPE', path, `expected ${DIMENSION_EXAMPLE[dim]} as a string`));
  if (input.length > 64) return E.left(engineError('QUANTITY_OUT_OF_RANGE', path, 'a quantity string is at most 64 characters'));
  const m = QUANTITY.exec(input);
  if (m === null) {
    return E.left(engineError('INVALID_QUANTITY', path, `"${input}" is not "<decimal> <unit>" (plain decimal with a leading zero, no exponent, no "+", one space, e.g. ${DIMENSION_EXAMPLE[dim]})`));
  }
  const [, sign = '', intPart = '', fracPart = '', unitText = ''] = m;
  if (intPart.replace(/^0+(?=[0-9])/, '').length > MAX_INTEGER_DIGITS || fracPart.length > MAX_FRACTION_DIGITS) {
    return E.left(engineError('QUANTITY_OUT_OF_RANGE', path, `"${input}" has more than ${MAX_INTEGER_DIGITS} digits before or ${MAX_FRACTION_DIGITS} after the decimal point`));
  }
  const unit = parseUnit(unitText);
  if (isUnitProblem(unit)) return E.left(engineError(unit.code, path, unit.message));
  if (unit.dim !== dim) return E.left(engineError('WRONG_DIMENSION', path, `"${input}" is a ${unit.dim}, but this field needs ${DIMENSION_EXAMPLE[dim]}`));
  const value = A.fromDecimalString(`${sign}${intPart}${fracPart === '' ? '' : `.${fracPart}`}`);
  const base = value.times(unit.num.toString()).dividedBy(unit.den.toString());
  return E.right({ dim, base: base.isZero() ? A.zero : base });
}

/** A comparable view: the error as is, or the dimension and the decimal's exact text and internal fields. */
function view(r: E.Either<EngineError, Quantity<Dimension, Exact>>): unknown {
  if (E.isLeft(r)) return { left: { ...r.left } };
  const b = r.right.base as unknown as { d: number[]; e: number; s: number };
  return { dim: r.right.dim, text: A.toDecimalString(r.right.base), d: [...b.d], e: b.e, s: b.s };
}

const UNITS = ['g', 'mg', 'mcg', 'ng', 'mL', 'uL', 's', 'min', 'h', 'day', 'cm', '%'];
const unit = fc.oneof(
  fc.constantFrom(...UNITS),
  fc.tuple(fc.constantFrom(...UNITS), fc.constantFrom(...UNITS)).map(([a, b]) => `${a}/${b}`),
  fc.constantFrom('ug', 'µg', 'cc', 'U', 'IU', 'mg/kg', 'mg/day/h', '', 'MG', 'toString', '__proto__/day'),
  fc.string({ maxLength: 8 }),
);
const digits = (max: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{1,${max}}$`));
const wellFormed = fc.tuple(fc.constantFrom('', '-'), digits(14), fc.option(digits(14), { nil: undefined }), unit)
  .map(([s, i, f, u]) => `${s}${i}${f === undefined ? '' : `.${f}`} ${u}`);
const input = fc.oneof(
  wellFormed,
  wellFormed.map((t) => t.replace(' ', '  ')),
  fc.string({ maxLength: 70 }),
  fc.constantFrom<unknown>(3, null, undefined, {}, ['3 mg'], '1e3 mg', '.5 mg', '+1 mg', '0.0 mg', '-0 mg', '000000000000000001 mg'),
);
const dim = fc.oneof(fc.constantFrom(...DIMENSIONS), fc.constantFrom<unknown>('toString', 'Mass', 3, undefined)) as fc.Arbitrary<Dimension>;
const path = fc.oneof(fc.constantFrom('therapy.dose', '', 'x'.repeat(256)), fc.string({ maxLength: 8 }), fc.constantFrom<unknown>('y'.repeat(257), 5, null)) as fc.Arbitrary<string>;

/** Well-formed quantities in a unit of the dimension asked for: most of them parse. */
const matching: fc.Arbitrary<[Dimension, string]> = fc.tuple(fc.constantFrom('', '-'), digits(12), fc.option(digits(12), { nil: undefined }), fc.constantFrom(...UNITS), fc.option(fc.constantFrom(...UNITS), { nil: undefined }))
  .map(([s, i, f, a, b]) => {
    const u = b === undefined ? a : `${a}/${b}`;
    const parsed = parseUnit(u);
    return [isUnitProblem(parsed) ? 'mass' : parsed.dim, `${s}${i}${f === undefined ? '' : `.${f}`} ${u}`];
  });

describe('parseQuantity with the unit table and one exact integer', () => {
  it('[REQ-PERF-102] answers every quantity, dimension and path exactly as the parser it replaced (value and internal fields, or code, path and message)', () => {
    holds(
      fc.property(dim, input, path, (d, i, p) => {
        expect(view(parseQuantity(d, i, p))).toEqual(view(referenceParse(d, i, p)));
      }),
      fuzzProfile(3000),
    );
  });

  it('[REQ-PERF-102] parses every well-formed quantity in a unit of its dimension to the same decimal as the parser it replaced', () => {
    let parsed = 0;
    holds(
      fc.property(matching, path, ([d, i], p) => {
        const got = parseQuantity(d, i, p);
        if (E.isRight(got)) parsed += 1;
        expect(view(got)).toEqual(view(referenceParse(d, i, p)));
      }),
      fuzzProfile(3000),
    );
    expect(parsed).toBeGreaterThan(0);
  });
});
