// Types for scripts/render-hazards.mjs (a plain Node ESM script), for the TypeScript tests.

export function requirementsOfHazard(hazard: unknown): string[];
export function renderHazardLog(doc: unknown): string;
export function renderFmea(doc: unknown): string;
