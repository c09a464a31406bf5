import type * as t from 'io-ts';
import { decimalArithmetic as A, INPUT_BOUNDS, type OneOffRx } from '../../core/index.js';
import { MAX_ONE_OFFS } from '../../core/request/bounds.js';
import { oneOffOverlap } from '../../core/request/oneOffOverlap.js';
import { arrayCodec } from './arrayCodec.js';
import { codedError } from './codedError.js';
import { contextAt } from './contextAt.js';
import { discriminatedStrictObject } from './discriminatedStrictObject.js';
import { enumCodec } from './enumCodec.js';
import { peek } from './peek.js';
import { quantityCodec } from './quantityCodec.js';
import { rawAt } from './rawAt.js';
import { strictObject } from './strictObject.js';
import { withCheck } from './withCheck.js';
import type { WireCodec } from './WireCodec.js';

const ONE_DAY = A.fromInteger(86_400n);
const after = quantityCodec('time', 'nonNegative', INPUT_BOUNDS.oneOffAfter);
const dose = quantityCodec('mass', 'positive', INPUT_BOUNDS.mass);
const stopFor = quantityCodec('time', 'positive', INPUT_BOUNDS.stopFor);
const positiveTime = quantityCodec('time', 'positive');
const duration = withCheck(positiveTime, (u, c) => {
  const d = peek(positiveTime, u);
  return d !== undefined && A.compare(d.base, ONE_DAY) >= 0
    ? [codedError(u, c, 'BOLUS_TOO_LONG', `a single bolus must last less than 24 h (got "${String(u)}")`)]
    : [];
});

const event = discriminatedStrictObject('OneOff', 'kind', {
  singleBolus: strictObject('SingleBolus', { kind: enumCodec(['singleBolus']), after, dose, duration }),
  stop: strictObject('Stop', { kind: enumCodec(['stop']), after, for: stopFor }),
});

/** ONE_OFF_OVERLAP at the later of two overlapping events (checked once every event decodes). */
function noOverlap(u: unknown, c: t.Context): t.Errors {
  if (!Array.isArray(u) || u.length > MAX_ONE_OFFS) return [];
  const spans = u.map((_, i) => {
    const e = peek(event, rawAt(u, [i]));
    return e === undefined ? undefined : { after: e.after.base, length: e.kind === 'stop' ? e.for.base : e.duration.base };
  });
  if (spans.some((s) => s === undefined)) return [];
  const hit = oneOffOverlap(spans.filter((s) => s !== undefined));
  return hit === undefined ? [] : [codedError(rawAt(u, [hit[1]]), contextAt(c, [hit[1]]), 'ONE_OFF_OVERLAP', `one-off ${hit[1]} overlaps one-off ${hit[0]}: the pump runs one at a time`)];
}

/**
 * The `oneOff` list of a `compile` request (an extension of wire format v1):
 * at most 8 events (`INPUT_TOO_LARGE`), each `{ kind: "singleBolus", after,
 * dose, duration }` (a clinician bolus on top of the program; `duration` under
 * 24 h, `BOLUS_TOO_LONG`) or `{ kind: "stop", after, for }`. `after` counts
 * from the fill, 0 to 366 day; `for` at most 7 day (`QUANTITY_ABOVE_BOUND`,
 * engine bounds). Two events that overlap in time are `ONE_OFF_OVERLAP`.
 *
 * @example
 * import { oneOffCodec } from './oneOffCodec.js';
 * oneOffCodec.decode([{ kind: 'singleBolus', after: '2 day', dose: '0.5 mg', duration: '1 h' }]); // Right
 * oneOffCodec.decode([{ kind: 'stop', after: '0 h', for: '8 day' }]); // Left: QUANTITY_ABOVE_BOUND at "0.for"
 *
 * Implements REQ-ONEOFF-001, REQ-BOUND-001.
 * @since 0.1.0
 */
export const oneOffCodec: WireCodec<readonly OneOffRx[]> = withCheck(arrayCodec<OneOffRx>(event, { nonEmpty: false, maxLength: MAX_ONE_OFFS }), noOverlap);
