import { prime } from '../../../core/index.js';
import { decodePrimeRequest } from '../../codecs/decodePrimeRequest.js';
import { encodePrimeResult } from '../encodePrimeResult.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';

/**
 * `prime` (a wire extension, see docs/wire-extensions.md): the priming bolus
 * for a new implant or a catheter revision, and what reaches the catheter tip.
 *
 * @example
 * import { primeCommand } from './prime.js';
 * // morphine 10 mg/mL at 3 mg/day, 0.2 mL internal + 0.05 mL catheter, both empty, 1 mL/h maximum bolus rate:
 * // primeCommand.run(request).body.priming is { volume: '0.25 mL', rate: '24 mL/day', ..., duration: '15 min' }, drugAtTipAfter '15 min'
 *
 * Implements REQ-PRIME-001, REQ-PRIME-002, REQ-PRIME-003, REQ-ERR-002.
 * @since 0.1.0
 */
export const primeCommand: Command = requestCommand({
  name: 'prime',
  summary: 'a priming bolus for an empty pump or catheter, and the tip doses from it on',
  decode: decodePrimeRequest,
  run: prime,
  encode: encodePrimeResult,
});
