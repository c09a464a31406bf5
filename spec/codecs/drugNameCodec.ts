import * as t from 'io-ts';
import { codedFailure } from './codedFailure.js';
import { DRUG_NAME, MAX_DRUG_NAME, drugNameProblem } from './_internals/drugName.js';
import { RESERVED_NAMES } from './_internals/reservedNames.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { wireCodec, type WireCodec } from './WireCodec.js';

/**
 * A drug name as the library spells it: lower case `[a-z][a-z0-9-]*`, at most
 * 64 characters (`INVALID_VALUE` otherwise, suggesting the lower-case
 * spelling); not a string is `WRONG_TYPE`. Names such as `constructor` that
 * could reach an object's prototype are refused. Whether the library knows the
 * drug is the core's question (`UNKNOWN_DRUG`), not the codec's.
 *
 * @example
 * import { drugNameCodec } from './drugNameCodec.js';
 * drugNameCodec.decode('morphine'); // Right('morphine')
 * drugNameCodec.decode('Morphine'); // Left: INVALID_VALUE (drug names are lower case: "morphine")
 *
 * Implements REQ-WIRE-006, REQ-WIRE-013.
 * @since 0.1.0
 */
export const drugNameCodec: WireCodec<string> = wireCodec<string>('drug name', (u, c) => {
  if (typeof u !== 'string') return codedFailure(u, c, 'WRONG_TYPE', `expected a drug name such as "morphine", got ${jsonTypeOf(u)}`);
  const problem = drugNameProblem(u);
  if (problem !== undefined) return codedFailure(u, c, 'INVALID_VALUE', problem);
  return t.success(u);
}, { type: 'string', pattern: DRUG_NAME.source, maxLength: MAX_DRUG_NAME, not: { enum: [...RESERVED_NAMES] }, description: 'a drug name, e.g. "morphine"' });
