/**
 * An exact rational `num/den` (bigint, `den > 0`, lowest terms): the concrete
 * half of a concolic value (see `concolicArithmetic.ts`). Only the prover
 * uses it; it is not the reference model's `Rational`, so that the proofs do
 * not lean on the code they are compared with elsewhere.
 */
export interface Q {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (a: bigint): bigint => (a < 0n ? -a : a);
const gcd = (a: bigint, b: bigint): bigint => {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** `num/den` in lowest terms (`den !== 0`). */
export function q(num: bigint, den = 1n): Q {
  const s = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

export const qAdd = (a: Q, b: Q): Q => q(a.num * b.den + b.num * a.den, a.den * b.den);
export const qSub = (a: Q, b: Q): Q => q(a.num * b.den - b.num * a.den, a.den * b.den);
export const qMul = (a: Q, b: Q): Q => q(a.num * b.num, a.den * b.den);
export const qCmp = (a: Q, b: Q): -1 | 0 | 1 => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
/** `floor(n/d)` for bigints, `d > 0`. */
const floorBig = (n: bigint, d: bigint): bigint => (n >= 0n ? n / d : -((-n + d - 1n) / d));
/** The greatest integer `k` with `k·b <= a` (`b > 0`). */
export const qFloorDiv = (a: Q, b: Q): Q => q(floorBig(a.num * b.den, a.den * b.num));
/** The least integer `k` with `k·b >= a` (`b > 0`). */
export const qCeilDiv = (a: Q, b: Q): Q => q(-floorBig(-a.num * b.den, a.den * b.num));

/** `a` as exact decimal text when its denominator divides a power of ten, else `num/den`. */
export function qText(a: Q): string {
  let den = a.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) [den, twos] = [den / 2n, twos + 1];
  while (den % 5n === 0n) [den, fives] = [den / 5n, fives + 1];
  if (den !== 1n) return `${a.num}/${a.den}`;
  const digits = Math.max(twos, fives);
  const scaled = abs(a.num) * (10n ** BigInt(digits) / a.den);
  const s = scaled.toString().padStart(digits + 1, '0');
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return a.num < 0n ? `-${text}` : text;
}

/** Parses `-?[0-9]+(\.[0-9]+)?` exactly. */
export function qFromDecimal(text: string): Q {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(text);
  if (m === null) throw new Error(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const v = q(BigInt(`${m[2] ?? '0'}${frac}`), 10n ** BigInt(frac.length));
  return m[1] === '-' ? q(-v.num, v.den) : v;
}
