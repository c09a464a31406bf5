import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../../../../adapters/server/audit/_internals/groupCommit.js';
import { openAuditLog } from '../../../../../adapters/server/audit/auditLog.js';
import { verifyAudit } from '../../../../../adapters/server/audit/verifyAudit.js';

describe('group commit', () => {
  it('[REQ-SRV-007] concurrent submissions share batches of at most the bound, one commit at a time, each settled with its own result', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    let most = 0;
    const g = groupCommit(async (items: readonly number[]) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      batches.push([...items]);
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
      return items.map((i) => i * 10);
    }, 4);
    const results = await Promise.all(Array.from({ length: 10 }, (_x, i) => g.submit(i)));
    expect(results).toEqual(Array.from({ length: 10 }, (_x, i) => i * 10));
    expect(batches.flat()).toEqual(Array.from({ length: 10 }, (_x, i) => i));
    expect(batches.every((b) => b.length <= 4)).toBe(true);
    expect(batches.length).toBeLessThan(10);
    expect(most).toBe(1);
  });

  it('[REQ-SRV-007] a failed commit rejects every submission of its batch, and the next batch is written', async () => {
    let calls = 0;
    const g = groupCommit((items: readonly string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      return items.map((s) => s.length);
    });
    const first = await Promise.allSettled([g.submit('a'), g.submit('bb')]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await g.submit('ccc')).toBe(3);
  });

  it('[REQ-SRV-004] [REQ-SRV-007] the SQLite trail: 300 concurrent appends get seq 1 to 300, each its own, and the chain verifies', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'itdose-gc-')), 'audit.sqlite');
    const log = openAuditLog(path);
    const entry = (i: number) => ({ recordedAt: '2026-01-01T00:00:00.000Z', keyId: null, command: 'compile', request: `{"n":${i}}`, response: '{}', status: 200, versions: '{}' });
    const r = await Promise.all(Array.from({ length: 300 }, (_x, i) => log.append(entry(i))));
    await log.close();
    expect(r.map((x) => x.seq)).toEqual(Array.from({ length: 300 }, (_x, i) => i + 1));
    expect(verifyAudit(path)).toMatchObject({ ok: true, records: 300 });
  });
});
