/**
 * Names that could reach or shadow an object's prototype machinery. They are
 * never a declared field, never a drug name and never a key of a decoded
 * record, so `limits["constructor"]` can never mean anything.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set<string>([
  '__proto__',
  'constructor',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);
