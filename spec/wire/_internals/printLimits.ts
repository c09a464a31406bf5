import type { LimitApplied } from '../../../core/index.js';

/** The limits applied as the wire prints them: without `exact`, the comparison in base units that library callers read. */
export function printLimits(limits: readonly LimitApplied[]): Omit<LimitApplied, 'exact'>[] {
  return limits.map(({ exact: _exact, ...printed }) => printed);
}
