import type { Override } from '../../core/index.js';
import { arrayCodec } from './arrayCodec.js';
import { drugNameCodec } from './drugNameCodec.js';
import { enumCodec } from './enumCodec.js';
import { nonEmptyStringCodec } from './nonEmptyStringCodec.js';
import { strictObject } from './strictObject.js';
import type { WireCodec } from './WireCodec.js';
import { MAX_OVERRIDES, MAX_REASON_LENGTH } from '../../core/request/bounds.js';

/** Longest override reason, in characters (defined once, in core/request/bounds.ts). */
export { MAX_REASON_LENGTH };

/**
 * The `overrides` of a request: a list (at most 100) of strict
 * `{ code, drug, reason }`. Only a soft limit can be overridden, so `code`
 * must be `SOFT_LIMIT_EXCEEDED` (`INVALID_VALUE` otherwise: a hard limit has no
 * override); `reason` must have content (`EMPTY_STRING`).
 *
 * @example
 * import { overridesCodec } from './overridesCodec.js';
 * overridesCodec.decode([{ code: 'SOFT_LIMIT_EXCEEDED', drug: 'morphine', reason: 'palliative, pain uncontrolled' }]); // Right([...])
 * overridesCodec.decode([{ code: 'HARD_LIMIT_EXCEEDED', drug: 'morphine', reason: 'x' }]); // Left: INVALID_VALUE at "0.code"
 *
 * Implements REQ-WIRE-001, REQ-WIRE-006.
 * @since 0.1.0
 */
export const overridesCodec: WireCodec<readonly Override[]> = arrayCodec(
  strictObject('Override', {
    code: enumCodec(['SOFT_LIMIT_EXCEEDED']),
    drug: drugNameCodec,
    reason: nonEmptyStringCodec(MAX_REASON_LENGTH),
  }),
  { nonEmpty: false, maxLength: MAX_OVERRIDES },
);
