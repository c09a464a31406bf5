import type { JsonSchema } from '../codecs/WireCodec.js';
import { BRIDGE_RESPONSE } from './response/bridgeResponse.js';
import { CLOCK_CHANGE_RESPONSE } from './response/clockChangeResponse.js';
import { COMPILE_RESPONSE } from './response/compileResponse.js';
import { responseBody } from './response/envelope.js';
import { PRIME_RESPONSE } from './response/primeResponse.js';
import type { Shape } from './response/Shape.js';
import { CONVERT_RESPONSE, DRUGS_RESPONSE, PUMPS_RESPONSE, REFILL_CHECK_RESPONSE, VERSION_RESPONSE } from './response/smallResponses.js';
import { SCHEMA_DIALECT } from './schemaDialect.js';

/** The answer fields of every command: the shapes its encoder is typed with. */
const RESPONSE_SHAPES: Readonly<Record<string, Shape<unknown>>> = {
  compile: COMPILE_RESPONSE,
  bridge: BRIDGE_RESPONSE,
  prime: PRIME_RESPONSE,
  'clock-change': CLOCK_CHANGE_RESPONSE,
  convert: CONVERT_RESPONSE,
  'refill-check': REFILL_CHECK_RESPONSE,
  drugs: DRUGS_RESPONSE,
  pumps: PUMPS_RESPONSE,
  version: VERSION_RESPONSE,
};

/**
 * Every command with a response schema, in the order `itdose schema` lists them.
 * @since 0.1.0
 */
export const RESPONSE_COMMANDS: readonly string[] = Object.keys(RESPONSE_SHAPES);

/**
 * The JSON Schema (2020-12) of one command's response body, answer or
 * refusal, as a standalone document; `undefined` for an unknown command.
 * Built from the same shapes the encoders are typed with.
 *
 * @example
 * import { responseSchema } from './responseSchemas.js';
 * responseSchema('compile')?.['$id']; // "urn:itdose:wire:v1:compile:response"
 * responseSchema('nope'); // undefined
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export function responseSchema(command: string): JsonSchema | undefined {
  const shape = Object.hasOwn(RESPONSE_SHAPES, command) ? RESPONSE_SHAPES[command] : undefined;
  if (shape === undefined) return undefined;
  return { $schema: SCHEMA_DIALECT, $id: `urn:itdose:wire:v1:${command}:response`, title: `itdose ${command} response (wire format v1)`, ...responseBody(shape) };
}

/**
 * The response schema of every command, by command name (`$defs`).
 *
 * Implements REQ-SCHEMA-002.
 * @since 0.1.0
 */
export function allResponseSchemas(): Readonly<Record<string, JsonSchema>> {
  return Object.fromEntries(RESPONSE_COMMANDS.map((c) => [c, { title: `itdose ${c} response (wire format v1)`, ...responseBody(RESPONSE_SHAPES[c] ?? { schema: {} }) }]));
}
