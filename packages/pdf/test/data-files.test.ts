import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachedBinaryDataFactory } from '../src/data-files.ts';

describe('CachedBinaryDataFactory: pdf.js data files read once per process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pdfjs-data-'));
    await writeFile(join(dir, 'UniGB-UCS2-H.bcmap'), new Uint8Array([1, 2, 3]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the same bytes from the cache after the file is gone, each caller its own copy', async () => {
    const factory = new CachedBinaryDataFactory({ cMapUrl: dir + sep });
    const first = await factory.fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' });
    await rm(join(dir, 'UniGB-UCS2-H.bcmap'));
    const again = await new CachedBinaryDataFactory({ cMapUrl: dir + sep }).fetch({ kind: 'cMapUrl', filename: 'UniGB-UCS2-H.bcmap' });
    expect([...again]).toEqual([1, 2, 3]);
    first[0] = 9;
    expect(again[0]).toBe(1);
  });

  it('refuses a name that is not one of pdf.js\'s data files, and a kind without a folder', async () => {
    const factory = new CachedBinaryDataFactory({ cMapUrl: dir + sep });
    await expect(factory.fetch({ kind: 'cMapUrl', filename: '../secret' })).rejects.toThrow(/not one of its data files/);
    await expect(factory.fetch({ kind: 'wasmUrl', filename: 'openjpeg.wasm' })).rejects.toThrow(/not one of its data files/);
  });
});
