// A small validator for the subset of JSON Schema (draft 2020-12 keywords)
// that the hazard-analysis schemas use: type, enum, const, pattern,
// minLength, minItems, uniqueItems, items, properties, required,
// additionalProperties (false), $ref to #/$defs/NAME. Anything else in a
// schema is refused, so a schema can never silently ask for a check this
// validator does not make.

const KNOWN = new Set([
  '$schema', '$id', '$defs', '$ref', '$comment', 'title', 'description',
  'type', 'enum', 'const', 'pattern', 'minLength', 'minItems', 'uniqueItems',
  'items', 'properties', 'required', 'additionalProperties',
]);

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isInteger(v)) return 'integer';
  return typeof v;
}

function typeMatches(expected, v) {
  const actual = typeOf(v);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/**
 * Validates `value` against `schema`; returns a list of `{ path, message }`
 * (empty when valid). `path` is a JSON-pointer-like dotted path.
 * @param {object} schema
 * @param {unknown} value
 * @returns {{ path: string, message: string }[]}
 */
export function validateSchema(schema, value) {
  const errors = [];
  const root = schema;
  const visit = (s, v, path) => {
    for (const key of Object.keys(s)) {
      if (!KNOWN.has(key)) {
        errors.push({ path, message: `schema keyword "${key}" is not supported by this validator` });
        return;
      }
    }
    if (s.$ref !== undefined) {
      const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
      const target = m === null ? undefined : root.$defs?.[m[1]];
      if (target === undefined) {
        errors.push({ path, message: `unresolvable $ref ${s.$ref}` });
        return;
      }
      visit(target, v, path);
    }
    if (s.type !== undefined && !typeMatches(s.type, v)) {
      errors.push({ path, message: `expected ${s.type}, found ${typeOf(v)}` });
      return;
    }
    if (s.const !== undefined && v !== s.const) errors.push({ path, message: `must be ${JSON.stringify(s.const)}` });
    if (s.enum !== undefined && !s.enum.includes(v)) {
      errors.push({ path, message: `${JSON.stringify(v)} is not one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}` });
    }
    if (typeof v === 'string') {
      if (s.minLength !== undefined && v.trim().length < s.minLength) errors.push({ path, message: `must have at least ${s.minLength} non-blank character(s)` });
      if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) errors.push({ path, message: `${JSON.stringify(v)} does not match ${s.pattern}` });
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) errors.push({ path, message: `must have at least ${s.minItems} item(s)` });
      if (s.uniqueItems === true) {
        const seen = new Set();
        for (const item of v) {
          const k = JSON.stringify(item);
          if (seen.has(k)) errors.push({ path, message: `duplicate item ${k}` });
          seen.add(k);
        }
      }
      if (s.items !== undefined) v.forEach((item, i) => visit(s.items, item, `${path}[${i}]`));
    }
    if (typeOf(v) === 'object') {
      for (const req of s.required ?? []) {
        if (!Object.prototype.hasOwnProperty.call(v, req)) errors.push({ path, message: `missing required field "${req}"` });
      }
      const props = s.properties ?? {};
      for (const [k, child] of Object.entries(v)) {
        const sub = path === '' ? k : `${path}.${k}`;
        if (Object.prototype.hasOwnProperty.call(props, k)) visit(props[k], child, sub);
        else if (s.additionalProperties === false) errors.push({ path: sub, message: `unknown field "${k}"` });
      }
    }
  };
  visit(schema, value, '');
  return errors;
}
