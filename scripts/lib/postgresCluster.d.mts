// Types for scripts/lib/postgresCluster.mjs (a plain Node ESM module), for the TypeScript tests.

/** A throw-away PostgreSQL cluster on loopback: its superuser URL, a way to make a fresh database, and a way to stop and remove it. */
export interface Cluster {
  readonly url: string;
  database(name: string): Promise<string>;
  stop(): void;
}

export function postgresRequired(): boolean;
export function postgresBinDir(): string | undefined;
export function startCluster(): Promise<{ ok: true; cluster: Cluster } | { ok: false; reason: string }>;
