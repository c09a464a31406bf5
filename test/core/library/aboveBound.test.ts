import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { aboveBound } from '../../../core/library/aboveBound.js';
import { INPUT_BOUNDS, type InputBound } from '../../../core/library/inputBounds.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';
import { q } from './_q.js';

const entries = Object.entries(INPUT_BOUNDS) as [string, InputBound][];

describe('aboveBound', () => {
  it('[REQ-BOUND-001] the bound itself is within; one base unit more is QUANTITY_ABOVE_BOUND at the path', () => {
    for (const [name, b] of entries) {
      const max = parseQuantity(b.dim, b.value, name);
      if (E.isLeft(max)) throw new Error(name);
      expect(aboveBound(max.right, b, 'x'), name).toBeUndefined();
      const over = aboveBound({ dim: b.dim, base: A.add(max.right.base, A.one) }, b, 'some.path');
      expect(over && [over.code, over.path], name).toEqual(['QUANTITY_ABOVE_BOUND', 'some.path']);
    }
  });

  it('[REQ-BOUND-001] the message tells a device fact (with its source) from an engine bound (with its reason)', () => {
    const device = aboveBound(q('volume', '50 mL'), INPUT_BOUNDS.reservoirVolume, 'pump.reservoir', '50 mL');
    expect(device?.message).toBe(`"pump.reservoir" must be at most 40 mL (got "50 mL"); 40 mL is the largest a real device has: ${INPUT_BOUNDS.reservoirVolume.rationale} (${INPUT_BOUNDS.reservoirVolume.source})`);
    const engine = aboveBound(q('volume', '5 mL'), INPUT_BOUNDS.internalVolume, 'pump.internalVolume');
    expect(engine?.message).toContain('"pump.internalVolume" must be at most 4 mL; 4 mL is an engine bound, not a device fact: no public source');
  });

  it('[REQ-BOUND-001] a bound that does not parse (a bug) is INTERNAL_ERROR, never a pass', () => {
    const broken: InputBound<'volume'> = { ...INPUT_BOUNDS.reservoirVolume, value: '40 mg' as string };
    expect(aboveBound(q('volume', '1 mL'), broken, 'pump.reservoir')?.code).toBe('INTERNAL_ERROR');
  });
});
