import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../codecs/index.js';
import { encodeCompileResult } from '../encodeCompileResult.js';
import type { Command } from './Command.js';
import { requestCommand } from './requestCommand.js';

/**
 * `compile`: prescription to pump program (wire format v1).
 *
 * @example
 * import { compileCommand } from './compile.js';
 * // compileCommand.run({ pump: {...}, reservoir: {...}, therapy: {...} }).body.program.steps[0].rate === '0.3 mL/day'
 *
 * Implements REQ-WIRE-010, REQ-ERR-002.
 * @since 0.1.0
 */
export const compileCommand: Command = requestCommand({
  name: 'compile',
  summary: 'prescription to pump program, with its worst and least 24 h doses and reservoir times',
  decode: decodeCompileRequest,
  run: compile,
  encode: encodeCompileResult,
});
