import * as E from 'fp-ts/lib/Either.js';
import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../codecs/decodeClockChangeRequest.js';
import { encodeClockChangeResult } from '../encodeClockChangeResult.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

/**
 * `clock-change` (a wire extension, see docs/wire-extensions.md): a
 * time-of-day program across a change of the pump clock.
 *
 * @example
 * import { clockChangeCommand } from './clockChange.js';
 * // { ...a compile request, clockChange: { at: '02:00', jump: '-1 h' } } → acrossChange.<drug>.worst24h and least24h,
 * // CLOCK_CHANGE_ALTERS_DELIVERY when they differ from the program's own, refused CLOCK_CHANGE_LIMIT_EXCEEDED above a ceiling
 *
 * Implements REQ-CLOCK-001, REQ-CLOCK-002, REQ-ERR-002.
 * @since 0.1.0
 */
export const clockChangeCommand: Command = {
  name: 'clock-change',
  takesRequest: true,
  summary: 'a time-of-day program across a pump clock change (daylight saving, travel): every real-time 24 h window',
  run(request: unknown) {
    const decoded = decodeClockChangeRequest(request);
    if (E.isLeft(decoded)) return errorResponse(decoded.left);
    const result = clockChange(decoded.right);
    if (E.isLeft(result)) return errorResponse(result.left);
    return okResponse(encodeClockChangeResult(result.right), result.right.warnings);
  },
};
