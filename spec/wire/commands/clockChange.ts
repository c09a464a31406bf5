import { clockChange } from '../../../core/index.js';
import { decodeClockChangeRequest } from '../../codecs/decodeClockChangeRequest.js';
import { encodeClockChangeResult } from '../encodeClockChangeResult.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';

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
export const clockChangeCommand: Command = requestCommand({
  name: 'clock-change',
  summary: 'a time-of-day program across a pump clock change (daylight saving, travel): every real-time 24 h window',
  decode: decodeClockChangeRequest,
  run: clockChange,
  encode: encodeClockChangeResult,
});
