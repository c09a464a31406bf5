import cluster from 'node:cluster';
import { buildServer } from './app.js';
import { openAuditStore } from './audit/openAuditStore.js';
import { isPostgresUrl, redactedUrl } from './audit/_internals/postgresTarget.js';
import { serverConfig, type ServerConfig } from './serverConfig.js';

function trailName(target: string): string {
  return isPostgresUrl(target) ? redactedUrl(target) : target;
}

/** One serving process: opens the audit trail, listens, closes both on SIGINT or SIGTERM; answers the address it listens on. */
async function serve(config: ServerConfig): Promise<{ ok: true; where: string; durability: string } | { ok: false; message: string }> {
  let audit;
  try {
    audit = await openAuditStore(config.auditDb);
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, message: `the audit trail ${trailName(config.auditDb)} cannot be opened (${code})` };
  }
  const app = buildServer({ audit, apiKeys: config.apiKeys });
  const opened = audit;
  const stop = (): void => {
    // A worker's channel to the primary would keep it alive: it leaves once its trail is closed.
    void app.close().then(() => opened.close()).then(() => {
      if (cluster.isWorker) process.disconnect();
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  return { ok: true, where: typeof address === 'object' && address !== null ? `${address.address}:${address.port}` : String(address), durability: audit.durability };
}

/** Forks `workers` serving processes sharing one port; answers once all listen (or one failed), and stops them all on SIGINT or SIGTERM. */
function serveInWorkers(config: ServerConfig): Promise<{ ok: true; where: string; durability: string } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    let listening = 0;
    let durability = '';
    const stopAll = (): void => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    };
    process.once('SIGINT', stopAll);
    process.once('SIGTERM', stopAll);
    cluster.on('message', (_worker, m: unknown) => {
      const msg = m as { itdose?: string; where?: string; durability?: string; message?: string };
      if (msg.itdose === 'listening') {
        listening += 1;
        durability = msg.durability ?? '';
        if (listening === config.workers) resolve({ ok: true, where: msg.where ?? '', durability });
      } else if (msg.itdose === 'failed') {
        stopAll();
        resolve({ ok: false, message: msg.message ?? 'a worker failed to start' });
      }
    });
    for (let i = 0; i < config.workers; i += 1) cluster.fork();
  });
}

/**
 * `npm run serve [-- options]`: reads the configuration, opens the audit
 * trail (SQLite file or PostgreSQL URL), listens, and closes both on SIGINT
 * or SIGTERM. With `--workers N` (N > 1) the process forks N serving
 * processes (node:cluster) sharing the port, each with its own connection to
 * the one audit trail, whose chain head lives in the database. Returns the
 * exit code of a start that failed (2: a configuration error, 1: the audit
 * trail cannot be opened).
 *
 * Implements REQ-SRV-001, REQ-SRV-007.
 */
export async function start(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<number | undefined> {
  const c = serverConfig(argv, env);
  if (!c.ok) {
    process.stderr.write(`itdose-serve: ${c.message}\n`);
    return 2;
  }
  const config = c.config;
  if (config.workers > 1 && cluster.isWorker) {
    const r = await serve(config);
    process.send?.(r.ok ? { itdose: 'listening', where: r.where, durability: r.durability } : { itdose: 'failed', message: r.message });
    if (!r.ok) return 1;
    return undefined;
  }
  const r = config.workers > 1 ? await serveInWorkers(config) : await serve(config);
  if (!r.ok) {
    process.stderr.write(`itdose-serve: ${r.message}\n`);
    return 1;
  }
  process.stdout.write(`itdose-serve: listening on ${r.where}; audit trail ${trailName(config.auditDb)}; ${config.workers} process(es); ${config.apiKeys.length === 0 ? 'no API keys (open)' : `${config.apiKeys.length} API key(s)`}; durability: ${r.durability}\n`);
  return undefined;
}

const code = await start(process.argv.slice(2), process.env);
if (code !== undefined) process.exitCode = code;
