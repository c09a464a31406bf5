import { floorQuotient, gcd } from '../../arith/_internals/bigintIntegers.js';

/** The finest decimal place tried before a value is declared non-terminating. */
export const MAX_PRINT_DIGITS = 24;
/** Non-terminating values are printed at 1e-9 of their unit (the contract asks for 1e-6 or finer). */
export const ROUNDED_PRINT_DIGITS = 9;

/** A decimal printed from exact integers, and whether it is the exact value. */
export interface ScaledPrint {
  readonly digits: string;
  readonly exact: boolean;
}

/**
 * The integer `q` divided by 10^places, printed plainly without trailing zeros ("0" for zero, never "-0").
 *
 * @example
 * import { plainDecimal } from './printScaled.js';
 * plainDecimal(-1250n, 3); // "-1.25"
 *
 * Implements REQ-UNIT-006, REQ-PERF-101.
 * @since 0.1.0
 */
export function plainDecimal(q: bigint, places: number): string {
  if (q === 0n) return '0';
  const negative = q < 0n;
  const abs = (negative ? -q : q).toString();
  const padded = abs.length <= places ? abs.padStart(places + 1, '0') : abs;
  const whole = padded.slice(0, padded.length - places);
  const fraction = padded.slice(padded.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * The decimal `p / q` (integers, `q` positive) printed exactly when it
 * terminates within {@link MAX_PRINT_DIGITS} places, else at
 * {@link ROUNDED_PRINT_DIGITS} places rounded up or down (toward plus or minus
 * infinity). On BigInt only: `p / q` is reduced, and it terminates within `m`
 * places exactly when the reduced denominator is `2^a 5^b` with `max(a, b) <= m`,
 * which is then the fewest places that print it.
 *
 * @example
 * import { printRatio } from './printScaled.js';
 * printRatio(3n, 8n, 'down'); // { digits: '0.375', exact: true }
 * printRatio(1n, 3n, 'up'); // { digits: '0.333333334', exact: false }
 *
 * Implements REQ-UNIT-006, REQ-PERF-101.
 * @since 0.1.0
 */
export function printRatio(p: bigint, q: bigint, direction: 'up' | 'down'): ScaledPrint {
  const g = gcd(p, q);
  const num = g === 0n ? p : p / g;
  let den = g === 0n ? q : q / g;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos += 1;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives += 1;
  }
  const places = Math.max(twos, fives);
  if (den === 1n && places <= MAX_PRINT_DIGITS) {
    // num / (2^twos 5^fives) × 10^places is an integer
    const scaled = num * 2n ** BigInt(places - twos) * 5n ** BigInt(places - fives);
    return { digits: plainDecimal(scaled, places), exact: true };
  }
  const scaled = p * 10n ** BigInt(ROUNDED_PRINT_DIGITS);
  const rounded = direction === 'up' ? -floorQuotient(-scaled, q) : floorQuotient(scaled, q);
  return { digits: plainDecimal(rounded, ROUNDED_PRINT_DIGITS), exact: false };
}
