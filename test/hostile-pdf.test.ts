/**
 * PDFs whose page tree is hostile (no pages, a loop, no page readable) fail their own
 * document with a reason, through the path `pnpm extract` takes (runExtraction, each
 * document in a worker), and documents.csv says so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '@budget/emit';
import { runExtraction } from '@budget/pipeline';
import { ancestorLoopingPdf, noPagesPdf, selfLoopingPdf, unreadablePagesPdf } from '../packages/pdf/test/support/hostile-pdfs.ts';

describe('hostile page trees', () => {
  it('each fails with a reason in documents.csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-pdf-'));
    const cases: Array<[string, Uint8Array, string]> = [
      ['no-pages.pdf', noPagesPdf(), 'CorruptPdfError: the PDF has no pages'],
      ['self-loop.pdf', selfLoopingPdf(), 'CorruptPdfError: the PDF\'s page tree loops'],
      ['ancestor-loop.pdf', ancestorLoopingPdf(), 'CorruptPdfError: the PDF\'s page tree loops'],
      ['no-page-readable.pdf', unreadablePagesPdf(), 'CorruptPdfError: none of the PDF\'s 1 page(s) could be read (page 1: Page dictionary kid reference points to wrong type of object.)'],
    ];
    const sources = cases.map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    const out = join(dir, 'out');
    const summary = await runExtraction(sources, { out, toolVersion: 'test', jobs: 1, formats: ['csv'] });
    expect(summary.failed).toBe(cases.length);
    const { rows } = await readCsvTable(out, 'documents');
    expect(rows.map((row) => [row.source, row.format, row.status, row.error]))
      .toEqual(cases.map(([name, , reason], i) => [sources[i], 'pdf', 'failed', reason]));
  });
});
