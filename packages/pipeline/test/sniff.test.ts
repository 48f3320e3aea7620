import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeUnknown, sniffFormat } from '../src/index.ts';

const samples = resolve(import.meta.dirname, '../../../samples');
const read = (name: string) => new Uint8Array(readFileSync(resolve(samples, name)));

/** An OLE2 header followed by a directory entry name in UTF-16, as compound files store them. */
function ole(stream: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]));
}

describe('sniffFormat: the format from the bytes, never the name', () => {
  it('tells PDF, DOCX, XLSX and the legacy Word file apart', () => {
    expect(sniffFormat(read('A-1-dalian-xigang-2025.pdf'))).toBe('pdf');
    expect(sniffFormat(read('A-1-dalian-xigang-2025.docx'))).toBe('docx');
    expect(sniffFormat(read('A-1-dalian-xigang-2025.xlsx'))).toBe('xlsx');
    expect(sniffFormat(read('A-1-dalian-xigang-2025.doc'))).toBe('doc');
  });

  it('reads an OLE container by its streams: Word, Excel, or an encrypted OOXML file', () => {
    expect(sniffFormat(ole('WordDocument'))).toBe('doc');
    expect(sniffFormat(ole('Workbook'))).toBe('xls');
    expect(sniffFormat(ole('EncryptedPackage'))).toBe('unknown');
    expect(describeUnknown(ole('EncryptedPackage'))).toMatch(/password-protected/);
    expect(describeUnknown(ole('Nothing'))).toMatch(/neither a Word nor an Excel/);
  });
});
