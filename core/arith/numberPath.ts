import { decimalArithmetic as D, type Exact } from './decimalArithmetic.js';
import type { ExactArithmetic } from './ExactArithmetic.js';
import { scaledArithmetic as S, type Scaled } from './scaledArithmetic.js';

/**
 * Which arithmetic a command's kernel runs on: `'fast'` (scaled BigInt
 * decimals, the default) or `'decimal'` (decimal.js, the engine's reference
 * arithmetic, kept so that a property can hold the two equal).
 *
 * Implements REQ-ARITH-004, REQ-ARITH-005.
 */
export type KernelPath = 'fast' | 'decimal';

/**
 * A number type the kernel runs on, with the exact moves from and to the
 * engine's decimals (`Exact`): `into` at the edge where the kernel's inputs
 * enter, `back` where its results leave.
 *
 * Implements REQ-ARITH-004, REQ-ARITH-005.
 */
export interface NumberPath<N> {
  readonly A: ExactArithmetic<N>;
  readonly into: (x: Exact) => N;
  readonly back: (x: N) => Exact;
}

/** An engine decimal as a scaled decimal: through its exact decimal text (no exponent, every digit), so the same value. */
const toScaled = (x: Exact): Scaled => S.fromDecimalString(D.toDecimalString(x));
/** A scaled decimal as an engine decimal: through its exact decimal text, the same value (decimal.js's precision of 20 000 digits holds it whole). */
const toExact = (x: Scaled): Exact => D.fromDecimalString(S.toDecimalString(x));
const same = (x: Exact): Exact => x;

/**
 * The fast path: scaled BigInt decimals (`scaledArithmetic`). Both number
 * types hold exact decimals and the moves go through the exact decimal text
 * of a value, which each type reads back to the same value, so a kernel
 * function's answer moved back is the answer it gives on decimal.js
 * (REQ-ARITH-003).
 *
 * Implements REQ-ARITH-004, REQ-ARITH-005.
 */
export const FAST_PATH: NumberPath<Scaled> = { A: S, into: toScaled, back: toExact };

/** The reference path: decimal.js throughout, no move. Implements REQ-ARITH-004, REQ-ARITH-005. */
export const DECIMAL_PATH: NumberPath<Exact> = { A: D, into: same, back: same };

/**
 * `run` on the number path `path` names: the one place that picks the
 * number type, so that a caller writes its kernel work once, generic over it.
 *
 * @example
 * import { onPath } from './numberPath.js';
 * import { decimalArithmetic as D } from './decimalArithmetic.js';
 * D.toDecimalString(onPath('fast', (p) => p.back(p.A.add(p.into(D.fromDecimalString('0.1')), p.into(D.fromDecimalString('0.2')))))); // "0.3"
 *
 * Implements REQ-ARITH-004, REQ-ARITH-005.
 */
export function onPath<T>(path: KernelPath, run: <N>(p: NumberPath<N>) => T): T {
  return path === 'fast' ? run(FAST_PATH) : run(DECIMAL_PATH);
}
