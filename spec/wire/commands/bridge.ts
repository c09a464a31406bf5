import { bridge } from '../../../core/index.js';
import { decodeBridgeRequest } from '../../codecs/decodeBridgeRequest.js';
import { encodeBridgeResult } from '../encodeBridgeResult.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';

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
export const bridgeCommand: Command = requestCommand({
  name: 'bridge',
  summary: 'a change of drug or concentration at a refill: the bridge program and the tip doses with and without it',
  decode: decodeBridgeRequest,
  run: bridge,
  encode: encodeBridgeResult,
});
