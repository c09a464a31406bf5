/**
 * The decimal text of a finite decimal (an optional `-`, digits, an optional
 * `.` and digits, as `ExactArithmetic.toDecimalString` prints it) as an
 * integer numerator over a power of ten: `n / 10^k`, exact, nothing rounded.
 * Shared by the scaled BigInt arithmetic and the quantity printer.
 * Implements REQ-ARITH-003, REQ-PERF-101.
 */
export function decimalTextToScaled(text: string): { readonly n: bigint; readonly k: number } {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1);
  const n = BigInt(`${whole}${fraction}`);
  return { n: negative ? -n : n, k: fraction.length };
}
