/**
 * Bad input fails its own document with a clear reason; the run goes on and writes every
 * other document. Exercised through the real CLI, as a user runs it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_REASON_CHARS, processDocument } from '@budget/pipeline';
import { writeZip } from '../packages/docx/test/fixtures/zip-writer.ts';
import { zipParts } from './support/mutate.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

function fixtures(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const write = (name: string, bytes: string | Uint8Array) => { writeFileSync(join(dir, name), bytes); return join(dir, name); };
  return {
    notADocument: write('notes.pdf', 'just some text, named .pdf'),
    empty: write('empty.docx', ''),
    truncated: write('truncated.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa'),
    html: write('page.pdf', '<!DOCTYPE html><html><body>404 Not Found</body></html>'),
    zipNotWord: write('archive.docx', Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex')),
    // A sound zip whose workbook part is not XML: exceljs gives up, then LibreOffice does too (or is absent).
    brokenWorkbook: write('broken.xlsx', writeZip([{ name: 'xl/workbook.xml', data: '<workbook not xml' }, { name: '[Content_Types].xml', data: '<Types/>' }])),
    // The package's relationships part holding a worksheet instead (found by test/fuzz.test.ts):
    // exceljs's complaint quotes the whole XML node.
    worksheetAsRels: write('worksheet-as-rels.xlsx', (() => {
      const parts = zipParts(readFileSync(resolve(root, 'samples/A-1-dalian-xigang-2025.xlsx')));
      const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
      return writeZip(parts.map((p) => (p.name === '_rels/.rels' ? { ...sheet, name: p.name } : p)));
    })()),
    dir,
  };
}

describe('bad input', () => {
  it('gives each broken file status failed with a reason', async () => {
    const f = fixtures();
    const cases: Array<[string, RegExp]> = [
      [f.notADocument!, /neither a PDF nor a DOCX/],
      [f.empty!, /empty/],
      [f.truncated!, /CorruptPdfError/],
      [f.html!, /HTML page/],
      [f.zipNotWord!, /ZIP archive that is not a Word document/],
      [f.brokenWorkbook!, /^CorruptXlsxError: .*; LibreOffice could not read it either \(/],
      [f.worksheetAsRels!, /^CorruptXlsxError: not a readable XLSX workbook: Unexpected xml node .*…; LibreOffice could not read it either \(.*\)$/],
    ];
    for (const [path, reason] of cases) {
      const record = await processDocument(new Uint8Array(readFileSync(path)), path);
      expect(record.document.status, path).toBe('failed');
      expect(record.document.error, path).toMatch(reason);
      expect(record.document.error!.length, path).toBeLessThanOrEqual(MAX_REASON_CHARS);
      expect(record.budget_lines).toEqual([]);
    }
  });

  it('the CLI writes a row per document, goes on after failures, and exits 1 only with --strict', async () => {
    const f = fixtures();
    const out = join(f.dir!, 'out');
    const args = ['tsx', 'packages/cli/src/main.ts', 'extract', f.notADocument!, f.truncated!, join(f.dir!, 'missing.pdf'), '--out', out];
    const relaxed = await run('npx', args, { cwd: root });
    expect(relaxed.stderr).toMatch(/failed 3/);
    const documents = readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\n');
    expect(documents).toHaveLength(4);
    expect(documents.slice(1).every((line) => line.includes(',failed,'))).toBe(true);
    const strict = await run('npx', [...args, '--strict'], { cwd: root }).then(() => 0, (error: { code: number }) => error.code);
    expect(strict).toBe(1);
  });
});
