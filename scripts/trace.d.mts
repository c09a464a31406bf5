// Types for scripts/trace.mjs (a plain Node ESM script), for the TypeScript tests.

export interface TraceProblem {
  readonly rule: string;
  readonly item: string;
  readonly message: string;
}

export interface TracedTest {
  readonly file: string;
  readonly name: string;
  readonly status: string;
}

export interface TraceRequirement {
  readonly id: string;
  readonly title: string | null;
  readonly kind: string | null;
  readonly status: 'verified' | 'untested' | 'failing' | 'unknown' | 'retired';
  readonly tests: readonly TracedTest[];
  /** How it is verified: a proved theorem, a passing property (properties/), both, other tests only, or nothing. */
  readonly evidence: 'proved' | 'property-tested' | 'both' | 'tested' | 'none';
  /** The theorems of reports/proofs.json that name it. */
  readonly proofs: readonly { readonly theorem: string; readonly status: string; readonly ms: number }[];
  readonly verifiedBy?: string;
  readonly hazards?: readonly string[];
  readonly fmea?: readonly string[];
}

export interface TraceResult {
  readonly ok: boolean;
  readonly problems: readonly TraceProblem[];
  readonly matrix: {
    readonly hazards: readonly {
      readonly id: string;
      readonly hazard: string;
      readonly requirements: readonly TraceRequirement[];
      readonly status: 'traced' | 'open';
    }[];
    readonly requirements: readonly TraceRequirement[];
    readonly fmea: readonly { readonly export: string; readonly failureModes: number; readonly requirements: readonly string[] }[];
    readonly tests: { readonly total: number; readonly passed: number; readonly naming: number; readonly reportStartTime: string | null; readonly commit: string | null; readonly clean: boolean };
    readonly proofs: { readonly ran: boolean; readonly theorems: number; readonly proved: number };
  };
}

export const PATHS: Readonly<Record<
  'hazards' | 'hazardsSchema' | 'hazardLog' | 'fmea' | 'fmeaSchema' | 'fmeaLog' | 'catalogue' | 'coreIndex' | 'vitestReport' | 'vitestMeta' | 'proofs' | 'traceMd' | 'traceJson',
  string
>>;
export const REQUIREMENT_ID: RegExp;
export function isRetired(requirement: unknown): boolean;
export function requirementIdsIn(title: string): string[];
export function loadInputs(root: string, options?: { report?: string }): Promise<{ inputs: unknown; problems: TraceProblem[] }>;
export function testsOf(report: unknown, root: string): (TracedTest & { readonly requirements: readonly string[] })[];
export function checkTrace(inputs: unknown, loadProblems?: readonly TraceProblem[]): TraceResult;
export function renderTraceMarkdown(result: TraceResult): string;
export function runTrace(root: string, options?: { report?: string }): Promise<TraceResult>;
