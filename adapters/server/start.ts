import { buildServer } from './app.js';
import { openAuditLog } from './audit/auditLog.js';
import { serverConfig } from './serverConfig.js';

/**
 * `npm run serve [-- options]`: reads the configuration, opens the audit
 * trail, listens, and closes both on SIGINT or SIGTERM. Returns the exit
 * code of a start that failed (2: a configuration error).
 *
 * Implements REQ-SRV-001.
 */
export async function start(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<number | undefined> {
  const c = serverConfig(argv, env);
  if (!c.ok) {
    process.stderr.write(`itdose-serve: ${c.message}\n`);
    return 2;
  }
  const audit = openAuditLog(c.config.auditDb);
  const app = buildServer({ audit, apiKeys: c.config.apiKeys });
  const stop = (): void => {
    void app.close().then(() => audit.close());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host: c.config.host, port: c.config.port });
  const address = app.server.address();
  const where = typeof address === 'object' && address !== null ? `${address.address}:${address.port}` : String(address);
  process.stdout.write(`itdose-serve: listening on ${where}; audit trail ${c.config.auditDb}; ${c.config.apiKeys.length === 0 ? 'no API keys (open)' : `${c.config.apiKeys.length} API key(s)`}\n`);
  return undefined;
}

const code = await start(process.argv.slice(2), process.env);
if (code !== undefined) process.exitCode = code;
