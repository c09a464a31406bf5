import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { MAX_JSON_BYTES } from '../../../spec/codecs/index.js';

/** What reading the request gave: its bytes, a read failure, or more bytes than a request may have. */
export type Input = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean; message: string };

/**
 * Reads the request bytes from a file, or from stdin when no file is named
 * (or the file is "-"). Both are read as a stream, so a named pipe (FIFO) or
 * a process substitution (`itdose compile <(cat request.json)`) works like a
 * regular file. Reading stops after MAX_JSON_BYTES + 1 bytes, so an endless or
 * huge input is refused (INPUT_TOO_LARGE) without being held in memory. The
 * bytes are returned as they are: the caller decodes them as strict UTF-8
 * (`parseJsonBytes`), so an invalid sequence is refused, never replaced.
 *
 * Implements REQ-CLI-001, REQ-INPUT-003.
 */
export async function readInput(file: string | undefined): Promise<Input> {
  const limit = MAX_JSON_BYTES + 1;
  const chunks: Buffer[] = [];
  let size = 0;
  const fromStdin = file === undefined || file === '-';
  try {
    const source: Readable = fromStdin ? process.stdin : createReadStream(file, { highWaterMark: 64 * 1024 });
    for await (const chunk of source) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(b);
      size += b.length;
      if (size >= limit) break; // leaving the loop closes the stream: nothing more is read
    }
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, tooLarge: false, message: `cannot read ${fromStdin ? 'stdin' : `"${file}"`} (${code})` };
  }
  if (size > MAX_JSON_BYTES) {
    return { ok: false, tooLarge: true, message: `the request is larger than ${MAX_JSON_BYTES} bytes` };
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}
