/** The most appends one audit transaction carries (a bound on a transaction's size; more wait for the next one). Implements REQ-SRV-007. */
export const MAX_AUDIT_BATCH = 256;

/** A queue whose items are committed together: `submit` settles once the batch that carried the item has committed (or failed). */
export interface GroupCommit<T, R> {
  submit(item: T): Promise<R>;
  /** Settles once every item submitted so far has settled. */
  drain(): Promise<void>;
}

interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (r: R) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Group commit: the items submitted while no batch is being written (those of
 * one turn of the event loop) and those submitted while one is being written
 * are written together by one call of `commit`, at most `maxBatch` at a time,
 * one call at a time. `commit` answers one result per item, in order, only
 * once the batch is durable; each `submit` then settles with its own result,
 * or every item of the batch is refused with the batch's error.
 *
 * Implements REQ-SRV-007.
 */
export function groupCommit<T, R>(commit: (items: readonly T[]) => Promise<readonly R[]> | readonly R[], maxBatch: number = MAX_AUDIT_BATCH): GroupCommit<T, R> {
  const queue: Waiting<T, R>[] = [];
  let running: Promise<void> | undefined;

  async function writeAll(): Promise<void> {
    // Let the requests that arrived in this turn of the event loop join the first batch.
    await new Promise<void>((r) => setImmediate(r));
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await commit(batch.map((w) => w.item));
        if (results.length !== batch.length) throw new Error(`audit commit answered ${results.length} results for ${batch.length} records`);
        batch.forEach((w, i) => w.resolve(results[i] as R));
      } catch (e: unknown) {
        for (const w of batch) w.reject(e);
      }
    }
    running = undefined;
  }

  return {
    submit: (item) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        running ??= writeAll();
      }),
    drain: async () => {
      while (running !== undefined) await running;
    },
  };
}
