/**
 * Tampered copies of documents: one printed figure changed in place, the file otherwise intact.
 * The sample PDFs draw text as uncompressed UCS-2 hex strings; Word files keep cell text in
 * word/document.xml. Shared by test/tampered.test.ts and scripts/bench-tamper.ts.
 */
import { inspectZip } from '../../packages/docx/src/zip-guard.ts';
import { readZipPart } from '../../packages/docx/src/zip-parts.ts';
import { writeZip } from '../../packages/docx/test/fixtures/zip-writer.ts';

/** The figure with one digit raised by one: the digit before the decimal point, or the last one. */
export function alterFigure(printed: string, lastDigit = false): string | null {
  const point = printed.indexOf('.');
  if (point < 1) return null;
  const position = lastDigit ? printed.length - 1 : point - 1;
  return printed.slice(0, position) + String((Number(printed[position]!) + 1) % 10) + printed.slice(position + 1);
}

function hexOf(text: string): string {
  return [...text].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
}

/** A copy of a sample PDF with the first printed occurrence of `printed` altered (see alterFigure). */
export function tamper(pdf: Buffer, printed: string, lastDigit = false): { bytes: Buffer; altered: string } | null {
  const at = pdf.indexOf(Buffer.from(`<${hexOf(printed)}>`, 'latin1'));
  const altered = alterFigure(printed, lastDigit);
  if (at < 0 || !altered) return null;
  const bytes = Buffer.from(pdf);
  Buffer.from(`<${hexOf(altered)}>`, 'latin1').copy(bytes, at);
  return { bytes, altered };
}

/** A copy of a Word file with the first cell text `printed` altered (see alterFigure). */
export function tamperDocx(docx: Buffer, printed: string, lastDigit = false): { bytes: Uint8Array; altered: string } | null {
  const altered = alterFigure(printed, lastDigit);
  if (!altered) return null;
  const directory = inspectZip(docx, { maxUncompressedBytes: 512 * 1024 * 1024, maxEntries: 10_000, maxCompressionRatio: 1000, ratioFloorBytes: 1 << 20 });
  let found = false;
  const parts = directory.entries.map((entry) => {
    let data: Uint8Array | string = readZipPart(docx, entry);
    if (entry.name === 'word/document.xml') {
      const xml = data.toString();
      const needle = `>${printed}</w:t>`;
      found = xml.includes(needle);
      data = xml.replace(needle, `>${altered}</w:t>`);
    }
    return { name: entry.name, data, deflate: true };
  });
  return found ? { bytes: writeZip(parts), altered } : null;
}
