import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../spec/wire/commands/registry.js';
import { versions } from '../../../spec/wire/versions.js';
import { DEMO_REQUEST } from '../../../adapters/cli/demoRequest.js';
import { compileCommand } from '../../../spec/wire/commands/compile.js';

// REQ-PKG-005: every response, answer or refusal, of every command, says which engine, wire
// format and libraries produced it, last in the body.
describe('versions in every response', () => {
  const expected = versions();
  it('[REQ-PKG-005] every command, given nothing or a malformed request, answers with the versions last', () => {
    for (const command of COMMANDS) {
      for (const input of [undefined, { unknownField: 1 }]) {
        const body = command.run(input).body;
        expect(body['versions'], command.name).toEqual(expected);
        expect(Object.keys(body).at(-1), command.name).toBe('versions');
      }
    }
  });
  it('[REQ-PKG-005] a compiled answer and a safety refusal carry them too', () => {
    const answer = compileCommand.run(DEMO_REQUEST);
    expect(answer.exitCode).toBe(0);
    expect(answer.body['versions']).toEqual(expected);
    const refused = compileCommand.run({ ...DEMO_REQUEST, reservoir: { ...(DEMO_REQUEST as { reservoir: object }).reservoir, fill: '0 mL' } });
    expect(refused.exitCode).toBe(3);
    expect(refused.body['versions']).toEqual(expected);
  });
});
