import { bridgeRequestCodec } from '../codecs/decodeBridgeRequest.js';
import { clockChangeRequestCodec } from '../codecs/decodeClockChangeRequest.js';
import { compileRequestCodec } from '../codecs/decodeCompileRequest.js';
import { convertRequestCodec } from '../codecs/decodeConvertRequest.js';
import { primeRequestCodec } from '../codecs/decodePrimeRequest.js';
import { refillCheckRequestCodec } from '../codecs/decodeRefillCheckRequest.js';
import type { JsonSchema } from '../codecs/WireCodec.js';
import { SCHEMA_DIALECT } from './schemaDialect.js';

export { SCHEMA_DIALECT } from './schemaDialect.js';

/**
 * The request codec of every command that takes a request. Each schema is the
 * codec's own (built by the same calls that build the decoder: see
 * `WireCodec.schema`), so a field cannot be added to one and not the other.
 */
const REQUEST_CODECS: Readonly<Record<string, { readonly schema: JsonSchema }>> = {
  compile: compileRequestCodec,
  bridge: bridgeRequestCodec,
  prime: primeRequestCodec,
  'clock-change': clockChangeRequestCodec,
  convert: convertRequestCodec,
  'refill-check': refillCheckRequestCodec,
};

/**
 * The commands that take a request, in the order `itdose schema` lists them.
 * @since 0.1.0
 */
export const SCHEMA_COMMANDS: readonly string[] = Object.keys(REQUEST_CODECS);

/**
 * The JSON Schema (2020-12) of one command's request, as a standalone
 * document, or `undefined` for a command that takes none. Necessary, not
 * sufficient: every request the engine decodes validates against it; the
 * engine checks more (bounds in base units, zero where a value must be
 * positive, cross-field rules such as the therapy's drug being in the
 * reservoir), each with its own coded error.
 *
 * @example
 * import { requestSchema } from './requestSchemas.js';
 * requestSchema('compile')?.['$schema']; // 'https://json-schema.org/draft/2020-12/schema'
 * requestSchema('drugs'); // undefined (takes no request)
 *
 * Implements REQ-SCHEMA-001.
 * @since 0.1.0
 */
export function requestSchema(command: string): JsonSchema | undefined {
  const codec = Object.hasOwn(REQUEST_CODECS, command) ? REQUEST_CODECS[command] : undefined;
  if (codec === undefined) return undefined;
  return { $schema: SCHEMA_DIALECT, $id: `urn:itdose:wire:v1:${command}:request`, ...codec.schema, title: `itdose ${command} request (wire format v1)` };
}

/**
 * Every request schema in one document: `$defs.<command>` for each command
 * that takes a request.
 *
 * Implements REQ-SCHEMA-001.
 * @since 0.1.0
 */
export function allRequestSchemas(): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    $id: 'urn:itdose:wire:v1:requests',
    title: 'itdose wire format v1: the request of every command',
    $defs: Object.fromEntries(SCHEMA_COMMANDS.map((c) => [c, { ...REQUEST_CODECS[c]?.schema, title: `itdose ${c} request (wire format v1)` }])),
  };
}

