import type { Override } from '../../request/CompileRequest.js';

/** The override of `code` for `drug` with a non-empty reason, if the request has one. */
export function overrideFor(overrides: readonly Override[], code: string, drug: string): Override | undefined {
  return overrides.find((o) => o.code === code && o.drug === drug && o.reason.trim() !== '');
}

/** True when the request has an override of `code` for `drug` whose reason is empty (it does not count). */
export function hasEmptyOverride(overrides: readonly Override[], code: string, drug: string): boolean {
  return overrides.some((o) => o.code === code && o.drug === drug && o.reason.trim() === '');
}
