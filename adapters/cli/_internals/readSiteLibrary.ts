import * as E from 'fp-ts/lib/Either.js';
import type { EngineError, Library } from '../../../core/index.js';
import { decodeSiteLibrary, parseJsonBytes } from '../../../spec/codecs/index.js';
import { readInput } from './readInput.js';

/** An error of the site library file, its path rooted at `library`. */
function inLibrary(e: EngineError): EngineError {
  return { code: e.code, path: e.path === '' ? 'library' : `library.${e.path}`, message: `site library: ${e.message}` };
}

/**
 * Reads, parses and decodes the site library file of `--library FILE`: a
 * named file (never stdin, which carries the request), at most 1 MiB, UTF-8,
 * one JSON document (the request's bounds and errors), then
 * `decodeSiteLibrary`. Every error's path is rooted at `library`.
 *
 * @example
 * import { readSiteLibrary } from './readSiteLibrary.js';
 * await readSiteLibrary(undefined); // Left: INPUT_UNREADABLE at "library"
 *
 * Implements REQ-SITE-006.
 * @since 0.1.0
 */
export async function readSiteLibrary(file: string | undefined): Promise<E.Either<EngineError[], Library>> {
  if (file === undefined || file === '-' || file === '') {
    return E.left([{ code: 'INPUT_UNREADABLE', path: 'library', message: '--library needs a FILE (a site library; never stdin, which carries the request)' }]);
  }
  const input = await readInput(file);
  if (!input.ok) return E.left([inLibrary({ code: input.tooLarge ? 'INPUT_TOO_LARGE' : 'INPUT_UNREADABLE', path: '', message: input.message.replace('the request', 'the site library') })]);
  const parsed = parseJsonBytes(input.bytes);
  if (E.isLeft(parsed)) return E.left(parsed.left.map(inLibrary));
  const decoded = decodeSiteLibrary(parsed.right);
  return E.isLeft(decoded) ? E.left(decoded.left.map(inLibrary)) : decoded;
}
