import * as t from 'io-ts';
import type { Dimension, InputBound } from '../../../core/index.js';
import { quantityCodec, type Sign } from '../quantityCodec.js';
import { wireCodec, type WireCodec } from '../WireCodec.js';

/** A quantity of `dim` with `sign`, within its engine bound, kept as the wire string (the library tables store values as text). */
export function quantityText(dim: Dimension, bound: InputBound<Dimension>, sign: Sign = 'positive'): WireCodec<string> {
  const q = quantityCodec(dim, sign, bound);
  return wireCodec<string>(q.name, (u, c) => {
    const r = q.validate(u, c);
    return r._tag === 'Left' ? t.failures(r.left) : t.success(u as string);
  }, q.schema);
}
