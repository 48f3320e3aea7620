/**
 * LibreOffice conversions with the real soffice (Debian's libreoffice-*-nogui); skipped,
 * saying so, where it is not installed (scripts/ensure-libreoffice.sh installs it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, findSoffice } from '../src/index.ts';

const soffice = findSoffice();
const sample = resolve(import.meta.dirname, '../../../samples/A-1-dalian-xigang-2025.docx');

describe.skipIf(!soffice)('LibreOffice conversion', () => {
  it('turns a DOCX into a legacy .doc and back into a DOCX', async () => {
    const doc = await convertWithLibreOffice(new Uint8Array(readFileSync(sample)), 'docx', 'doc', 120_000);
    expect([...doc.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]); // an OLE compound file
    const docx = await convertWithLibreOffice(doc, 'doc', 'docx', 120_000);
    expect(Buffer.from(docx.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  // LibreOffice imports what it cannot parse as text, so a bad file rarely fails here; the
  // pipeline's sniffing decides what is converted at all.
  it('kills a conversion over its time limit and says so', async () => {
    await expect(convertWithLibreOffice(new Uint8Array(readFileSync(sample)), 'docx', 'doc', 50)).rejects.toThrow(/within 50 ms \(killed\)/);
  });
});

if (!soffice) {
  it('LibreOffice conversion (skipped: soffice is not installed; run scripts/ensure-libreoffice.sh)', () => {
    expect(findSoffice()).toBeNull();
  });
}
