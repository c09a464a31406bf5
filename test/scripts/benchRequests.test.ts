import { describe, expect, it } from 'vitest';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from '../../core/quantity/parseQuantity.js';
import { MAX_WEEK_ENTRIES } from '../../core/request/bounds.js';
import * as codecs from '../../spec/codecs/index.js';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { DECODER_OF, largestRequests } from '../../scripts/lib/largestRequests.mjs';

// The benchmark's largest legal requests (npm run bench) must stay legal: a case
// refused as malformed measures nothing. Every case runs through its handler
// here (no time is asserted: the bench measures that), so that the largest
// request of every command is a regression test against unbounded work ending
// in an internal fault.

const convert = COMMANDS.find((c) => c.name === 'convert');
const built = largestRequests({ ...codecs }, { integer: MAX_INTEGER_DIGITS, fraction: MAX_FRACTION_DIGITS }, { convert: (u) => convert?.run(u).exitCode !== 2 });

type Json = Record<string, unknown>;
const at = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Json)[k] : undefined), v);

describe('benchmark: the largest legal requests', () => {
  it('[REQ-RUN-002] every command has a case, and every case decodes as well-formed', () => {
    expect(new Set(built.cases.map((c) => c.command))).toEqual(new Set(COMMANDS.map((c) => c.name)));
    for (const c of built.cases) {
      const name = DECODER_OF[c.command];
      if (name === undefined) continue;
      const decode = (codecs as unknown as Record<string, (u: unknown) => { _tag: string; left?: unknown }>)[name];
      expect(decode, `${c.id}: decoder ${name}`).toBeTypeOf('function');
      const r = decode?.(c.request);
      expect(r?._tag, `${c.id}: ${JSON.stringify(r?.left)}`).toBe('Right');
    }
  });
  it('[REQ-RUN-002] [REQ-WORK-001] [REQ-WORK-101] every case, the largest legal request of every command, answers with exit 0 or 3, never 1 (an internal fault: a stack overflow, a heap exhausted) or 2', () => {
    for (const c of built.cases) {
      const command = COMMANDS.find((x) => x.name === c.command);
      const r = command?.run(c.request);
      expect([0, 3], `${c.id}: ${JSON.stringify(r?.body)}`).toContain(r?.exitCode);
    }
  });
  it('[REQ-RUN-002] the largest program reaches the decoder\'s exported count bounds', () => {
    const program = built.cases.find((c) => c.id === 'compile-largest-program')?.request;
    expect((at(program, 'therapy', 'steps') as unknown[]).length).toBe(Math.min(codecs.MAX_PER_DAY_ENTRIES, 1440));
    expect((at(program, 'therapy', 'periodicBoluses') as unknown[]).length).toBe(Math.min(codecs.MAX_PER_DAY_ENTRIES, 1440));
    expect(at(program, 'therapy', 'patientBolus', 'maxPerDay')).toBe(codecs.MAX_COUNT);
    const admixture = built.cases.find((c) => c.id === 'compile-admixture')?.request;
    expect((at(admixture, 'reservoir', 'drugs') as unknown[]).length).toBe(codecs.MAX_RESERVOIR_DRUGS);
  });
  it('[REQ-RUN-002] [REQ-WEEK-001] the largest week program reaches the week bound: 7 × the per-day counts, every drug', () => {
    const week = built.cases.find((c) => c.id === 'compile-largest-week')?.request;
    const days = Object.values(at(week, 'therapy', 'days') as Json);
    expect(days).toHaveLength(7);
    expect(days.reduce<number>((n, d) => n + (at(d, 'steps') as unknown[]).length, 0)).toBe(MAX_WEEK_ENTRIES);
    expect(days.reduce<number>((n, d) => n + (at(d, 'periodicBoluses') as unknown[]).length, 0)).toBe(MAX_WEEK_ENTRIES);
    expect((at(week, 'reservoir', 'drugs') as unknown[]).length).toBe(codecs.MAX_RESERVOIR_DRUGS);
  });
  it('[REQ-RUN-002] extreme quantities follow the decoder: a lower bound there gives a smaller largest value here', () => {
    // a decoder that refuses catheter volumes above 1 mL (the real bound is higher): the largest catheter becomes the largest value below it
    const bounded = {
      ...codecs,
      decodeBridgeRequest: (u: unknown) => {
        const v = at(u, 'catheter', 'volume');
        const m = typeof v === 'string' ? /^([0-9.]+) mL$/.exec(v) : null;
        return m !== null && Number(m[1]) > 1 ? { _tag: 'Left', left: [] } : codecs.decodeBridgeRequest(u);
      },
    };
    const b = largestRequests(bounded, { integer: MAX_INTEGER_DIGITS, fraction: MAX_FRACTION_DIGITS });
    expect(b.bounds['largestCatheter']).toBe('1 mL');
    expect(built.bounds['largestCatheter']).not.toBe('1 mL');
  });
});
