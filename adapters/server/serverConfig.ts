import { readFileSync } from 'node:fs';
import { parseApiKeys, type ApiKey } from './_internals/apiKeys.js';

/** How `npm run serve` was asked to run. Implements REQ-SRV-001, REQ-SRV-006. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly auditDb: string;
  readonly apiKeys: readonly ApiKey[];
  /** Server processes sharing the port (node:cluster); 1: the process itself serves. */
  readonly workers: number;
}

/** The most worker processes `--workers` may ask for. Implements REQ-SRV-007. */
export const MAX_WORKERS = 64;

/** The audit file when none is named: in the working directory. Implements REQ-SRV-004. */
export const DEFAULT_AUDIT_DB = './itdose-audit.sqlite';

/**
 * Reads the server's configuration from flags (`--host H`, `--port N`,
 * `--audit-db PATH|URL`, `--api-keys-file PATH`, `--workers N`), else the
 * environment (`HOST`, `PORT`, `ITDOSE_AUDIT_DB`, `ITDOSE_API_KEYS`,
 * `ITDOSE_API_KEYS_FILE`, `ITDOSE_WORKERS`), else the defaults: 127.0.0.1,
 * port 8080, `./itdose-audit.sqlite` (`:memory:` only when asked; a
 * `postgres://` URL selects PostgreSQL), no keys, one process. An error
 * names the setting, never a key.
 *
 * Implements REQ-SRV-001, REQ-SRV-006, REQ-SRV-007.
 */
export function serverConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { ok: true; config: ServerConfig } | { ok: false; message: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--host', '--port', '--audit-db', '--api-keys-file', '--workers'].includes(flag) || value === undefined) {
      return { ok: false, message: `unknown or incomplete option ${JSON.stringify(flag.slice(0, 40))}; options: --host H, --port N, --audit-db PATH|URL, --api-keys-file PATH, --workers N` };
    }
    flags.set(flag, value);
  }
  const host = flags.get('--host') ?? env['HOST'] ?? '127.0.0.1';
  const portText = flags.get('--port') ?? env['PORT'] ?? '8080';
  if (!/^[0-9]{1,5}$/.test(portText) || Number(portText) > 65535) return { ok: false, message: 'the port is an integer from 0 to 65535' };
  const auditDb = flags.get('--audit-db') ?? env['ITDOSE_AUDIT_DB'] ?? DEFAULT_AUDIT_DB;
  if (auditDb === '') return { ok: false, message: 'the audit file path is empty (":memory:" keeps the trail in memory only)' };
  const workersText = flags.get('--workers') ?? env['ITDOSE_WORKERS'] ?? '1';
  if (!/^[0-9]{1,2}$/.test(workersText) || Number(workersText) < 1 || Number(workersText) > MAX_WORKERS) return { ok: false, message: `the number of workers is an integer from 1 to ${MAX_WORKERS}` };
  const keysFile = flags.get('--api-keys-file') ?? env['ITDOSE_API_KEYS_FILE'];
  let keysText = env['ITDOSE_API_KEYS'] ?? '';
  if (keysFile !== undefined) {
    try {
      keysText = readFileSync(keysFile, 'utf8');
    } catch {
      return { ok: false, message: 'the API keys file cannot be read' };
    }
  }
  const keys = parseApiKeys(keysText);
  if (!keys.ok) return keys;
  return { ok: true, config: { host, port: Number(portText), auditDb, apiKeys: keys.keys, workers: Number(workersText) } };
}
