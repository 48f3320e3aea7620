/**
 * `--jobs`: documents run in parallel lanes, each in its own worker, and the dataset is the
 * same file for file as one lane gives: records in input order, duplicates folded the same way.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtraction } from '@budget/pipeline';

const samples = resolve(import.meta.dirname, '../../../samples');
// Small and large ones mixed, and one listed twice, so lanes finish out of order.
const sources = ['A-2-dalian-zhongshan-2023.pdf', 'D-1-nanchang-xihu-2025.docx', 'D-2-nanchang-xihu-2024.pdf', 'D-1-nanchang-xihu-2025.docx']
  .map((f) => join(samples, f));

function datasetFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    // The run's own record (manifest, and the data package that carries the DuckDB file's
    // checksum: DuckDB does not write the same bytes twice) differs between any two runs.
    if (!/\.(csv|jsonl|json)$/.test(name) || /(manifest|datapackage)\.json$/.test(name)) continue;
    files.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

describe('runExtraction with several jobs', () => {
  it('writes the same dataset with 1 and 3 jobs', async () => {
    const one = mkdtempSync(join(tmpdir(), 'jobs-1-'));
    const three = mkdtempSync(join(tmpdir(), 'jobs-3-'));
    const order: string[] = [];
    await runExtraction(sources, { out: one, toolVersion: 'test', jobs: 1 });
    const summary = await runExtraction(sources, { out: three, toolVersion: 'test', jobs: 3, onProgress: (_d, _t, r) => order.push(r.document.source) });
    expect(summary.documents).toBe(3);
    expect(order).toHaveLength(4);
    const a = datasetFiles(one);
    const b = datasetFiles(three);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
    expect(a.get('documents.csv')).toBeTruthy();
  }, 600_000);
});
