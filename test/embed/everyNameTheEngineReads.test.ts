import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { RUNTIME_NAMES } from './_wireFields.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every `.name` the source of the engine, the codecs and the command handlers reads. */
function namesRead(): string[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  ['core', 'spec/codecs', 'spec/wire'].forEach((d) => walk(resolve(ROOT, d)));
  const names = new Set<string>();
  for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\.([a-zA-Z_$][\w$]*)/g)) names.add(m[1] ?? '');
  // Names the built-in prototypes already own are shadowed, so polluting them changes nothing the engine reads.
  const builtin = new Set([Array.prototype, String.prototype, Function.prototype, Object.prototype].flatMap((p) => Object.getOwnPropertyNames(p)));
  return [...names].filter((n) => n !== '' && !RUNTIME_NAMES.has(n) && !builtin.has(n) && !KNOWN.has(n)).sort();
}

/** Names still read through the prototype chain: none (the kernel reads `deliveredFrom` and a segment's `flow` as own fields). */
const KNOWN: ReadonlySet<string> = new Set<string>();

const texts = ['contract/core.json', 'contract/reservoir.json', 'contract/safety.json', 'project/bridge-prime-clock.json', 'project/pump-labels.json', 'project/week-programs.json', 'project/malformed.json']
  .map((f) => readFileSync(resolve(ROOT, 'test/vectors', f), 'utf8'));

function answers(): string[] {
  return texts.flatMap((t) => (JSON.parse(t) as { command: string; request: unknown }[]).map((v) => {
    const r = COMMANDS.find((c) => c.name === v.command)?.run(v.request);
    return `${r?.exitCode ?? 'no command'} ${JSON.stringify(r?.body)}`;
  }));
}

describe('no inherited state, beyond the wire field names', () => {
  it('[REQ-EMBED-003] Object.prototype polluted with every property name the engine\'s source reads gives byte-identical answers on every vector', () => {
    const clean = answers();
    const names = namesRead();
    expect(names.length).toBeGreaterThan(200);
    const proto = Object.prototype as Record<string, unknown>;
    const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(proto, n)] as const);
    let polluted: string[] | string;
    try {
      for (const n of names) proto[n] = '30';
      try {
        polluted = answers();
      } catch (e) {
        polluted = `threw: ${String(e)}`;
      }
    } finally {
      for (const [n, d] of saved) {
        if (d === undefined) Reflect.deleteProperty(proto, n);
        else Object.defineProperty(proto, n, d);
      }
    }
    expect(polluted).toEqual(clean);
  });
});
