import * as E from 'fp-ts/lib/Either.js';
import { DRUG_LIBRARY_VERSION, type CompileRequest, type CompileResult, type EngineError, type RoundingRecord } from '../../core/index.js';
import { ENGINE_VERSION } from '../../spec/wire/versions.js';
import type { DeviceProgram } from './DeviceProgram.js';
import { encodeImage } from './encodeImage.js';
import { toDeviceProgram } from './toDeviceProgram.js';

/** A program image with the device program it holds and every rounding the conversion made. @since 0.1.0 */
export interface ProgramImage {
  readonly image: Uint8Array;
  readonly device: DeviceProgram;
  readonly roundings: readonly RoundingRecord[];
}

/**
 * The program image of a compiled prescription: the engine and drug-library
 * versions, the pump profile the request named (`custom` for a pump given
 * field by field), the program in device units, the drugs' 24 h volume
 * ceilings, CRC-32C. All figures come from `compile`'s result; none is
 * recomputed here.
 *
 * @example
 * import { compile } from '../../core/index.js';
 * import { programImage } from './programImage.js';
 * // const r = compile(request); if (r._tag === 'Right') programImage(request, r.right)
 *
 * Implements REQ-FW-001, REQ-FW-002.
 * @since 0.1.0
 */
export function programImage(request: CompileRequest, result: CompileResult): E.Either<EngineError[], ProgramImage> {
  const pumpProfile = request.pump.profile ?? 'custom';
  const converted = toDeviceProgram(result, { engineVersion: ENGINE_VERSION, drugLibraryVersion: DRUG_LIBRARY_VERSION, pumpProfile });
  if (E.isLeft(converted)) return converted;
  return E.right({ image: encodeImage(converted.right.program), device: converted.right.program, roundings: converted.right.roundings });
}
