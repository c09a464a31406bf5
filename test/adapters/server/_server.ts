import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../../adapters/server/app.js';
import { openAuditLog, type AuditLog } from '../../../adapters/server/audit/auditLog.js';

/** A server listening on loopback at a free port, its base URL, its audit file and a way to stop it. */
export interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly auditPath: string;
  readonly audit: AuditLog;
  stop(): Promise<void>;
}

/** Starts the HTTP adapter on 127.0.0.1 port 0 with a fresh audit file (options override the defaults); `setup` may add routes before it listens. */
export async function startServer(options: Partial<ServerOptions> = {}, setup?: (app: FastifyInstance) => void): Promise<Running> {
  const auditPath = join(mkdtempSync(join(tmpdir(), 'itdose-srv-')), 'audit.sqlite');
  const audit = options.audit ?? openAuditLog(auditPath);
  const app = buildServer({ apiKeys: [], now: () => new Date('2026-01-01T00:00:00.000Z'), logFault: () => undefined, ...options, audit });
  setup?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    auditPath,
    audit,
    stop: async () => {
      await app.close();
      await audit.close();
    },
  };
}

/** POSTs a body (text or bytes) as application/json unless headers say otherwise; answers status, headers and text. */
export async function post(url: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const r = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: r.status, text: await r.text(), headers: r.headers };
}
