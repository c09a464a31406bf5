import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { checkFill } from '../../../core/reservoir/checkFill.js';
import { mL } from '../kernel/_base.js';

describe('checkFill', () => {
  it('[REQ-RES-002] a fill above the 40 mL capacity is OVERFILL; at capacity it is accepted', () => {
    const over = checkFill(mL('40.5'), mL('40'), 'new.fill');
    expect(E.isLeft(over) && over.left.map((e) => [e.code, e.path])).toEqual([['OVERFILL', 'new.fill']]);
    expect(E.isRight(checkFill(mL('40'), mL('40'), 'new.fill'))).toBe(true);
  });

  it('[REQ-RES-006] [REQ-LIMIT-106] a zero fill is refused for safety (EMPTY_RESERVOIR); a negative one is NOT_POSITIVE', () => {
    const zero = checkFill(mL('0'), mL('40'), 'reservoir.fill');
    expect(E.isLeft(zero) && zero.left.map((e) => [e.code, e.path])).toEqual([['EMPTY_RESERVOIR', 'reservoir.fill']]);
    const negative = checkFill(mL('-1'), mL('40'), 'reservoir.fill');
    expect(E.isLeft(negative) && negative.left.map((e) => e.code)).toEqual(['NOT_POSITIVE']);
  });
});
