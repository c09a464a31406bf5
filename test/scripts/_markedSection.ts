import { expect } from 'vitest';

/**
 * The section a script wrote between its markers: asserts that everything before `begin` and from `end`
 * on is as it was in `original`, and returns what lies between.
 */
export function writtenSection(original: string, written: string, begin: string, end: string): string {
  const head = original.slice(0, original.indexOf(begin));
  const tail = original.slice(original.indexOf(end));
  expect(written.startsWith(head)).toBe(true);
  expect(written.endsWith(tail)).toBe(true);
  return written.slice(head.length, written.length - tail.length);
}
