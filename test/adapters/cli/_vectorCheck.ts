import { Decimal } from 'decimal.js';
import { parseUnit } from '../../../core/index.js';

/** A contract vector's `expect` block. */
export interface Expect {
  exit?: number | number[];
  ok?: boolean;
  equals?: Record<string, unknown>;
  atMost?: Record<string, string>;
  atLeast?: Record<string, string>;
  between?: Record<string, [string, string]>;
  errorsWellFormed?: boolean;
  errorCodeMatches?: string;
  warningMatches?: string;
  /** Project extension: some error has exactly this code and path. */
  errorIs?: { code: string; path: string };
}

const D = Decimal.clone({ precision: 200 });

/** A quantity string's dimension and exact value in base units, or undefined. */
export function measure(x: unknown): { dim: string; v: Decimal } | undefined {
  if (typeof x !== 'string') return undefined;
  const m = /^(-?[0-9]+(?:\.[0-9]+)?) (\S+)$/.exec(x);
  if (m === null) return undefined;
  const u = parseUnit(m[2] ?? '');
  if ('code' in u) return undefined;
  return { dim: u.dim, v: new D(m[1] ?? '0').times(u.num.toString()).dividedBy(u.den.toString()) };
}

const get = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);

/** Every way a CLI result fails a vector's expectations (empty when it passes). */
export function check(exp: Expect, body: unknown, code: number | null): string[] {
  const fails: string[] = [];
  const b = body as { ok?: unknown; errors?: unknown; warnings?: unknown } | null;
  if (exp.exit !== undefined && !(Array.isArray(exp.exit) ? exp.exit.includes(code ?? -1) : exp.exit === code)) fails.push(`exit ${code}, want ${String(exp.exit)}`);
  if (exp.ok !== undefined && b?.ok !== exp.ok) fails.push(`ok=${String(b?.ok)}, want ${String(exp.ok)}`);
  const cmp = (path: string, want: string, ok: (c: number) => boolean, what: string): void => {
    const g = measure(get(body, path));
    const w = measure(want);
    if (g === undefined || w === undefined || g.dim !== w.dim || !ok(g.v.comparedTo(w.v))) fails.push(`${path}=${JSON.stringify(get(body, path))}, want ${what} ${want}`);
  };
  for (const [path, want] of Object.entries(exp.equals ?? {})) {
    if (typeof want === 'string' && measure(want) !== undefined) cmp(path, want, (c) => c === 0, '=');
    else if (JSON.stringify(get(body, path)) !== JSON.stringify(want)) fails.push(`${path}=${JSON.stringify(get(body, path))}, want ${JSON.stringify(want)}`);
  }
  for (const [path, want] of Object.entries(exp.atMost ?? {})) cmp(path, want, (c) => c <= 0, '<=');
  for (const [path, want] of Object.entries(exp.atLeast ?? {})) cmp(path, want, (c) => c >= 0, '>=');
  for (const [path, [lo, hi]] of Object.entries(exp.between ?? {})) {
    cmp(path, lo, (c) => c >= 0, '>=');
    cmp(path, hi, (c) => c <= 0, '<=');
  }
  const codes = [...(Array.isArray(b?.errors) ? b.errors : []), ...(Array.isArray(b?.warnings) ? b.warnings : [])].map((e: { code?: unknown }) => e?.code);
  if (exp.errorCodeMatches !== undefined && !codes.some((c) => typeof c === 'string' && new RegExp(exp.errorCodeMatches ?? '').test(c))) fails.push(`no code matching ${exp.errorCodeMatches} in ${JSON.stringify(codes)}`);
  if (exp.warningMatches !== undefined) {
    const ws = (Array.isArray(b?.warnings) ? b.warnings : []).map((w: { code?: unknown }) => w?.code);
    if (!ws.some((c) => typeof c === 'string' && new RegExp(exp.warningMatches ?? '').test(c))) fails.push(`no warning matching ${exp.warningMatches}`);
  }
  if (exp.errorsWellFormed === true && b?.ok === false) {
    const errs = b.errors;
    if (!Array.isArray(errs) || errs.length === 0 || errs.some((e: { code?: unknown; message?: unknown; path?: unknown }) => typeof e?.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(e.code) || typeof e?.message !== 'string' || typeof e?.path !== 'string')) {
      fails.push(`errors not well formed: ${JSON.stringify(errs)}`);
    }
  }
  if (exp.errorIs !== undefined) {
    const want = exp.errorIs;
    const errs = Array.isArray(b?.errors) ? (b.errors as { code?: unknown; path?: unknown }[]) : [];
    if (!errs.some((e) => e.code === want.code && e.path === want.path)) fails.push(`no error ${want.code} at ${want.path} in ${JSON.stringify(errs)}`);
  }
  return fails;
}
