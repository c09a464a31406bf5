import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The clinician app: a static page, built into dist/app with relative paths,
// so it opens from any folder or a plain static server; nothing is fetched at run time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../dist/app', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
});
