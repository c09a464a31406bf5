import type { Dimension } from './dimension.js';
import { RATIO_DIMENSIONS, REFUSED_UNIT_SPELLINGS, SIMPLE_UNITS, type SimpleUnit } from './units.js';
import type { Code } from '../errors/codes.js';
import { hasOwn } from '../request/ownProperties.js';
import { gcd } from '../arith/_internals/bigintIntegers.js';

/** A parsed unit: its dimension and the exact factor to base units as a fraction. */
export interface ParsedUnit {
  readonly text: string;
  readonly dim: Dimension;
  /** base = value × num / den (both positive integers). */
  readonly num: bigint;
  readonly den: bigint;
}

/** Longest unit text looked at (the longest unit, `mcg/day`, has 7 characters); a documented engine bound on work, not a device fact. */
const MAX_UNIT_LENGTH = 32;

/** Why a unit was refused. */
export interface UnitProblem {
  readonly code: Extract<Code, 'UNKNOWN_UNIT' | 'REFUSED_UNIT'>;
  readonly message: string;
}

/**
 * True when a parse of a unit failed: an own `code` field (never one
 * inherited from `Object.prototype`).
 *
 * @example
 * import { isUnitProblem, parseUnit } from './parseUnit.js';
 * isUnitProblem(parseUnit('ug')); // true
 * isUnitProblem(parseUnit('mg')); // false
 *
 * Implements REQ-UNIT-004, REQ-EMBED-003.
 * @since 0.1.0
 */
export function isUnitProblem<T extends object>(u: T | UnitProblem): u is UnitProblem {
  return hasOwn(u, 'code');
}

function simple(text: string): { dim: Dimension; factor: bigint } | UnitProblem {
  if (hasOwn(REFUSED_UNIT_SPELLINGS, text)) {
    return { code: 'REFUSED_UNIT', message: `unit "${text}" is refused: ${REFUSED_UNIT_SPELLINGS[text] ?? ''}` };
  }
  if (hasOwn(SIMPLE_UNITS, text)) {
    return SIMPLE_UNITS[text as SimpleUnit];
  }
  return { code: 'UNKNOWN_UNIT', message: `unknown unit "${text}"; units are g, mg, mcg, ng, mL, uL, s, min, h, day, cm, % and their ratios` };
}

/**
 * Parses a unit of wire format v1 (`mg`, `mL/day`, `mcg/mL`, `mL/cm`, `%`...).
 *
 * Fail-closed entry: a value that is not a string of at most 32 characters is
 * `UNKNOWN_UNIT`, never an exception.
 *
 * @example
 * import { parseUnit } from './parseUnit.js';
 * const u = parseUnit('mg/day');
 * // u is { text: 'mg/day', dim: 'doseRate', num: 1000000n, den: 1n }
 *
 * Implements REQ-UNIT-001, REQ-UNIT-004 (error-prone spellings refused), REQ-EMBED-001.
 * @since 0.1.0
 */
export function parseUnit(text: string): ParsedUnit | UnitProblem {
  if (typeof text !== 'string' || text.length > MAX_UNIT_LENGTH) {
    return { code: 'UNKNOWN_UNIT', message: `a unit is a string of at most ${MAX_UNIT_LENGTH} characters such as "mg/day"` };
  }
  const parts = text.split('/');
  if (parts.length === 1) {
    const a = simple(text);
    if (isUnitProblem(a)) return a;
    return { text, dim: a.dim, num: a.factor, den: 1n };
  }
  if (parts.length !== 2) {
    return { code: 'UNKNOWN_UNIT', message: `unknown unit "${text}": at most one "/"` };
  }
  const [numText = '', denText = ''] = parts;
  const a = simple(numText);
  if (isUnitProblem(a)) return a;
  const b = simple(denText);
  if (isUnitProblem(b)) return b;
  const ratio = RATIO_DIMENSIONS.find((r) => r.num === a.dim && r.den === b.dim);
  if (ratio === undefined) {
    return { code: 'UNKNOWN_UNIT', message: `unit "${text}" is not a dose rate, flow, concentration or volume per length` };
  }
  const g = gcd(a.factor, b.factor);
  return { text, dim: ratio.dim, num: a.factor / g, den: b.factor / g };
}

