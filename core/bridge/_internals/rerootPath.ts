/**
 * Re-roots a path that `compile` reported for a request built from another
 * one: the first `[from, to]` pair whose `from` is the path or a leading
 * segment of it replaces that segment (`reservoir.drugs.0` → `new.drugs.0`).
 */
export function rerootPath(path: string, map: readonly (readonly [string, string])[]): string {
  for (const [from, to] of map) {
    if (path === from || path.startsWith(`${from}.`)) return `${to}${path.slice(from.length)}`;
  }
  return path;
}
