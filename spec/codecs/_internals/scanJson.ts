import { engineError, type EngineError } from '../../../core/index.js';
import { errorsLeftOut, MAX_ERRORS } from '../capErrors.js';
import { keyForPath } from './pathOf.js';

type Frame = { kind: 'object'; keys: Set<string>; key: string; expectKey: boolean } | { kind: 'array'; index: number };

/**
 * Scans the text of a VALID JSON document (JSON.parse accepted it) without
 * recursion: refuses nesting deeper than `maxDepth` (`INPUT_TOO_LARGE`) and
 * reports every key repeated within one object (`DUPLICATE_FIELD`, with the
 * key's path), which JSON.parse would silently resolve to the last value.
 * At most MAX_ERRORS duplicates are listed, then one ERRORS_TRUNCATED entry
 * with the number left out.
 */
export function scanJson(text: string, maxDepth: number): EngineError[] {
  const stack: Frame[] = [];
  const errors: EngineError[] = [];
  let leftOut = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top !== undefined && top.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key) && errors.length >= MAX_ERRORS) leftOut += 1;
        else if (top.keys.has(key)) {
          const path = [...stack.slice(0, -1).map(segment), keyForPath(key)].join('.');
          errors.push(engineError('DUPLICATE_FIELD', path, `field ${JSON.stringify(keyForPath(key))} appears more than once in one object; give it once`));
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (stack.length >= maxDepth) {
        const path = stack.map(segment).join('.');
        return [engineError('INPUT_TOO_LARGE', path, `the document is nested deeper than ${maxDepth} levels`)];
      }
      stack.push(ch === 0x7b ? { kind: 'object', keys: new Set(), key: '', expectKey: true } : { kind: 'array', index: 0 });
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    } else if (ch === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index += 1;
    }
    i += 1;
  }
  return leftOut > 0 ? [...errors, errorsLeftOut(leftOut)] : errors;
}

function segment(f: Frame): string {
  return f.kind === 'object' ? keyForPath(f.key) : String(f.index);
}
