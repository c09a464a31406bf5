/** The JSON Schema dialect of every schema the engine prints. @since 0.1.0 */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
