import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../../bin/itdose.mjs');
const request = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../vectors/contract/core.json'), 'utf8'))[0].request;
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('itdose CLI', () => {
  it('[REQ-CLI-001] reads the request from stdin and prints one JSON document', () => {
    const r = cli(['compile'], JSON.stringify(request));
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.program.steps[0].rate).toBe('0.3 mL/day');
    expect(body.doses.morphine.perDay).toBe('3 mg');
  });
  it('[REQ-CLI-001] [REQ-ERR-002] an unreadable file is INPUT_UNREADABLE, exit 2, no stack trace', () => {
    const r = cli(['compile', '/nonexistent/request.json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('INPUT_UNREADABLE');
    expect(r.stdout).not.toMatch(/\bat .+:\d+:\d+/);
  });
  it('[REQ-CLI-001] [REQ-WIRE-012] a request over the size bound is INPUT_TOO_LARGE, exit 2, without reading it all', () => {
    const r = cli(['compile'], ' '.repeat(3 * 1024 * 1024));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('INPUT_TOO_LARGE');
  });
  it('[REQ-CLI-001] an unknown command is UNKNOWN_COMMAND, exit 2, usage on stderr only', () => {
    const r = cli(['compiel']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('UNKNOWN_COMMAND');
    expect(r.stderr).toContain('usage');
  });
  it('[REQ-CLI-001] [REQ-ERR-002] empty stdin is INVALID_JSON, exit 2', () => {
    const r = cli(['compile'], '');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('INVALID_JSON');
  });
  it('[REQ-PKG-003] --version and version print the engine version of package.json, wire format v1 and the library versions', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['version']]) {
      const r = cli(args);
      expect(r.status).toBe(0);
      const body = JSON.parse(r.stdout);
      expect(body.ok).toBe(true);
      expect(body.versions.engine).toBe(pkg.version);
      expect(body.versions.wireFormat).toBe('v1');
      expect(body.versions.drugLibrary).toMatch(/^\d+\.\d+\.\d+$/);
      expect(body.versions.pumpLibrary).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
  it('[REQ-SCHEMA-001] [REQ-SCHEMA-002] schema prints a request schema, a response schema or all of them, exit 0; a request schema of a listing is UNKNOWN_COMMAND, exit 2', () => {
    const one = cli(['schema', 'compile']);
    expect(one.status).toBe(0);
    const doc = JSON.parse(one.stdout);
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.required).toEqual(expect.arrayContaining(['pump', 'reservoir', 'therapy']));
    expect(doc.additionalProperties).toBe(false);
    const response = JSON.parse(cli(['schema', 'compile', 'response']).stdout);
    expect(response.$id).toBe('urn:itdose:wire:v1:compile:response');
    expect(response.oneOf).toHaveLength(2);
    const all = JSON.parse(cli(['schema']).stdout);
    expect(Object.keys(all.$defs)).toEqual(expect.arrayContaining(['compile.request', 'bridge.request', 'convert.request', 'refill-check.request', 'compile.response', 'pumps.response']));
    expect(JSON.parse(cli(['schema', 'pumps']).stdout).title).toBe('itdose pumps response (wire format v1)');
    const bad = cli(['schema', 'pumps', 'request']);
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0].code).toBe('UNKNOWN_COMMAND');
  });
  it('[REQ-CLI-002] demo prints the program, doses and reservoir times for a person', () => {
    const r = cli(['demo']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0.3 mL/day');
    expect(r.stdout).toContain('0.0125 mL/h');
    expect(r.stdout).toMatch(/morphine\s+3 mg\s+3\.4 mg\s+3 mg/);
  });
  it('[REQ-CLI-002] demo --json is the compile response', () => {
    const r = cli(['demo', '--json']);
    expect(JSON.parse(r.stdout).doses.morphine.worst24h).toBe('3.4 mg');
  });
});
