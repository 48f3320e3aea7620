// Worker-process entry: registers the TypeScript loader (the worker is started without it),
// then runs the document worker. Plain .mjs because a worker cannot start from a .ts file.
//
// pdf.js is imported first, before tsx is registered: through tsx's loader (source maps on)
// its two modules cost a worker some 300 MB more than under plain Node. Modules are cached by
// URL, so @budget/pdf's own import of it later gets these. It is resolved from @budget/pdf's
// folder (this package's node_modules/@budget/pdf, the workspace link), where it is a dependency.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const fromPdf = createRequire(new URL('../node_modules/@budget/pdf/src/index.ts', import.meta.url));
for (const file of ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs']) {
  await import(pathToFileURL(fromPdf.resolve(file)).href);
}
register();
await import('./isolated-worker.ts');
