import { engineError, type EngineWarning } from '../../errors/EngineError.js';
import type { Override } from '../../request/CompileRequest.js';
import type { LimitApplied } from '../LimitApplied.js';

/**
 * `OVERRIDE_NOT_NEEDED` for every override no exceeded soft limit used (its
 * index is not in `used`), at `overrides.<i>`, saying why: the drug is not in
 * the fluid checked, no soft limit of the drug was exceeded, or the soft limit
 * it names did not bind (and which one did). An override is a prompt to think;
 * one that passes nothing is noise that teaches people to add them blindly.
 */
export function unneededOverrides(
  overrides: readonly Override[],
  used: ReadonlySet<number>,
  drugs: readonly { readonly drug: string }[],
  applied: readonly LimitApplied[],
): EngineWarning[] {
  const out: EngineWarning[] = [];
  overrides.forEach((o, i) => {
    if (used.has(i)) return;
    const path = `overrides.${i}`;
    const what = `the override of ${o.drug}'s soft ${o.limit}`;
    if (o.code !== 'SOFT_LIMIT_EXCEEDED') {
      out.push(engineError('OVERRIDE_NOT_NEEDED', path, `${what} has code ${o.code}: only SOFT_LIMIT_EXCEEDED can be overridden, so it passes nothing`));
      return;
    }
    if (!drugs.some((d) => d.drug === o.drug)) {
      out.push(engineError('OVERRIDE_NOT_NEEDED', path, `${what} is not needed: ${o.drug} is not among the drugs checked`));
      return;
    }
    const bound = applied.filter((a) => a.drug === o.drug && a.strength === 'soft' && a.outcome !== 'within');
    if (o.reason.trim() === '') {
      out.push(engineError('OVERRIDE_NOT_NEEDED', path, `${what} has an empty reason and does not count`));
    } else if (bound.length === 0) {
      out.push(engineError('OVERRIDE_NOT_NEEDED', path, `${what} is not needed: no soft limit of ${o.drug} is exceeded; remove it`));
    } else {
      const kinds = [...new Set(bound.map((a) => a.kind))].join(', ');
      out.push(engineError('OVERRIDE_NOT_NEEDED', path, `${what} is not needed: ${o.drug}'s soft ${o.limit} did not bind (what is exceeded: soft ${kinds}); an override names the limit it passes`));
    }
  });
  return out;
}
