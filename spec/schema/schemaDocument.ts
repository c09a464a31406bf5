import * as E from 'fp-ts/lib/Either.js';
import { engineError, type EngineError } from '../../core/index.js';
import type { JsonSchema } from '../codecs/WireCodec.js';
import { siteLibraryCodec } from '../codecs/decodeSiteLibrary.js';
import { requestSchema, SCHEMA_COMMANDS } from './requestSchemas.js';
import { allResponseSchemas, RESPONSE_COMMANDS, responseSchema } from './responseSchemas.js';
import { SCHEMA_DIALECT } from './schemaDialect.js';

/**
 * Every schema of wire format v1 in one document: `$defs["<command>.request"]`
 * for each command that takes a request, `$defs["<command>.response"]` for
 * every command.
 *
 * Implements REQ-SCHEMA-001, REQ-SCHEMA-002.
 * @since 0.1.0
 */
export function wireSchemas(): JsonSchema {
  const responses = allResponseSchemas();
  return {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:itdose:wire:v1',
    title: 'itdose wire format v1: the request and response of every command',
    $defs: {
      ...Object.fromEntries(SCHEMA_COMMANDS.map((c) => [`${c}.request`, strip(requestSchema(c) ?? {})])),
      ...Object.fromEntries(RESPONSE_COMMANDS.map((c) => [`${c}.response`, responses[c]])),
    },
  };
}

/** A schema without its document keywords, to sit under `$defs`. */
function strip(s: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$schema' && k !== '$id'));
}

/**
 * What `itdose schema [command] [request|response]` prints: the JSON Schema
 * document itself (not wrapped in a response, so a validator reads it as it
 * is). No command: every schema ({@link wireSchemas}). A command: its request
 * schema, or its response schema when `part` is `response` or the command
 * takes no request. An unknown command, or a request schema of a command
 * that takes none, is `UNKNOWN_COMMAND`; another part is `INVALID_VALUE`.
 * `library` (no part): the schema of a site library file (`--library FILE`).
 *
 * @example
 * import { schemaDocument } from './schemaDocument.js';
 * import * as E from 'fp-ts/lib/Either.js';
 * const r = schemaDocument('compile');
 * E.isRight(r) ? r.right['title'] : ''; // "itdose compile request (wire format v1)"
 * const d = schemaDocument('drugs');
 * E.isRight(d) ? d.right['title'] : ''; // "itdose drugs response (wire format v1)"
 * E.isLeft(schemaDocument('nope')); // true
 * const l = schemaDocument('library');
 * E.isRight(l) ? l.right['title'] : ''; // "itdose site library file"
 *
 * Implements REQ-SCHEMA-001, REQ-SCHEMA-002, REQ-SITE-002.
 * @since 0.1.0
 */
export function schemaDocument(command?: string, part?: string): E.Either<EngineError[], JsonSchema> {
  if (command === undefined) return E.right(wireSchemas());
  if (command === 'library' && part === undefined) {
    return E.right({ ...siteLibraryCodec.schema, $schema: SCHEMA_DIALECT, $id: 'urn:itdose:site-library', title: 'itdose site library file' });
  }
  if (part !== undefined && part !== 'request' && part !== 'response') {
    return E.left([engineError('INVALID_VALUE', '', `the part is "request" or "response", not ${JSON.stringify(part.slice(0, 64))}`)]);
  }
  const takesRequest = SCHEMA_COMMANDS.includes(command);
  const wanted = part ?? (takesRequest ? 'request' : 'response');
  const one = wanted === 'request' ? requestSchema(command) : responseSchema(command);
  if (one !== undefined) return E.right(one);
  const known = wanted === 'request' ? SCHEMA_COMMANDS : RESPONSE_COMMANDS;
  return E.left([engineError('UNKNOWN_COMMAND', '', `no ${wanted} schema for ${JSON.stringify(command.slice(0, 64))}; commands with one: ${known.join(', ')}`)]);
}
