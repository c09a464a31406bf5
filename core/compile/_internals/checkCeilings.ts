import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
import { engineError, type EngineError, type EngineWarning } from '../../errors/EngineError.js';
import { formatQuantity } from '../../quantity/formatQuantity.js';
import type { CompileRequest } from '../../request/CompileRequest.js';
import type { DrugDoses, LimitRecord } from '../CompileResult.js';
import { BASE } from './units.js';

/** The prescriber's ceilings and the drug library's limits against each drug's worst 24 h. */
export function checkCeilings(req: CompileRequest, doses: Readonly<Record<string, DrugDoses>>): { errors: EngineError[]; warnings: EngineWarning[]; limits: LimitRecord[] } {
  const errors: EngineError[] = [];
  const warnings: EngineWarning[] = [];
  const limits: LimitRecord[] = [];
  for (const [drug, d] of Object.entries(doses)) {
    const max = Object.prototype.hasOwnProperty.call(req.limits, drug) ? req.limits[drug]?.maxDaily : undefined;
    if (max === undefined) continue;
    const ceiling = A.mul(max.base, BASE.day); // dose rate × 1 day = mass
    const worst = formatQuantity(d.worst24h, d.unit, 'up').text;
    const value = formatQuantity(max, `${d.unit}/day`, 'down').text;
    const over = A.compare(d.worst24h.base, ceiling) > 0;
    limits.push({ drug, limit: 'prescriber maxDaily', value, checked: worst, source: 'request limits', outcome: over ? 'exceeded' : 'within' });
    if (over) errors.push(engineError('PRESCRIBER_LIMIT_EXCEEDED', `limits.${drug}.maxDaily`, `${drug}: the most the program can deliver in any 24 h, ${worst}, exceeds the prescriber ceiling ${value}`));
  }
  return { errors, warnings, limits };
}
