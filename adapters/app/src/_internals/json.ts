import type { Json } from '../engine.js';

/** The value at a dotted path of a JSON value, or undefined. */
export function at(v: Json | undefined, path: string): Json | undefined {
  let cur: Json | undefined = v;
  for (const key of path.split('.')) {
    if (key === '') continue;
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? (cur as readonly Json[])[Number(key)] : (cur as { readonly [k: string]: Json })[key];
  }
  return cur;
}

/** The string at a path, or `fallback`. */
export function str(v: Json | undefined, path: string, fallback = ''): string {
  const x = at(v, path);
  return typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : fallback;
}

/** The array at a path, or an empty one. */
export function arr(v: Json | undefined, path: string): readonly Json[] {
  const x = at(v, path);
  return Array.isArray(x) ? (x as readonly Json[]) : [];
}

/** The object's own entries at a path, or none. */
export function entries(v: Json | undefined, path: string): readonly (readonly [string, Json])[] {
  const x = at(v, path);
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x as { readonly [k: string]: Json }) : [];
}
