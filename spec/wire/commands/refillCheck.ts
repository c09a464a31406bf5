import { checkRefill, formatQuantity } from '../../../core/index.js';
import { decodeRefillCheckRequest } from '../../codecs/index.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';
import type { RefillCheckResponse } from '../../schema/response/smallResponses.js';

/**
 * `refill-check`: the residual volume drained at a refill against the one
 * expected. Response: `discrepancy` (|expected − measured|), `flag` (above
 * the threshold for the reservoir size), `threshold` and its `source` (Maino
 * et al. 2017: 1 mL for 20 mL, 2 mL for 40 mL; otherwise the request's),
 * `reservoir`, `measuredVsExpected`, and the warning RESIDUAL_DISCREPANCY when
 * flagged.
 *
 * @example
 * import { refillCheckCommand } from './refillCheck.js';
 * refillCheckCommand.run({ pump: 'synchromed-ii-40', expectedResidual: '10 mL', measuredResidual: '7.5 mL' }).body;
 * // { ok: true, discrepancy: '2.5 mL', flag: true, threshold: '2 mL', source: 'Maino et al., ...', ..., warnings: [{ code: 'RESIDUAL_DISCREPANCY', ... }] }
 *
 * Implements REQ-REFILL-001, REQ-REFILL-002, REQ-ERR-002.
 * @since 0.1.0
 */
export const refillCheckCommand: Command = requestCommand({
  name: 'refill-check',
  summary: 'residual volume at a refill: the discrepancy, flagged above the threshold for the reservoir size',
  decode: decodeRefillCheckRequest,
  run: checkRefill,
  encode: (r): RefillCheckResponse => ({
    discrepancy: formatQuantity(r.discrepancy, 'mL', 'up').text,
    flag: r.flag,
    threshold: formatQuantity(r.threshold, 'mL', 'down').text,
    source: r.source,
    reservoir: formatQuantity(r.reservoir, 'mL', 'down').text,
    measuredVsExpected: r.measuredVsExpected,
  }),
});
