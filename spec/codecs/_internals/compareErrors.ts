import type { EngineError } from '../../../core/index.js';

const DIGITS = /^[0-9]+$/;

/**
 * Orders errors by path, segment by segment (array indices numerically, so
 * `steps.2` comes before `steps.10`; an index before a name; names by UTF-16
 * code units, independent of locale), a parent before its children. Equal paths
 * keep their order (the sort is stable), so the result is the same whatever the
 * key order of the input.
 */
export function compareErrors(a: EngineError, b: EngineError): number {
  return comparePaths(a.path, b.path);
}

/** The order of {@link compareErrors}, on dotted paths alone. */
export function comparePaths(a: string, b: string): number {
  const pa = a === '' ? [] : a.split('.');
  const pb = b === '' ? [] : b.split('.');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i += 1) {
    const c = compareSegment(pa[i] ?? '', pb[i] ?? '');
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

function compareSegment(a: string, b: string): number {
  const na = DIGITS.test(a);
  const nb = DIGITS.test(b);
  if (na && nb) {
    const x = a.replace(/^0+(?=[0-9])/, '');
    const y = b.replace(/^0+(?=[0-9])/, '');
    if (x.length !== y.length) return x.length - y.length;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
