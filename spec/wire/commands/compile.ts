import * as E from 'fp-ts/lib/Either.js';
import { compile } from '../../../core/index.js';
import { decodeCompileRequest } from '../../codecs/index.js';
import { encodeCompileResult } from '../encodeCompileResult.js';
import { errorResponse, okResponse } from '../WireResponse.js';
import type { Command } from './Command.js';

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
export const compileCommand: Command = {
  name: 'compile',
  takesRequest: true,
  summary: 'prescription to pump program, with its worst and least 24 h doses and reservoir times',
  run(request: unknown) {
    const decoded = decodeCompileRequest(request);
    if (E.isLeft(decoded)) return errorResponse(decoded.left);
    const result = compile(decoded.right);
    if (E.isLeft(result)) return errorResponse(result.left);
    return okResponse(encodeCompileResult(result.right), result.right.warnings);
  },
};
