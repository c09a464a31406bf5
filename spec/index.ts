/**
 * itdose spec: the wire-format codecs, the requirement catalogue, the wire
 * encoders and command handlers, and the reference model of delivery.
 * @since 0.1.0
 */
export * from './codecs/index.js';
export { REQUIREMENTS } from './requirements/catalogue.js';
export type { Requirement } from './requirements/Requirement.js';
export { COMMANDS } from './wire/commands/registry.js';
export { allRequestSchemas, requestSchema, SCHEMA_COMMANDS, SCHEMA_DIALECT } from './schema/requestSchemas.js';
export { allResponseSchemas, responseSchema, RESPONSE_COMMANDS } from './schema/responseSchemas.js';
export { schemaDocument, wireSchemas } from './schema/schemaDocument.js';
export type { Shape, Shapes, Static } from './schema/response/Shape.js';
export { COMPILE_RESPONSE, type CompileResponse } from './schema/response/compileResponse.js';
export { BRIDGE_RESPONSE, type BridgeResponse } from './schema/response/bridgeResponse.js';
export { PRIME_RESPONSE, type PrimeResponse } from './schema/response/primeResponse.js';
export { CLOCK_CHANGE_RESPONSE, type ClockChangeResponse } from './schema/response/clockChangeResponse.js';
export { CONVERT_RESPONSE, REFILL_CHECK_RESPONSE, DRUGS_RESPONSE, PUMPS_RESPONSE, VERSION_RESPONSE, type ConvertResponse, type RefillCheckResponse, type DrugsResponse, type PumpsResponse } from './schema/response/smallResponses.js';
export type { JsonSchema } from './codecs/WireCodec.js';
export { ENGINE_VERSION, WIRE_FORMAT_VERSION, versions, type Versions } from './wire/versions.js';
export type { Command } from './wire/commands/Command.js';
export { okResponse, errorResponse, type WireResponse } from './wire/WireResponse.js';
export { encodeCompileResult } from './wire/encodeCompileResult.js';
/** The reference model of delivery (independent of core/), for integrators who want a second opinion. */
export * as reference from './reference/index.js';
