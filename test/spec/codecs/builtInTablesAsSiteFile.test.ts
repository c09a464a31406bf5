import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { applySiteLibrary, CONVERSION_CHAINS, conversionChainsOf, DRUG_LIBRARY, DRUG_LIBRARY_VERSION, drugIn, PUMP_PROFILES, SITE_GRADES, type Grade, type Library, type PumpProfile } from '../../../core/index.js';
import { sitePumpIn } from '../../../core/library/sitePumps.js';
import { decodeWith } from '../../../spec/codecs/decodeWith.js';
import { siteLibraryCodec, siteLibraryCodecWith } from '../../../spec/codecs/decodeSiteLibrary.js';

const ALL_GRADES = ['L', 'L/O', 'P', 'P*', 'O', 'C', 'A', 'E'] as const satisfies readonly Grade[];
const BUILT_IN_ONLY: readonly string[] = ['C', 'A', 'E'];

/** A library value as a file writes it: `dim` and `confidence` follow from the field and the grade, so a file leaves them out. */
function asFile(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(asFile);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'dim' && k !== 'confidence').map(([k, x]) => [k, asFile(x)]));
}

/** A built-in profile as a site file writes it: the name is the key, `integratorSupplies` follows from the facts given, capabilities are the request's form (plain values; their source is the file). */
function pumpAsFile(p: PumpProfile): unknown {
  const { name: _n, integratorSupplies: _i, capabilities, ...rest } = p;
  return { ...(asFile(rest) as object), capabilities: Object.fromEntries(Object.entries(capabilities).map(([k, c]) => [k, asFile((c as { value: unknown }).value)])) };
}

const drugs = Object.fromEntries(Object.entries(DRUG_LIBRARY).map(([name, d]) => {
  const { name: _n, ...rest } = d;
  const chain = CONVERSION_CHAINS[name];
  const conversion = chain === undefined ? {} : { conversion: asFile((({ drug: _d, ...c }) => c)(chain)) };
  return [name, { ...(asFile(rest) as object), ...conversion }];
}));
const pumps = Object.fromEntries(Object.values(PUMP_PROFILES).map((p) => [`site-${p.name}`, pumpAsFile(p)]));
const FILE = { name: 'the built-in tables', version: DRUG_LIBRARY_VERSION, drugs, pumps };
const EMPTY: Library = { drugLibraryVersion: 'none', drugs: {}, drugNames: [] };

describe('the built-in tables, written as a site library file', () => {
  it('[REQ-SITE-011] decode with the site library codec (every grade admitted) and give back every built-in drug entry and conversion chain, field for field', () => {
    const decoded = decodeWith(siteLibraryCodecWith(ALL_GRADES), FILE);
    expect(E.isRight(decoded) ? [] : decoded.left).toEqual([]);
    if (E.isLeft(decoded)) return;
    const lib = applySiteLibrary(decoded.right, EMPTY);
    expect(E.isRight(lib) ? [] : lib.left).toEqual([]);
    if (E.isLeft(lib)) return;
    expect(lib.right.drugNames).toEqual(Object.keys(DRUG_LIBRARY));
    for (const name of Object.keys(DRUG_LIBRARY)) expect(drugIn(lib.right, name), name).toEqual(DRUG_LIBRARY[name]);
    expect(lib.right.conversions).toEqual(CONVERSION_CHAINS);
    expect(conversionChainsOf(lib.right).length).toBe(2 * Object.keys(CONVERSION_CHAINS).length);
  });

  it('[REQ-SITE-011] give back every built-in pump profile: reservoirs, facts, catheter, other facts, notes; the same parameters left to the integrator', () => {
    const decoded = decodeWith(siteLibraryCodecWith(ALL_GRADES), FILE);
    if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left));
    const lib = applySiteLibrary(decoded.right, EMPTY);
    if (E.isLeft(lib)) throw new Error(JSON.stringify(lib.left));
    for (const p of Object.values(PUMP_PROFILES)) {
      const site = sitePumpIn(lib.right, `site-${p.name}`)?.profile;
      expect(site, p.name).toBeDefined();
      if (site === undefined) continue;
      const { name: _a, integratorSupplies: si, capabilities: sc, ...siteRest } = site;
      const { name: _b, integratorSupplies: bi, capabilities: bc, ...builtRest } = p;
      expect(siteRest, p.name).toEqual(builtRest);
      expect([...si].sort(), p.name).toEqual([...bi].sort());
      expect(Object.fromEntries(Object.entries(sc).map(([k, c]) => [k, (c as { value: unknown }).value])), p.name)
        .toEqual(Object.fromEntries(Object.entries(bc).map(([k, c]) => [k, (c as { value: unknown }).value])));
    }
  });

  it('[REQ-SITE-011] with the site grades, the one difference is the grade: every error is at a grade the built-in library keeps for itself (E, C, A)', () => {
    const decoded = decodeWith(siteLibraryCodec, FILE);
    expect(E.isLeft(decoded)).toBe(true);
    if (E.isRight(decoded)) return;
    for (const e of decoded.left) {
      expect(e.path, e.message).toMatch(/\.grade$/);
      const raw = e.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], FILE);
      expect(BUILT_IN_ONLY, e.path).toContain(raw);
      expect(SITE_GRADES as readonly string[]).not.toContain(raw);
    }
  });
});
