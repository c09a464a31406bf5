import { RESERVED_NAMES } from './reservedNames.js';
import { MAX_DRUG_NAME } from '../../../core/request/bounds.js';

/** Longest drug name (defined once, in core/request/bounds.ts). */
export { MAX_DRUG_NAME };

/** A drug name as the library spells them. */
export const DRUG_NAME = /^[a-z][a-z0-9-]*$/;

/** Why `name` is not a drug name (lower case `[a-z][a-z0-9-]*`, at most 64 characters, not reserved), or undefined when it is one. */
export function drugNameProblem(name: string): string | undefined {
  const shown = JSON.stringify(name.slice(0, MAX_DRUG_NAME));
  if (name.length > MAX_DRUG_NAME) return `a drug name has at most ${MAX_DRUG_NAME} characters`;
  if (!DRUG_NAME.test(name)) {
    const lower = name.toLowerCase();
    const hint = lower !== name && DRUG_NAME.test(lower) ? ` (drug names are lower case: "${lower}")` : '';
    return `${shown} is not a drug name: lower-case letters, digits and "-", starting with a letter, as the library lists them${hint}`;
  }
  if (RESERVED_NAMES.has(name)) return `${shown} is a reserved name, not a drug`;
  return undefined;
}
