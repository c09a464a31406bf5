import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../spec/wire/commands/registry.js';
import { drugsCommand } from '../../../../spec/wire/commands/drugs.js';
import { pumpsCommand } from '../../../../spec/wire/commands/pumps.js';

/** Every object with a `value` and a `dim` (a library number) in a JSON body. */
function numbers(body: unknown): { value: string; dim: string; source: string; confidence: string }[] {
  const out: { value: string; dim: string; source: string; confidence: string }[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) { x.forEach(walk); return; }
    if (typeof x !== 'object' || x === null) return;
    const o = x as Record<string, unknown>;
    if (typeof o['value'] === 'string' && typeof o['dim'] === 'string') out.push(o as never);
    Object.values(o).forEach(walk);
  };
  walk(body);
  return out;
}

describe('drugs and pumps commands', () => {
  it('[REQ-LIB-010] drugs lists every drug and every number with its source and confidence, as plain JSON', () => {
    const r = drugsCommand.run(undefined);
    expect(r.exitCode).toBe(0);
    const body = JSON.parse(JSON.stringify(r.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, version: '1.3.0', warnings: [] });
    expect((body['drugs'] as { name: string }[]).map((d) => d.name)).toEqual(['morphine', 'hydromorphone', 'fentanyl', 'sufentanil', 'ziconotide', 'baclofen', 'bupivacaine', 'clonidine']);
    const ns = numbers(body);
    expect(ns.length).toBeGreaterThan(40);
    for (const n of ns) {
      expect(n.source, n.value).toMatch(/\S/);
      expect(['label', 'guideline', 'unverified', 'other', 'engine', 'approximate']).toContain(n.confidence);
    }
    // the one approximate drug number: morphine alone's 90 days, inferred from studies of admixtures (REQ-LIB-102)
    expect(ns.filter((n) => n.confidence === 'approximate').map((n) => [n.value, n.source])).toEqual([
      ['90 day', 'inferred from Hildebrand 2003 (morphine with clonidine) and Classen 2004 (morphine, bupivacaine and clonidine)'],
    ]);
    expect(ns).toContainEqual(expect.objectContaining({ value: '19.2 mcg/day', source: 'Prialt US label', confidence: 'label' }));
    expect(JSON.stringify(body['conversions'])).toContain('"300"');
  });

  it('[REQ-PUMP-006] pumps lists every profile and fact with its source, and the residual thresholds', () => {
    const r = pumpsCommand.run(undefined);
    const body = JSON.parse(JSON.stringify(r.body)) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, version: '1.2.0' });
    expect((body['pumps'] as { name: string }[]).map((p) => p.name)).toEqual(['synchromed-ii', 'synchromed-ii-20', 'synchromed-ii-40', 'prometra', 'prometra-20', 'prometra-40', 'isomed', 'codman-3000']);
    for (const n of numbers(body)) {
      expect(n.source, n.value).toMatch(/\S/);
      expect(n.confidence).toBe('cited');
    }
    expect(numbers(body['residualThresholds']).map((n) => n.value)).toEqual(['20 mL', '1 mL', '40 mL', '2 mL']);
  });

  it('[REQ-LABEL-001] pumps shows each labelled-use table with its sources beside its profile, none where the labelling is not public', () => {
    const body = JSON.parse(JSON.stringify(pumpsCommand.run(undefined).body)) as { pumps: { name: string; labelledUse?: { label: string; drugs: { drug: string; basis: { source: string } }[] } }[]; rules: Record<string, string> };
    expect(body.pumps.filter((p) => p.labelledUse === undefined).map((p) => p.name)).toEqual(['isomed', 'codman-3000']);
    const prometra = body.pumps.find((p) => p.name === 'prometra-40')?.labelledUse;
    expect(prometra?.drugs.map((d) => d.drug)).toEqual(['morphine', 'saline', 'baclofen']);
    for (const d of prometra?.drugs ?? []) expect(d.basis.source).toContain('PL-19589-04');
    expect(body.rules['labelledUse']).toContain('not known');
  });

  it('[REQ-LIB-010] [REQ-PUMP-006] the registry answers drugs, pumps, convert and refill-check', () => {
    const names = COMMANDS.map((c) => c.name);
    for (const n of ['drugs', 'pumps', 'convert', 'refill-check']) expect(names).toContain(n);
    expect(COMMANDS.find((c) => c.name === 'drugs')?.takesRequest).toBe(false);
  });
});
