import { COMMANDS } from '../../../spec/wire/commands/registry.js';

/** A wire response as the CLI prints it: the exit code and the JSON body. @since 0.1.0 */
export interface EngineAnswer {
  readonly exitCode: number;
  readonly body: Json;
}

/** A parsed JSON value. @since 0.1.0 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

/**
 * Runs one command of the engine in the page, exactly as the CLI and the
 * HTTP server do: a wire request in, the wire response out. The body is
 * passed through JSON text, so the page reads only what the wire carries.
 * Nothing leaves the browser. No dose logic lives in the app.
 *
 * Implements REQ-APP-001.
 * @since 0.1.0
 */
export function runCommand(name: 'compile' | 'bridge' | 'refill-check' | 'drugs' | 'pumps', request: unknown): EngineAnswer {
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    return { exitCode: 1, body: { ok: false, errors: [{ code: 'UNKNOWN_COMMAND', path: '', message: `no command ${name}` }] } };
  }
  try {
    const r = command.run(command.takesRequest ? JSON.parse(JSON.stringify(request)) as unknown : undefined);
    return { exitCode: r.exitCode, body: JSON.parse(JSON.stringify(r.body)) as Json };
  } catch {
    return { exitCode: 1, body: { ok: false, errors: [{ code: 'INTERNAL_ERROR', path: '', message: 'internal fault; the request was not processed' }] } };
  }
}
