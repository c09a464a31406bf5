import { errorResponse, type WireResponse } from '../../spec/wire/WireResponse.js';
import { COMMANDS } from '../../spec/wire/commands/registry.js';
import { parseJsonBytes } from '../../spec/codecs/index.js';
import type { LibraryOptions } from '../../core/index.js';
import { readSiteLibrary } from './_internals/readSiteLibrary.js';
import { readInput } from './_internals/readInput.js';
import { auditVerify } from './_internals/auditVerify.js';
import { runDemo } from './demo.js';
import { schemaDocument } from '../../spec/schema/schemaDocument.js';
import { imageCommand } from './_internals/imageCommand.js';

const USAGE = `usage: itdose [--library SITE] <command> [FILE]   (FILE or stdin; one JSON document in, one out;
                                  SITE: a site drug library laid over the built-in one)
       itdose demo [--json]      (compile the embedded example and print a summary)
       itdose --version          (the engine, wire format and library versions)
       itdose schema [command] [request|response]   (JSON Schema 2020-12: a command's request or response, or all)
       itdose audit verify PATH|postgres://URL  (check the HTTP server's audit trail; names the first bad record)
       itdose schema library     (JSON Schema 2020-12 of a site library file)
       itdose image encode [REQUEST] [--out IMAGE] | image decode [IMAGE] | image verify [IMAGE]
                                 (the firmware program image of a compile request; docs/firmware-image.md)
commands: ${'{COMMANDS}'}`;

/**
 * The `itdose` command line: `itdose <command> [FILE]`. Prints exactly one
 * JSON document on stdout and returns the exit code (0 ok, 2 malformed, 3
 * refused for safety, 1 internal fault). Diagnostics go to stderr; no stack
 * trace is ever printed on stdout. No dose logic lives here.
 *
 * `itdose --library SITE <command> ...` reads a site library file (JSON, at
 * most 1 MiB, UTF-8), decodes it (`decodeSiteLibrary`) and passes it to the
 * command; a malformed one is refused with exit 2, each error's path
 * prefixed `library.`.
 *
 * Implements REQ-ERR-002, REQ-CLI-001, REQ-SITE-006.
 * @since 0.1.0
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e: unknown) {
    // A bug: answer with a coded internal error, never a stack trace on stdout.
    process.stderr.write(`itdose: internal fault: ${e instanceof Error ? e.message : 'unknown'}\n`);
    return emit({ exitCode: 1, body: { ok: false, errors: [{ code: 'INTERNAL_ERROR', path: '', message: 'internal fault; the request was not processed' }] } });
  }
}

async function run(args: readonly string[]): Promise<number> {
  let options: LibraryOptions = {};
  let argv = args;
  if (args[0] === '--library') {
    const site = await readSiteLibrary(args[1]);
    if (site._tag === 'Left') return emit(errorResponse(site.left));
    options = { library: site.right };
    argv = args.slice(2);
    if (argv[0] === 'demo' || argv[0] === 'schema' || argv[0] === '--library') {
      return emit(errorResponse([{ code: 'UNKNOWN_FIELD', path: '', message: '--library applies to the commands that answer with a drug library (itdose --library SITE <command> [FILE]), once' }]));
    }
  }
  const [first, ...rest] = argv;
  const name = first === '--version' ? 'version' : first;
  if (name === 'demo') {
    return runDemo(rest.includes('--json'));
  }
  if (name === 'audit') {
    return emit(await auditVerify(rest));
  }
  if (name === 'image') {
    return emit(await imageCommand(rest, options));
  }
  if (name === 'schema') {
    if (rest.length > 2) return emit(errorResponse([{ code: 'UNKNOWN_FIELD', path: '', message: 'itdose schema takes at most a command name and "request" or "response"' }]));
    const doc = schemaDocument(rest[0], rest[1]);
    if (doc._tag === 'Left') return emit(errorResponse(doc.left));
    process.stdout.write(`${JSON.stringify(doc.right, null, 2)}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    process.stderr.write(`${USAGE.replace('{COMMANDS}', COMMANDS.map((c) => c.name).join(', '))}\n`);
    return emit(errorResponse([{ code: 'UNKNOWN_COMMAND', path: '', message: `unknown command ${name === undefined ? '(none)' : JSON.stringify(name)}; commands: demo, schema, audit, ${COMMANDS.map((c) => c.name).join(', ')}` }]));
  }
  if (!command.takesRequest) {
    return emit(command.run(undefined, options));
  }
  if (rest.length > 1) {
    return emit(errorResponse([{ code: 'UNKNOWN_FIELD', path: '', message: `itdose ${command.name} takes at most one FILE` }]));
  }
  const input = await readInput(rest[0]);
  if (!input.ok) {
    return emit(errorResponse([{ code: input.tooLarge ? 'INPUT_TOO_LARGE' : 'INPUT_UNREADABLE', path: '', message: input.message }]));
  }
  const parsed = parseJsonBytes(input.bytes);
  if (parsed._tag === 'Left') {
    return emit(errorResponse(parsed.left));
  }
  return emit(command.run(parsed.right, options));
}

function emit(r: WireResponse): number {
  process.stdout.write(`${JSON.stringify(r.body, null, 2)}\n`);
  return r.exitCode;
}
