import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/_runCli.js';
import { post, startServer, type Running } from './_server.js';

interface Vector {
  name: string;
  command: string;
  request?: unknown;
  raw?: string;
}

const DIR = resolve(import.meta.dirname, '../../vectors/contract');
const STATUS: Record<number, number> = { 0: 200, 2: 400, 3: 422, 1: 500 };

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json')).sort()) {
  const vectors = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Vector[];
  describe(`contract vectors over HTTP: ${f}`, () => {
    for (const v of vectors) {
      it(`[REQ-SRV-001] ${v.name}: POST /v1/${v.command} answers the CLI's body, byte for byte, with the status of its exit code`, async () => {
        const text = v.raw ?? JSON.stringify(v.request);
        const cli = runCli(v.command, text, true);
        const http = await post(`${server.url}/v1/${v.command}`, text);
        expect(http.text).toBe(cli.stdout);
        expect(http.status).toBe(STATUS[cli.code ?? -1]);
        expect(http.headers.get('content-type')).toMatch(/^application\/json/);
      });
    }
  });
}
