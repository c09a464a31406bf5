/**
 * An exact rational number on BigInt, always kept normalised: the
 * denominator is positive and shares no factor with the numerator. The
 * reference model computes with nothing else, so it cannot round by accident.
 *
 * It is deliberately independent of the engine's own arithmetic: a second,
 * naive implementation whose agreement with the first is evidence for both.
 *
 * @example
 * import { Rational } from './Rational.js';
 * const third = Rational.of(1n, 3n);
 * third.add(Rational.of(1n, 6n)).toString(); // "1/2"
 * Rational.fromDecimal('0.25').mul(Rational.of(4n)).toString(); // "1"
 *
 * Implements REQ-REF-001 (reference arithmetic exact on BigInt rationals).
 * @since 0.1.0
 */
export class Rational {
  /** Numerator (any sign). */
  readonly num: bigint;
  /** Denominator (positive). */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /** `num / den`, normalised; `den` must not be zero. */
  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational: zero denominator');
    // Already normalised: an integer (gcd(n, 1) = 1), or zero (0/d is 0/1).
    if (den === 1n) return new Rational(num, 1n);
    if (num === 0n) return new Rational(0n, 1n);
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den);
    return new Rational((sign * num) / g, (sign * den) / g);
  }

  /** A plain decimal `-?[0-9]+(\.[0-9]+)?`, exactly. */
  static fromDecimal(text: string): Rational {
    const m = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(text);
    if (m === null) throw new SyntaxError(`Rational: "${text}" is not a plain decimal`);
    const [, sign = '', whole = '', frac = ''] = m;
    const value = Rational.of(BigInt(whole + frac), 10n ** BigInt(frac.length));
    return sign === '-' ? value.neg() : value;
  }

  static readonly ZERO = Rational.of(0n);
  static readonly ONE = Rational.of(1n);

  /**
   * this + b. When one side is an integer `k`, `(n + k·d) / d` is already
   * normalised (a common factor of `n + k·d` and `d` divides `n`, and
   * gcd(n, d) = 1), so no gcd is taken; otherwise the general formula.
   */
  add(b: Rational): Rational {
    if (b.den === 1n) return new Rational(this.num + b.num * this.den, this.den);
    if (this.den === 1n) return new Rational(b.num + this.num * b.den, b.den);
    return Rational.of(this.num * b.den + b.num * this.den, this.den * b.den);
  }

  /** this - b (as `add`, with the same integer shortcut). */
  sub(b: Rational): Rational {
    if (b.den === 1n) return new Rational(this.num - b.num * this.den, this.den);
    if (this.den === 1n) return new Rational(this.num * b.den - b.num, b.den);
    return Rational.of(this.num * b.den - b.num * this.den, this.den * b.den);
  }

  /** this × b. */
  mul(b: Rational): Rational {
    return Rational.of(this.num * b.num, this.den * b.den);
  }

  /** `this / b`; `b` must not be zero. */
  div(b: Rational): Rational {
    return Rational.of(this.num * b.den, this.den * b.num);
  }

  /** -this (a sign change keeps the fraction normalised). */
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** -1, 0 or 1 (denominators are positive, so cross-multiplying keeps the order). */
  compare(b: Rational): -1 | 0 | 1 {
    const d = this.den === b.den ? this.num - b.num : this.num * b.den - b.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }

  /** this = b. */
  eq(b: Rational): boolean {
    return this.compare(b) === 0;
  }

  /** this < b. */
  lt(b: Rational): boolean {
    return this.compare(b) < 0;
  }

  /** this ≤ b. */
  le(b: Rational): boolean {
    return this.compare(b) <= 0;
  }

  /** this > b. */
  gt(b: Rational): boolean {
    return this.compare(b) > 0;
  }

  /** this ≥ b. */
  ge(b: Rational): boolean {
    return this.compare(b) >= 0;
  }

  /** this = 0. */
  isZero(): boolean {
    return this.num === 0n;
  }

  /** True when this is a whole number. */
  isInteger(): boolean {
    return this.den === 1n;
  }

  /** The greatest integer not above this value. */
  floor(): bigint {
    const q = this.num / this.den; // truncates toward zero
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** The least integer not below this value. */
  ceil(): bigint {
    return -this.neg().floor();
  }

  /** The smaller of a and b. */
  static min(a: Rational, b: Rational): Rational {
    return a.le(b) ? a : b;
  }

  /** The larger of a and b. */
  static max(a: Rational, b: Rational): Rational {
    return a.ge(b) ? a : b;
  }

  /** Sum of a list. */
  static sum(xs: readonly Rational[]): Rational {
    return xs.reduce((s, x) => s.add(x), Rational.ZERO);
  }

  /**
   * The greatest rational `g` such that both `a / g` and `b / g` are integers
   * (`a`, `b` positive): the coarsest grid both lie on.
   */
  static gcd(a: Rational, b: Rational): Rational {
    return Rational.of(gcd(a.num * b.den, b.num * a.den), a.den * b.den);
  }

  /** `"n/d"`, or `"n"` for an integer. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num.toString()}/${this.den.toString()}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x === 0n ? 1n : x;
}
