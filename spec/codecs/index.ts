/**
 * The io-ts codecs of wire format v1: shared primitives (for every command's
 * request codec) and the `compile` request decoder.
 *
 * A request codec is built from the primitives and run with `decodeWith`:
 * `decodeWith(strictObject('RefillCheck', { pump: pumpCodec, expectedResidual:
 * quantityCodec('volume', 'nonNegative'), ... }), json)`.
 * @since 0.1.0
 */
export { wireCodec, type WireCodec, type TypeOfCodec } from './WireCodec.js';
export { codedError, type CodedValidationError } from './codedError.js';
export { codedFailure } from './codedFailure.js';
export { contextAt } from './contextAt.js';
export { toEngineErrors } from './toEngineErrors.js';
export { decodeWith } from './decodeWith.js';
export { capErrors, errorsLeftOut, MAX_ERRORS } from './capErrors.js';
export { parseJsonText, MAX_JSON_BYTES, MAX_JSON_DEPTH } from './parseJsonText.js';
export { parseJsonBytes } from './parseJsonBytes.js';
export { strictObject, type Fields, type NoFields, type StrictObjectOf, type StrictObjectCodec, type Simplify } from './strictObject.js';
export { discriminatedStrictObject, type Variant } from './discriminatedStrictObject.js';
export { arrayCodec, type ListBounds } from './arrayCodec.js';
export { drugRecordCodec, MAX_DRUG_ENTRIES } from './drugRecordCodec.js';
export { withCheck } from './withCheck.js';
export { mapCodec } from './mapCodec.js';
export { peek } from './peek.js';
export { rawAt } from './rawAt.js';
export { quantityCodec, type Sign } from './quantityCodec.js';
export { clockTimeCodec } from './clockTimeCodec.js';
export { countCodec, MAX_COUNT } from './countCodec.js';
export { enumCodec } from './enumCodec.js';
export { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
export { drugNameCodec } from './drugNameCodec.js';
export { pumpCodec } from './pumpCodec.js';
export { labelledUseCodec } from './labelledUseCodec.js';
export { reservoirDrugsCodec, MAX_RESERVOIR_DRUGS } from './reservoirDrugsCodec.js';
export { reservoirFillCodec } from './reservoirFillCodec.js';
export { therapyCodec, MAX_PER_DAY_ENTRIES } from './therapyCodec.js';
export { titrationCodec } from './titrationCodec.js';
export { limitsCodec } from './limitsCodec.js';
export { overridesCodec, MAX_REASON_LENGTH } from './overridesCodec.js';
export { decodeCompileRequest } from './decodeCompileRequest.js';
export { decodeConvertRequest } from './decodeConvertRequest.js';
export { decodeRefillCheckRequest } from './decodeRefillCheckRequest.js';
export { catheterCodec } from './catheterCodec.js';
export { decodeBridgeRequest } from './decodeBridgeRequest.js';
export { decodePrimeRequest } from './decodePrimeRequest.js';
export { decodeClockChangeRequest } from './decodeClockChangeRequest.js';
export { limitCodecWith, siteLimitCodec } from './siteLimitCodec.js';
export { siteDrugCodec, siteDrugCodecWith } from './siteDrugCodec.js';
export type { Grades } from './_internals/sourcedCodecs.js';
export { decodeSiteLibrary, siteLibraryCodec, siteLibraryCodecWith } from './decodeSiteLibrary.js';
