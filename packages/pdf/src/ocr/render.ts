/** A PDF page rendered to a grey image by pdftoppm (poppler-utils), under a time limit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePgm, type GreyImage } from './grey-image.ts';
import { runTool } from './tools.ts';

export async function renderPage(pdfPath: string, page: number, dpi: number, workDir: string, timeoutMs: number): Promise<GreyImage> {
  const root = join(workDir, `render-${page}`);
  await runTool('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, root], timeoutMs);
  return parsePgm(new Uint8Array(readFileSync(`${root}.pgm`)));
}
