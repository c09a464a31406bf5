/** The JSON type of a value, for messages. */
export function jsonTypeOf(u: unknown): string {
  if (u === null) return 'null';
  if (Array.isArray(u)) return 'an array';
  if (typeof u === 'object') return 'an object';
  if (typeof u === 'string') return 'a string';
  if (typeof u === 'number') return 'a number';
  if (typeof u === 'boolean') return 'a boolean';
  return `a ${typeof u} (not JSON)`;
}
