/**
 * The physical dimensions a quantity on the wire can have.
 *
 * Named dimensions rather than exponent vectors: the wire format admits only
 * these, and a named type lets the compiler reject a volume where a dose rate
 * belongs (`Quantity<'flow'>` is not a `Quantity<'doseRate'>`).
 *
 * Implements REQ-UNIT-003 (dimension checked at compile time and run time).
 * @since 0.1.0
 */
export type Dimension =
  | 'mass'
  | 'volume'
  | 'time'
  | 'length'
  | 'percent'
  | 'doseRate'
  | 'flow'
  | 'concentration'
  | 'volumePerLength';

/** Every dimension, in a fixed order (for listings and exhaustive tests). */
export const DIMENSIONS: readonly Dimension[] = [
  'mass',
  'volume',
  'time',
  'length',
  'percent',
  'doseRate',
  'flow',
  'concentration',
  'volumePerLength',
];

/** A word a person reads in an error message ("a dose rate such as 3 mg/day"). */
export const DIMENSION_EXAMPLE: Readonly<Record<Dimension, string>> = {
  mass: 'a mass such as "0.1 mg"',
  volume: 'a volume such as "0.5 mL"',
  time: 'a duration such as "10 min"',
  length: 'a length such as "90 cm"',
  percent: 'a percentage such as "15 %"',
  doseRate: 'a dose rate such as "3 mg/day"',
  flow: 'a flow such as "0.3 mL/day"',
  concentration: 'a concentration such as "10 mg/mL"',
  volumePerLength: 'a volume per length such as "0.0026 mL/cm"',
};
