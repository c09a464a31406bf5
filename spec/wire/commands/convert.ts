import { convertDose, formatQuantity } from '../../../core/index.js';
import { decodeConvertRequest } from '../../codecs/index.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';
import type { ConvertResponse } from '../../schema/response/smallResponses.js';

/**
 * `convert`: a systemic opioid dose to an intrathecal (or epidural) starting
 * dose. Response: `dose` (in mg/day, rounded toward less drug), `ratio` (the
 * one used, e.g. `"300"` for 300:1), `source` (the library chain's citation,
 * or the request), and `warnings` (always CONVERSION_RATIO_RANGE: observed
 * oral-to-intrathecal ratios run from about 10:1 to 150:1).
 *
 * @example
 * import { convertCommand } from './convert.js';
 * convertCommand.run({ drug: 'morphine', from: { route: 'oral', dose: '600 mg/day' }, to: { route: 'intrathecal' }, ratio: '300' }).body;
 * // { ok: true, dose: '2 mg/day', ratio: '300', source: 'request (prescriber-supplied ratio)', warnings: [{ code: 'CONVERSION_RATIO_RANGE', ... }] }
 *
 * Implements REQ-CONV-001, REQ-CONV-002, REQ-CONV-003, REQ-ERR-002.
 * @since 0.1.0
 */
export const convertCommand: Command = requestCommand({
  name: 'convert',
  summary: 'systemic opioid dose to an intrathecal starting dose, with the ratio used and its source',
  decode: decodeConvertRequest,
  run: convertDose,
  encode: (r): ConvertResponse => ({ dose: formatQuantity(r.dose, 'mg/day', 'down').text, ratio: r.ratio, source: r.source }),
});
