import { open } from 'node:fs/promises';
import { MAX_JSON_BYTES } from '../../../spec/codecs/index.js';

/** What reading the request gave: its text, a read failure, or more bytes than a request may have. */
export type Input = { ok: true; text: string } | { ok: false; tooLarge: boolean; message: string };

/**
 * Reads the request text from a file, or from stdin when no file is named
 * (or the file is "-"). Stops after MAX_JSON_BYTES + 1 bytes, so an endless or
 * huge input is refused (INPUT_TOO_LARGE) without being held in memory.
 */
export async function readInput(file: string | undefined): Promise<Input> {
  const limit = MAX_JSON_BYTES + 1;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (file === undefined || file === '-') {
      for await (const chunk of process.stdin) {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        chunks.push(b);
        size += b.length;
        if (size >= limit) break;
      }
    } else {
      const handle = await open(file, 'r');
      try {
        const buffer = Buffer.alloc(limit);
        const { bytesRead } = await handle.read(buffer, 0, limit, 0);
        chunks.push(buffer.subarray(0, bytesRead));
        size = bytesRead;
      } finally {
        await handle.close();
      }
    }
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, tooLarge: false, message: `cannot read ${file === undefined ? 'stdin' : `"${file}"`} (${code})` };
  }
  if (size > MAX_JSON_BYTES) {
    return { ok: false, tooLarge: true, message: `the request is larger than ${MAX_JSON_BYTES} bytes` };
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
