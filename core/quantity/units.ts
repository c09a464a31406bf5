import type { Dimension } from './dimension.js';

/**
 * The unit table of wire format v1 and the exact factor from each unit to the
 * engine's base units.
 *
 * Base units are chosen so that every conversion *into* them is a
 * multiplication by an integer or a power of ten, never a division:
 *
 * | dimension | base unit | why |
 * |---|---|---|
 * | time | 1 s | |
 * | volume | 1/86400 uL | a flow in uL/day times a time in s is then exactly a volume |
 * | mass | 1/86400 ng | a dose rate in ng/day times a time in s is then exactly a mass |
 * | length | 1 cm | |
 * | percent | 1 % | |
 *
 * So flow in base units is numerically uL/day, dose rate numerically ng/day,
 * and concentration numerically ng/uL (= mcg/mL).
 *
 * Implements REQ-UNIT-001 (accepted units), REQ-UNIT-002 (exact conversion).
 * @since 0.1.0
 */
export type SimpleUnit = 'g' | 'mg' | 'mcg' | 'ng' | 'mL' | 'uL' | 's' | 'min' | 'h' | 'day' | 'cm' | '%';

/** The dimension of each simple unit and its factor to base units, as an exact integer. */
export const SIMPLE_UNITS: Readonly<Record<SimpleUnit, { readonly dim: 'mass' | 'volume' | 'time' | 'length' | 'percent'; readonly factor: bigint }>> = {
  g: { dim: 'mass', factor: 86_400n * 1_000_000_000n },
  mg: { dim: 'mass', factor: 86_400n * 1_000_000n },
  mcg: { dim: 'mass', factor: 86_400n * 1_000n },
  ng: { dim: 'mass', factor: 86_400n },
  mL: { dim: 'volume', factor: 86_400n * 1_000n },
  uL: { dim: 'volume', factor: 86_400n },
  s: { dim: 'time', factor: 1n },
  min: { dim: 'time', factor: 60n },
  h: { dim: 'time', factor: 3_600n },
  day: { dim: 'time', factor: 86_400n },
  cm: { dim: 'length', factor: 1n },
  '%': { dim: 'percent', factor: 1n },
};

/** Which ratio of simple dimensions makes which compound dimension. */
export const RATIO_DIMENSIONS: readonly { readonly num: Dimension; readonly den: Dimension; readonly dim: Dimension }[] = [
  { num: 'mass', den: 'time', dim: 'doseRate' },
  { num: 'volume', den: 'time', dim: 'flow' },
  { num: 'mass', den: 'volume', dim: 'concentration' },
  { num: 'volume', den: 'length', dim: 'volumePerLength' },
];

/**
 * Spellings that are refused with the accepted spelling named (ISMP error-prone
 * abbreviations; `U` is a unit the engine does not know).
 */
export const REFUSED_UNIT_SPELLINGS: Readonly<Record<string, string>> = {
  'µg': 'use "mcg" ("µg" is misread as "mg")',
  'μg': 'use "mcg" ("µg" is misread as "mg")',
  ug: 'use "mcg" ("ug" is misread as "mg")',
  cc: 'use "mL" ("cc" is misread as "u" or "0")',
  U: 'units ("U") are not a unit this engine accepts; give a mass',
  IU: 'units ("IU") are not a unit this engine accepts; give a mass',
  ml: 'use "mL" (units are case-sensitive)',
  ul: 'use "uL" (units are case-sensitive)',
  'µL': 'use "uL"',
  'μL': 'use "uL"',
  l: 'use "mL"',
  L: 'use "mL"',
  hr: 'use "h"',
  d: 'use "day"',
  days: 'use "day"',
  sec: 'use "s"',
  mm: 'use "cm"',
};
