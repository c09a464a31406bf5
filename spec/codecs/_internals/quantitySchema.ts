import { parseUnit, type Dimension } from '../../../core/index.js';
import { DIMENSIONS, DIMENSION_EXAMPLE } from '../../../core/quantity/dimension.js';
import { RATIO_DIMENSIONS, SIMPLE_UNITS } from '../../../core/quantity/units.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../../../core/request/bounds.js';
import type { JsonSchema } from '../WireCodec.js';

type Sign = 'positive' | 'nonNegative' | 'any';

/** Every unit spelling the engine accepts for `dim`, from the same unit tables `parseUnit` reads. */
function unitsOfUncached(dim: Dimension): string[] {
  const simple = Object.keys(SIMPLE_UNITS);
  const ratios = RATIO_DIMENSIONS.filter((r) => r.dim === dim).flatMap((r) =>
    simple.filter((a) => SIMPLE_UNITS[a as keyof typeof SIMPLE_UNITS].dim === r.num)
      .flatMap((a) => simple.filter((b) => SIMPLE_UNITS[b as keyof typeof SIMPLE_UNITS].dim === r.den).map((b) => `${a}/${b}`)));
  return [...simple, ...ratios].filter((text) => {
    const u = parseUnit(text);
    return 'dim' in u && u.dim === dim;
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The unit spellings of every dimension and their pattern alternatives, worked out once when the module loads (every quantity codec's schema reads them). */
const UNITS_BY_DIMENSION: ReadonlyMap<Dimension, { readonly units: readonly string[]; readonly pattern: string }> = new Map(DIMENSIONS.map((dim) => {
  const units = Object.freeze(unitsOfUncached(dim));
  return [dim, Object.freeze({ units, pattern: units.map(escape).join('|') })];
}));

/** Every unit spelling the engine accepts for `dim` (a fresh array), from the same unit tables `parseUnit` reads. */
export function unitsOf(dim: Dimension): string[] {
  return [...(UNITS_BY_DIMENSION.get(dim)?.units ?? unitsOfUncached(dim))];
}

/**
 * The JSON Schema of a quantity string of dimension `dim`: `"<decimal> <unit>"`
 * with a unit of that dimension, at most 64 characters, the digit bounds of
 * `parseQuantity`, and the sign: no minus sign for a positive quantity, only
 * a negative zero for a non-negative one. Zero itself, and the bounds in base
 * units, are the codec's to refuse (the schema is necessary, not sufficient).
 */
export function quantitySchema(dim: Dimension, sign: Sign): JsonSchema {
  const digits = `0*[0-9]{1,${MAX_INTEGER_DIGITS}}(\\.[0-9]{1,${MAX_FRACTION_DIGITS}})?`;
  const number = sign === 'positive' ? digits : sign === 'nonNegative' ? `(${digits}|-0+(\\.0+)?)` : `-?${digits}`;
  const units = UNITS_BY_DIMENSION.get(dim)?.pattern ?? unitsOf(dim).map(escape).join('|');
  return {
    type: 'string',
    maxLength: 64,
    pattern: `^${number} (${units})$`,
    description: `a ${dim} as "<decimal> <unit>", e.g. ${DIMENSION_EXAMPLE[dim]}${sign === 'positive' ? ', greater than zero' : sign === 'nonNegative' ? ', not negative' : ''}`,
  };
}
