import { engineError, type EngineWarning } from '../../errors/EngineError.js';
import type { RoundingRecord } from '../CompileResult.js';

/**
 * The one ROUNDED_TOWARD_LESS_DRUG warning that lists every rounding toward
 * less drug of a program, at `path` (the program's place in the response:
 * `program` for compile, `program.newProgram` for a bridge, whose roundings
 * are re-rooted there); none when nothing was rounded toward less drug.
 *
 * Implements REQ-ROUND-002.
 */
export function roundedWarning(roundings: readonly RoundingRecord[], path: string): EngineWarning[] {
  const less = roundings.filter((r) => r.direction === 'toward less drug');
  if (less.length === 0) return [];
  return [engineError('ROUNDED_TOWARD_LESS_DRUG', path, `${less.map((r) => `${r.what}: ${r.from} → ${r.to}`).join('; ')} (toward less drug)`)];
}
