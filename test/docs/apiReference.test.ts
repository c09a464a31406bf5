import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Application, LogLevel } from 'typedoc';
import { describe, expect, it } from 'vitest';

// REQ-DOC-002: the API reference (npm run docs:api, TypeDoc, typedoc.json) is generated from the TSDoc of
// both entry points, and generating it reports nothing: every exported function, type, constant and method
// is documented, every {@link} resolves, and no public signature refers to a type the package does not export.
describe('the API reference', () => {
  it('[REQ-DOC-002] generates from the TSDoc of itdose and itdose/spec with no warning and no error', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = mkdtempSync(join(tmpdir(), 'itdose-api-'));
    const messages: string[] = [];
    const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), out, logLevel: LogLevel.Warn, treatWarningsAsErrors: false });
    app.logger.log = (message: string, level: LogLevel): void => {
      if (level >= LogLevel.Warn) messages.push(message);
    };
    const project = await app.convert();
    expect(project).toBeDefined();
    if (project !== undefined) {
      app.validate(project);
      await app.generateDocs(project, out);
      expect(project.children?.map((c) => c.name).sort()).toEqual(['core', 'spec']);
    }
    expect(messages).toEqual([]);
  }, 180_000);
});
