import * as E from 'fp-ts/lib/Either.js';
import { bridge } from '../../../core/index.js';
import { decodeBridgeRequest } from '../../codecs/decodeBridgeRequest.js';
import { encodeBridgeResult } from '../encodeBridgeResult.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * `bridge`: changing the drug or concentration at a refill (wire format v1).
 *
 * @example
 * import { bridgeCommand } from './bridge.js';
 * // the contract vector (20 → 10 mg/mL morphine, 0.2 + 0.05 mL dead volume, 3 mg/day):
 * // bridgeCommand.run(request).body.withoutBridge.morphine.worst24h === '5.5 mg', deadVolume '0.25 mL',
 * // tipDoses.morphine.worst24h '3 mg', overdoseWithoutBridge true, warnings [BRIDGE_REQUIRED, ...]
 *
 * Implements REQ-BRIDGE-001, REQ-BRIDGE-002, REQ-BRIDGE-006, REQ-ERR-002.
 * @since 0.1.0
 */
export const bridgeCommand: Command = {
  name: 'bridge',
  takesRequest: true,
  summary: 'a change of drug or concentration at a refill: the bridge program and the tip doses with and without it',
  run(request: unknown) {
    const decoded = decodeBridgeRequest(request);
    if (E.isLeft(decoded)) return errorResponse(decoded.left);
    const result = bridge(decoded.right);
    if (E.isLeft(result)) return errorResponse(result.left);
    return okResponse(encodeBridgeResult(result.right), result.right.warnings);
  },
};
