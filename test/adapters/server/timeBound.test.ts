import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from './_server.js';

/** Sends headers promising `length` bytes and only `sent` of them, and answers the status and body the server sends. */
function slowPost(url: string, length: number, sent: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/compile`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(length) } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write('{'.padEnd(sent, ' '));
  });
}

/** Sends raw bytes on a TCP connection and answers all the server sends back before it closes. */
function raw(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let out = '';
    socket.on('data', (d: Buffer) => (out += d.toString()));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('the time bound and unreadable requests', () => {
  it('[REQ-SRV-002] a body that does not arrive within the time bound is 408 REQUEST_TIMEOUT with the error body; the server answers after', async () => {
    const s = await startServer({ requestTimeoutMs: 300 });
    try {
      const r = await slowPost(s.url, 100, 10);
      expect(r.status).toBe(408);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, errors: [{ code: 'REQUEST_TIMEOUT', path: '' }] });
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.stop();
    }
  });
  it('[REQ-SRV-002] a request line HTTP cannot parse is 400 with the contract\'s error body', async () => {
    const s = await startServer();
    try {
      const out = await raw(s.url, 'NOT AN HTTP REQUEST\r\n\r\n');
      expect(out).toMatch(/^HTTP\/1\.1 400 /);
      const body = JSON.parse(out.slice(out.indexOf('\r\n\r\n') + 4)) as { ok: boolean; errors: { code: string }[] };
      expect(body.ok).toBe(false);
      expect(body.errors[0]?.code).toBe('INPUT_UNREADABLE');
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.stop();
    }
  });
});
