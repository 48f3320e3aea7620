import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMITTED_SEEDS, STYLES, generateDisclosure } from '../src/index.ts';

const samples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples');

describe('determinism', () => {
  for (const style of STYLES) {
    it(`style ${style}: a seed gives the same bytes every time`, async () => {
      for (const seed of [1, 23]) {
        const a = generateDisclosure(style, seed);
        const b = generateDisclosure(style, seed);
        expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
        expect(Buffer.from(await a.docx).equals(Buffer.from(await b.docx))).toBe(true);
        expect(a.expected).toEqual(b.expected);
      }
    });
  }

  it('different seeds give different documents', () => {
    const a = generateDisclosure('B', 31);
    const b = generateDisclosure('B', 32);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(false);
  });

  it('the committed samples are what the generator writes now', async () => {
    for (const style of STYLES) {
      for (const seed of COMMITTED_SEEDS) {
        const g = generateDisclosure(style, seed);
        const base = join(samples, g.spec.id);
        if (!existsSync(`${base}.pdf`)) continue;
        expect(Buffer.from(g.pdf).equals(readFileSync(`${base}.pdf`)), `${g.spec.id}.pdf`).toBe(true);
        expect(Buffer.from(await g.docx).equals(readFileSync(`${base}.docx`)), `${g.spec.id}.docx`).toBe(true);
        expect(Buffer.from(await g.xlsx).equals(readFileSync(`${base}.xlsx`)), `${g.spec.id}.xlsx`).toBe(true);
        expect(JSON.parse(readFileSync(`${base}.expected.json`, 'utf8'))).toEqual(g.expected);
      }
    }
  });
});
