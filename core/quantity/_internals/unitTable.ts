import { isUnitProblem, parseUnit, type ParsedUnit } from '../parseUnit.js';
import { SIMPLE_UNITS } from '../units.js';

/** A unit of the table: the parsed unit, and `places` when its `den` is 10^places (else -1). */
export interface TableUnit {
  readonly unit: ParsedUnit;
  readonly places: number;
}

function powerOfTen(n: bigint): number {
  let places = 0;
  let x = n;
  while (x > 1n && x % 10n === 0n) {
    x /= 10n;
    places += 1;
  }
  return x === 1n ? places : -1;
}

/**
 * Every unit of wire format v1 that parses (each simple unit and each ratio
 * of two), parsed by `parseUnit` once when the module loads: a frozen table,
 * read by the parser and the printers instead of parsing the same few units
 * on every call. A text not in it is not a unit, and goes to `parseUnit` for
 * its coded problem.
 *
 * Implements REQ-UNIT-001, REQ-PERF-102.
 * @since 0.1.0
 */
export const UNIT_TABLE: ReadonlyMap<string, TableUnit> = (() => {
  const names = Object.keys(SIMPLE_UNITS);
  const out = new Map<string, TableUnit>();
  for (const text of [...names, ...names.flatMap((a) => names.map((b) => `${a}/${b}`))]) {
    const u = parseUnit(text);
    if (!isUnitProblem(u)) out.set(text, Object.freeze({ unit: Object.freeze(u), places: powerOfTen(u.den) }));
  }
  return out;
})();
