/**
 * The number type the safety kernel computes with.
 *
 * The kernel (`core/kernel/`) never touches a concrete number type: every
 * function takes an `ExactArithmetic<N>` and values of type `N`. The shipped
 * implementation is exact decimals ({@link decimalArithmetic}); the same kernel
 * can run on scaled integers (for firmware speed) or on solver terms (for
 * proofs) by supplying another implementation of this interface.
 *
 * There is deliberately no plain `div`: the only divisions are the two integer
 * divisions below, whose names say which way they round. Anything else that
 * needs a quotient goes through `core/rounding/`, which states the direction.
 *
 * Implements REQ-ARITH-001 (exact arithmetic), REQ-ARITH-002 (directed division).
 * @since 0.1.0
 */
export interface ExactArithmetic<N> {
  /** Human-readable name, for reports (e.g. `"decimal.js exact"`). */
  readonly name: string;
  /** Exact 0. */
  readonly zero: N;
  /** Exact 1. */
  readonly one: N;
  /** An exact integer. */
  fromInteger(n: bigint): N;
  /** An exact decimal written `-?[0-9]+(\.[0-9]+)?`; the caller has validated the text. */
  fromDecimalString(text: string): N;
  /** Exact `a + b`. */
  add(a: N, b: N): N;
  /** Exact `a - b`. */
  sub(a: N, b: N): N;
  /** Exact `a * b`. */
  mul(a: N, b: N): N;
  /** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
  compare(a: N, b: N): -1 | 0 | 1;
  /** The greatest integer `q` with `q * b <= a`; `b` must be positive. */
  floorDiv(a: N, b: N): N;
  /** The least integer `q` with `q * b >= a`; `b` must be positive. */
  ceilDiv(a: N, b: N): N;
  /** The exact decimal text of `a` (no exponent), for reports. */
  toDecimalString(a: N): string;
  /** True when `a` is an integer. */
  isInteger(a: N): boolean;
}
