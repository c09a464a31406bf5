import type * as E from 'fp-ts/lib/Either.js';
import { INPUT_BOUNDS, type EngineError, type PrimeRequest } from '../../core/index.js';
import { catheterCodec } from './catheterCodec.js';
import { decodeWith } from './decodeWith.js';
import { enumCodec } from './enumCodec.js';
import { mapCodec } from './mapCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { COMPILE_OPTIONAL, COMPILE_REQUIRED, compilePart } from './_internals/compileFields.js';

const contents = strictObject('Contents', { pumpInternal: enumCodec(['empty', 'drug']), catheter: enumCodec(['empty', 'drug']) });

/** The codec of a `prime` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const primeRequestCodec = mapCodec(
  strictObject('PrimeRequest', { ...COMPILE_REQUIRED, catheter: catheterCodec, contents }, { ...COMPILE_OPTIONAL, volume: quantityCodec('volume', 'positive', INPUT_BOUNDS.reservoirVolume) }),
  (w): PrimeRequest => ({
    ...compilePart(w),
    catheter: w.catheter,
    contents: { pumpInternal: w.contents.pumpInternal, catheter: w.contents.catheter },
    ...(w.volume === undefined ? {} : { volume: w.volume }),
  }),
);

/**
 * Decodes a parsed `prime` request (a wire extension, see
 * docs/wire-extensions.md): the fields of a `compile` request (the fluid in
 * the reservoir and the therapy after the priming) plus `catheter` (as in
 * `bridge`), `contents: { pumpInternal, catheter }` (each `"empty"` or
 * `"drug"`: what that part of the path holds before the priming) and an
 * optional priming `volume` (default: the whole dead volume). Strict, every
 * error collected with its path. Never throws.
 *
 * @example
 * import { decodePrimeRequest } from './decodePrimeRequest.js';
 * decodePrimeRequest({ pump: 'NAME', reservoir: { fill: '20 mL', drugs: [{ drug: 'morphine', concentration: '10 mg/mL' }] },
 *   therapy: { mode: 'continuous', drug: 'morphine', dose: '3 mg/day' },
 *   catheter: { volume: '0.05 mL' }, contents: { pumpInternal: 'empty', catheter: 'empty' } });
 * // Right: contents { pumpInternal: 'empty', catheter: 'empty' }, no volume (the whole dead volume)
 *
 * Implements REQ-PRIME-001, REQ-PRIME-003, REQ-WIRE-002, REQ-WIRE-014, REQ-BOUND-001.
 * @since 0.1.0
 */
export function decodePrimeRequest(u: unknown): E.Either<EngineError[], PrimeRequest> {
  return decodeWith(primeRequestCodec, u);
}
