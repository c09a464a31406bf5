import { decimalArithmetic as A } from '../../arith/decimalArithmetic.js';
import type { OneOffRx } from '../CompileRequest.js';
import { MAX_ONE_OFFS } from '../bounds.js';
import { oneOffOverlap } from '../oneOffOverlap.js';
import { at, fail, field, list, oneOf, quantityOf, record, sealed, type Reader } from './reader.js';

const DAY = 86_400n;
const LONGEST_AFTER = A.fromInteger(366n * DAY);
const LONGEST_STOP = A.fromInteger(7n * DAY);

/**
 * The one-off events of a compile request: at most 8, each a single bolus
 * (`after` 0 to 366 day, `dose` ≥ 0, `duration` > 0 and under 24 h) or a
 * stop (`after`, `for` > 0 and at most 7 day), no two overlapping: the
 * rules of the codec, with its codes where it has one.
 */
export function readOneOffs(r: Reader, u: unknown, path: string): readonly OneOffRx[] | undefined {
  const events = list(r, u, path, MAX_ONE_OFFS, false, (v, p): OneOffRx | undefined => {
    const o = record(r, v, p);
    if (o === undefined) return undefined;
    const kind = oneOf(r, field(r, o, 'kind', p, true), at(p, 'kind'), ['singleBolus', 'stop'] as const);
    const after = quantityOf(r, field(r, o, 'after', p, true), at(p, 'after'), 'time', 'nonNegative');
    if (kind === undefined || after === undefined) return undefined;
    if (A.compare(after.base, LONGEST_AFTER) > 0) return fail(r, at(p, 'after'), 'at most 366 day from the fill (an engine bound)', 'QUANTITY_ABOVE_BOUND');
    if (kind === 'stop') {
      const length = quantityOf(r, field(r, o, 'for', p, true), at(p, 'for'), 'time', 'positive');
      if (length === undefined) return undefined;
      if (A.compare(length.base, LONGEST_STOP) > 0) return fail(r, at(p, 'for'), 'a stop lasts at most 7 day (an engine bound)', 'QUANTITY_ABOVE_BOUND');
      return sealed({ kind, after, for: length });
    }
    const dose = quantityOf(r, field(r, o, 'dose', p, true), at(p, 'dose'), 'mass', 'nonNegative');
    const duration = quantityOf(r, field(r, o, 'duration', p, true), at(p, 'duration'), 'time', 'positive');
    if (dose === undefined || duration === undefined) return undefined;
    if (A.compare(duration.base, A.fromInteger(DAY)) >= 0) return fail(r, at(p, 'duration'), 'a single bolus must last less than 24 h', 'BOLUS_TOO_LONG');
    return sealed({ kind, after, dose, duration });
  });
  if (events === undefined) return undefined;
  const hit = oneOffOverlap(events.map((e) => ({ after: e.after.base, length: e.kind === 'stop' ? e.for.base : e.duration.base })));
  if (hit !== undefined) return fail(r, at(path, hit[1]), `one-off ${hit[1]} overlaps one-off ${hit[0]}`, 'ONE_OFF_OVERLAP');
  return events;
}
