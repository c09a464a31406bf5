import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalArithmetic as A } from '../../../core/arith/decimalArithmetic.js';
import { INPUT_BOUNDS, type InputBound } from '../../../core/library/inputBounds.js';
import { parseQuantity } from '../../../core/quantity/parseQuantity.js';

const DOCS = readFileSync(resolve(import.meta.dirname, '../../../docs/wire-extensions.md'), 'utf8');
const PUMP_FACTS_SOURCES = ['Medscape 776694', 'PL-21604-02', 'Prometra II instructions for use, p.33'];
const entries = Object.entries(INPUT_BOUNDS) as [string, InputBound][];

describe('INPUT_BOUNDS', () => {
  it('[REQ-BOUND-003] every bound parses with its dimension, is positive, and says where it comes from', () => {
    for (const [name, b] of entries) {
      const v = parseQuantity(b.dim, b.value, name);
      expect(E.isRight(v) && A.compare(v.right.base, A.zero) > 0, name).toBe(true);
      expect(b.rationale.length, name).toBeGreaterThan(20);
      expect(b.fields.length, name).toBeGreaterThan(0);
      if (b.basis === 'device') expect(PUMP_FACTS_SOURCES.some((s) => b.source.includes(s)), `${name}: ${b.source}`).toBe(true);
      else expect(b.source, name).toBe('engine bound');
    }
  });

  it('[REQ-BOUND-003] the device bounds are the sourced facts: 40 mL reservoirs, a 110 cm catheter; everything else is an engine bound', () => {
    expect(entries.filter(([, b]) => b.basis === 'device').map(([n, b]) => `${n} ${b.value}`)).toEqual(['reservoirVolume 40 mL', 'catheterLength 110 cm']);
  });

  it('[REQ-BOUND-003] docs/wire-extensions.md lists every bound in its table: every field, the value, the basis or source, the code', () => {
    const rows = DOCS.split('\n').filter((l) => l.startsWith('| `'));
    for (const [name, b] of entries) {
      const row = rows.find((r) => b.fields.every((f) => r.includes(`\`${f}\``)));
      expect(row, `${name}: no table row names all of ${b.fields.join(', ')}`).toBeDefined();
      expect(row).toContain(`| ${b.value} |`);
      expect(row).toContain('`QUANTITY_ABOVE_BOUND`');
      if (b.basis === 'engine') expect(row).toContain('| engine bound |');
      else expect(PUMP_FACTS_SOURCES.some((s) => row?.includes(s))).toBe(true);
    }
  });

  it('[REQ-BOUND-003] the table is frozen: no caller can loosen a bound', () => {
    expect(Object.isFrozen(INPUT_BOUNDS)).toBe(true);
    for (const [, b] of entries) {
      expect(Object.isFrozen(b)).toBe(true);
      expect(Object.isFrozen(b.fields)).toBe(true);
    }
  });
});
