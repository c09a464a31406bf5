import type * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import type { ConvertRequest, EngineError } from '../../core/index.js';
import { codedFailure } from './codedFailure.js';
import { decodeWith } from './decodeWith.js';
import { drugNameCodec } from './drugNameCodec.js';
import { enumCodec } from './enumCodec.js';
import { quantityCodec } from './quantityCodec.js';
import { strictObject } from './strictObject.js';
import { wireCodec, type WireCodec } from './WireCodec.js';
import { jsonTypeOf } from './_internals/jsonTypeOf.js';
import { MAX_RATIO_LENGTH } from '../../core/request/bounds.js';

const route = enumCodec(['oral', 'intravenous', 'epidural', 'intrathecal']);

const RATIO = /^-?[0-9]+(\.[0-9]+)?$/;

/** A plain positive decimal string, `[0-9]+(\.[0-9]+)?` (the core checks its size and that it is at least 1). */
const ratioCodec: WireCodec<string> = wireCodec<string>('ratio', (u, c) => {
  if (typeof u === 'number') return codedFailure(u, c, 'WRONG_TYPE', 'write the ratio as a string, e.g. "300" for 300:1 (a JSON number cannot carry an exact decimal)');
  if (typeof u !== 'string') return codedFailure(u, c, 'WRONG_TYPE', `expected a ratio such as "300", got ${jsonTypeOf(u)}`);
  if (u.length > MAX_RATIO_LENGTH || !RATIO.test(u)) {
    return codedFailure(u, c, 'INVALID_VALUE', `${JSON.stringify(u.slice(0, MAX_RATIO_LENGTH))} is not a plain decimal such as "300" (no exponent, no "+", no ":", a leading zero)`);
  }
  return t.success(u);
}, { type: 'string', maxLength: MAX_RATIO_LENGTH, pattern: RATIO.source, description: 'a conversion ratio as a plain decimal string, e.g. "300" for 300:1' });

/** The codec of a `convert` request; its `schema` is the request's JSON Schema. @since 0.1.0 */
export const convertRequestCodec = strictObject(
  'ConvertRequest',
  {
    drug: drugNameCodec,
    from: strictObject('ConvertFrom', { route, dose: quantityCodec('doseRate', 'positive') }),
    to: strictObject('ConvertTo', { route }),
  },
  { ratio: ratioCodec },
);

/**
 * Decodes a parsed `convert` request of wire format v1:
 * `{ drug, from: { route, dose }, to: { route }, ratio? }`. Strict: unknown
 * fields are refused with their path; routes are `oral`, `intravenous`,
 * `epidural`, `intrathecal` (INVALID_VALUE otherwise); `from.dose` is a
 * positive dose rate; `ratio` is a plain decimal string (a JSON number is
 * WRONG_TYPE). Every error is collected. Never throws.
 *
 * @example
 * import { decodeConvertRequest } from './decodeConvertRequest.js';
 * decodeConvertRequest({ drug: 'morphine', from: { route: 'oral', dose: '600 mg/day' }, to: { route: 'intrathecal' }, ratio: '300' });
 * // Right: { drug: 'morphine', from: { route: 'oral', dose: 600 mg/day }, to: { route: 'intrathecal' }, ratio: '300' }
 * decodeConvertRequest({ drug: 'morphine', from: { route: 'rectal', dose: '6 mg/day' }, to: { route: 'intrathecal' } });
 * // Left: INVALID_VALUE at "from.route"
 *
 * Implements REQ-CONV-002, REQ-WIRE-002, REQ-WIRE-003.
 * @since 0.1.0
 */
export function decodeConvertRequest(u: unknown): E.Either<EngineError[], ConvertRequest> {
  return decodeWith(convertRequestCodec, u);
}
