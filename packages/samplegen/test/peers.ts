/**
 * pdfjs-dist and mammoth are dependencies of the extractor packages, not of samplegen; the
 * tests borrow them from there (pnpm keeps each package's dependencies private).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packages = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The slice of the pdfjs API the tests use. */
export interface Pdfjs {
  getDocument(options: { data: Uint8Array; cMapUrl: string; cMapPacked: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ rotate: number; getTextContent(): Promise<{ items: Array<{ str?: string }> }> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export async function loadPdfjs(): Promise<Pdfjs> {
  const require = createRequire(join(packages, 'pdf', 'package.json'));
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return import(pathToFileURL(entry).href);
}

export function pdfjsCMapUrl(): string {
  const require = createRequire(join(packages, 'pdf', 'package.json'));
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
}

export function loadMammoth(): { convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }> } {
  const require = createRequire(join(packages, 'docx', 'package.json'));
  return require('mammoth');
}
