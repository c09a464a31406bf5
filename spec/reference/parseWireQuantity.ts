import { Rational } from './Rational.js';

/**
 * The kinds of quantity the reference model reads, each in one simple unit:
 * volume in mL, mass in mg, time in s, flow in mL/s, dose rate in mg/s,
 * concentration in mg/mL.
 */
export type ReferenceDimension = 'volume' | 'mass' | 'time' | 'flow' | 'doseRate' | 'concentration';

/** Each simple unit: its kind and its size in the reference's unit of that kind. */
const SIMPLE: Readonly<Record<string, { readonly kind: 'volume' | 'mass' | 'time'; readonly size: Rational }>> = {
  mL: { kind: 'volume', size: Rational.ONE },
  uL: { kind: 'volume', size: Rational.of(1n, 1000n) },
  g: { kind: 'mass', size: Rational.of(1000n) },
  mg: { kind: 'mass', size: Rational.ONE },
  mcg: { kind: 'mass', size: Rational.of(1n, 1000n) },
  ng: { kind: 'mass', size: Rational.of(1n, 1_000_000n) },
  s: { kind: 'time', size: Rational.ONE },
  min: { kind: 'time', size: Rational.of(60n) },
  h: { kind: 'time', size: Rational.of(3600n) },
  day: { kind: 'time', size: Rational.of(86_400n) },
};

/** Which pair of simple kinds makes which ratio. */
const RATIOS: Readonly<Record<string, ReferenceDimension>> = {
  'volume/time': 'flow',
  'mass/time': 'doseRate',
  'mass/volume': 'concentration',
};

/**
 * Reads a quantity in wire form (`"0.3 mL/day"`, `"0.01 mL"`, `"10 min"`,
 * `"10 mg/mL"`) into an exact rational in the reference's simple unit for
 * its dimension. Throws on anything it does not understand or of another
 * dimension: the reference model runs only in tests, where a throw is a
 * failing test.
 *
 * @example
 * import { parseWireQuantity } from './parseWireQuantity.js';
 * parseWireQuantity('0.3 mL/day', 'flow').toString(); // "1/288000"  (mL per second)
 * parseWireQuantity('10 min', 'time').toString(); // "600"
 * parseWireQuantity('10 mg/mL', 'concentration').toString(); // "10"
 *
 * Implements REQ-REF-002 (reference quantity reader, independent of the engine).
 * @since 0.1.0
 */
export function parseWireQuantity(text: string, dim: ReferenceDimension): Rational {
  const m = /^(-?[0-9]+(?:\.[0-9]+)?) ([^ ]+)$/.exec(text);
  if (m === null) throw new SyntaxError(`reference: "${text}" is not "<decimal> <unit>"`);
  const [, value = '', unit = ''] = m;
  const parts = unit.split('/');
  let kind: ReferenceDimension;
  let size: Rational;
  if (parts.length === 1) {
    const u = SIMPLE[unit];
    if (u === undefined) throw new SyntaxError(`reference: unknown unit "${unit}"`);
    kind = u.kind;
    size = u.size;
  } else {
    const top = SIMPLE[parts[0] ?? ''];
    const bottom = SIMPLE[parts[1] ?? ''];
    const ratio = top !== undefined && bottom !== undefined && parts.length === 2 ? RATIOS[`${top.kind}/${bottom.kind}`] : undefined;
    if (top === undefined || bottom === undefined || ratio === undefined) throw new SyntaxError(`reference: unknown unit "${unit}"`);
    kind = ratio;
    size = top.size.div(bottom.size);
  }
  if (kind !== dim) throw new TypeError(`reference: "${text}" is a ${kind}, expected a ${dim}`);
  return Rational.fromDecimal(value).mul(size);
}
