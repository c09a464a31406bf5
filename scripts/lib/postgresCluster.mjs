// A throw-away PostgreSQL cluster on loopback, for the PostgreSQL audit trail's
// tests (test/adapters/server/postgresAudit.test.ts) and the server benchmark
// (scripts/bench-server.mjs): initdb in a fresh temporary directory, pg_ctl
// start on 127.0.0.1 at a free port, stop and remove it after. The binaries
// are found under /usr/lib/postgresql/<version>/bin (the newest installed
// major), never a fixed version.
//
// Implements REQ-SRV-007.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Whether a missing PostgreSQL must fail the tests rather than skip them: in CI (`CI` set) or when `ITDOSE_REQUIRE_POSTGRES=1`. */
export function postgresRequired() {
  return ((process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false') || process.env['ITDOSE_REQUIRE_POSTGRES'] === '1';
}

/** The directory of the newest installed PostgreSQL server binaries (Debian: /usr/lib/postgresql/<major>/bin), or undefined. */
export function postgresBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base).filter((v) => /^[0-9]+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return majors.map((m) => join(base, m, 'bin')).find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throw-away cluster: `initdb` in a fresh temporary directory
 * (trust authentication, superuser `itdose`), `pg_ctl start` on 127.0.0.1 at
 * a free port with its socket in that directory. PostgreSQL refuses to run
 * as root: as root, the directory is given to the `postgres` user the
 * package creates and the binaries run as that user (`runuser`). Answers the
 * cluster, or why it cannot be started.
 */
export async function startCluster() {
  const bin = postgresBinDir();
  if (bin === undefined) return { ok: false, reason: 'no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/<version>/bin: install the Debian package postgresql' };
  const dir = mkdtempSync(join(tmpdir(), 'itdose-pg-'));
  let as = [];
  if (process.getuid?.() === 0) {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return { ok: false, reason: 'running as root and there is no postgres user to run PostgreSQL as' };
    }
    chownSync(dir, Number(uid.stdout.trim()), Number(gid.stdout.trim()));
    as = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (cmd, args) => {
    const [exe, ...pre] = [...as, join(bin, cmd)];
    const r = spawnSync(exe ?? cmd, [...pre, ...args], { encoding: 'utf8', timeout: 120_000, cwd: dir });
    return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`.slice(-2000) };
  };
  const data = join(dir, 'data');
  const init = run('initdb', ['-D', data, '-A', 'trust', '-U', 'itdose', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `initdb failed: ${init.out}` };
  }
  const port = await freePort();
  const started = run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`, 'start']);
  if (!started.ok) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `pg_ctl start failed: ${started.out}` };
  }
  const url = `postgres://itdose@127.0.0.1:${port}/postgres`;
  return {
    ok: true,
    cluster: {
      url,
      async database(name) {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          await c.query(`CREATE DATABASE ${name}`);
        } finally {
          await c.end();
        }
        return `postgres://itdose@127.0.0.1:${port}/${name}`;
      },
      stop() {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
