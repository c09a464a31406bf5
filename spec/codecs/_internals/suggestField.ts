/** Largest edit distance at which a declared field is suggested for an unknown one. */
const MAX_DISTANCE = 2;

/**
 * The declared field closest to an unknown key (`limts` → `limits`), when one
 * is within two edits; otherwise undefined. Keys longer than 64 characters are
 * never compared (bounded work on untrusted input).
 */
export function suggestField(key: string, declared: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const d of declared) {
    const dist = editDistance(key.toLowerCase(), d.toLowerCase());
    if (dist < bestDistance) {
      best = d;
      bestDistance = dist;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j += 1) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = rows[i - 1]?.[j] ?? 0;
      const left = row[j - 1] ?? 0;
      const diag = rows[i - 1]?.[j - 1] ?? 0;
      let v = Math.min(up + 1, left + 1, diag + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
