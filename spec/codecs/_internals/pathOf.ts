import type * as t from 'io-ts';

/** Longest key, in characters, shown in a path or message; longer keys are cut with "…". */
export const MAX_KEY_SHOWN = 64;

/** A key as shown in a path: cut to {@link MAX_KEY_SHOWN} characters so a huge key cannot make a huge error. */
export function keyForPath(key: string): string {
  return key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
}

/** The dotted path of a decoding context (the root entry is the document itself and has no key). */
export function pathOf(c: t.Context): string {
  return c
    .slice(1)
    .map((e) => e.key)
    .join('.');
}
