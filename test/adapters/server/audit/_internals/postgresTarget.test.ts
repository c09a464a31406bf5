import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redactedUrl } from '../../../../../adapters/server/audit/_internals/postgresTarget.js';
import { serverConfig } from '../../../../../adapters/server/serverConfig.js';

describe('choosing the audit store', () => {
  it('[REQ-SRV-007] a postgres:// or postgresql:// URL selects PostgreSQL; a path, :memory: or another scheme is a SQLite file', () => {
    expect(['postgres://h/db', 'postgresql://u:p@h:5432/db', 'POSTGRES://h/db'].map(isPostgresUrl)).toEqual([true, true, true]);
    expect(['./itdose-audit.sqlite', ':memory:', 'file:///x', 'postgres:/h', '/var/postgres://x'].map(isPostgresUrl)).toEqual([false, false, false, false, false]);
  });

  it('[REQ-SRV-007] a URL printed by the server names host, port and database, never the user name or password', () => {
    expect(redactedUrl('postgres://itdose:s3cret@db.example:5433/audit?sslmode=require')).toBe('postgres://db.example:5433/audit');
    expect(redactedUrl('postgres://[not a url')).not.toContain('not a url');
  });

  it('[REQ-SRV-007] --workers / ITDOSE_WORKERS: 1 by default, 1 to 64, a flag wins; anything else is a configuration error', () => {
    const workers = (argv: string[], env: Record<string, string>): number | string => {
      const c = serverConfig(argv, env);
      return c.ok ? c.config.workers : c.message;
    };
    expect(workers([], {})).toBe(1);
    expect(workers(['--workers', '2'], { ITDOSE_WORKERS: '4' })).toBe(2);
    expect(workers([], { ITDOSE_WORKERS: '64' })).toBe(64);
    for (const bad of ['0', '65', '-1', '1.5', 'two', '']) expect(workers(['--workers', bad], {}), bad).toMatch(/workers is an integer from 1 to 64/);
    const pg = serverConfig(['--audit-db', 'postgres://u:p@h/db'], {});
    expect(pg.ok && pg.config.auditDb).toBe('postgres://u:p@h/db');
  });
});
