import { readFile } from 'node:fs/promises';

/** Reads the request text from a file, or from stdin when no file is named (or the file is "-"). */
export async function readInput(file: string | undefined): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    if (file === undefined || file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
    }
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (e: unknown) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    return { ok: false, message: `cannot read ${file === undefined ? 'stdin' : `"${file}"`} (${code})` };
  }
}
