import { describe, expect, it } from 'vitest';
import { DocxTooLargeError } from '../src/index.ts';
import { inspectZip, type ZipLimits } from '../src/zip-guard.ts';
import { readZipPart } from '../src/zip-parts.ts';
import { writeZip } from './fixtures/zip-writer.ts';

const LIMITS: ZipLimits = { maxUncompressedBytes: 10_000, maxEntries: 100, maxCompressionRatio: 200, ratioFloorBytes: 1 << 20 };

describe('inspectZip', () => {
  it('lists entries with their declared sizes, without inflating', () => {
    const zip = writeZip([
      { name: 'a.xml', data: '<a/>' },
      { name: '目录/b.xml', data: 'x'.repeat(500), deflate: true },
    ]);
    const directory = inspectZip(zip, LIMITS);
    expect(directory.entries.map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize }))).toEqual([
      { name: 'a.xml', method: 0, uncompressedSize: 4 },
      { name: '目录/b.xml', method: 8, uncompressedSize: 500 },
    ]);
    expect(directory.totalUncompressedBytes).toBe(504);
    expect(readZipPart(zip, directory.entries[1]!).toString()).toBe('x'.repeat(500));
  });

  it('reads sizes from the ZIP64 extra field', () => {
    const zip = writeZip([{ name: 'a.xml', data: '<a/>', zip64: true }]);
    expect(inspectZip(zip, LIMITS).entries[0]).toMatchObject({ uncompressedSize: 4, compressedSize: 4 });
  });

  it('rejects a sum of sizes over the limit even when every entry is under it', () => {
    const zip = writeZip([
      { name: 'a.xml', data: 'x'.repeat(6000) },
      { name: 'b.xml', data: 'x'.repeat(6000) },
    ]);
    expect(() => inspectZip(zip, LIMITS)).toThrow(DocxTooLargeError);
    expect(() => inspectZip(zip, LIMITS)).toThrow(/more than 10000 bytes/);
  });

  it('quotes an entry name in a message on one printable line, shortened (a damaged name length runs on into the directory)', () => {
    const name = `word/\u0001\u001b[2J${'x'.repeat(500)}`;
    const zip = writeZip([{ name, data: '<a/>', declaredSize: 1e9 }]);
    const message = (() => { try { inspectZip(zip, LIMITS); } catch (error) { return (error as Error).message; } return ''; })();
    expect(message).toBe(`entry word/[2J${'x'.repeat(72)}… (${name.length} characters) declares 1000000000 bytes uncompressed (limit 10000)`);
  });

  it('rejects two entries under one part name (case-insensitive): readers disagree on which is the document', () => {
    const zip = writeZip([{ name: 'word/document.xml', data: '<a/>' }, { name: 'Word/Document.xml', data: '<b/>' }]);
    expect(() => inspectZip(zip, LIMITS)).toThrow('entry Word/Document.xml appears twice in the zip');
  });
});
