/**
 * `--jobs`: documents run in parallel lanes, each in its own worker, and the dataset is
 * streamed to disk as they finish, in input order. It is the same file for file as one lane
 * gives, and as writeDataset gives for the same records held in memory (what a run wrote
 * before it streamed): records in input order, duplicates folded the same way.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDataset } from '@budget/emit';
import type { CanonicalDocument } from '@budget/model';
import { runExtraction } from '@budget/pipeline';

const samples = resolve(import.meta.dirname, '../../../samples');
// Small and large ones mixed, and one listed twice, so lanes finish out of order.
const sources = ['A-2-dalian-zhongshan-2023.pdf', 'D-1-nanchang-xihu-2025.docx', 'D-2-nanchang-xihu-2024.pdf', 'D-1-nanchang-xihu-2025.docx']
  .map((f) => join(samples, f));
// Every committed sample (a .doc without LibreOffice fails the same way in every run), one listed twice.
const everySample = readdirSync(samples).filter((f) => /\.(pdf|docx|xlsx|doc)$/.test(f)).sort().map((f) => join(samples, f));
const allSources = [...everySample, everySample[1]!];

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

function expectSameFiles(actual: string, expected: string): void {
  const a = datasetFiles(expected);
  const b = datasetFiles(actual);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, text] of a) expect(b.get(name) === text, `${name} differs`).toBe(true);
  // Nothing half-written is left beside the files.
  expect((readdirSync(actual, { recursive: true }) as string[]).filter((name) => name.endsWith('.tmp'))).toEqual([]);
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
    expectSameFiles(three, one);
    expect(readFileSync(join(one, 'documents.csv'), 'utf8')).toBeTruthy();
  }, 600_000);

  it('streams every sample to the same bytes with 1 and 2 jobs as writeDataset writes from the records in memory', async () => {
    const one = mkdtempSync(join(tmpdir(), 'stream-1-'));
    const two = mkdtempSync(join(tmpdir(), 'stream-2-'));
    const batch = mkdtempSync(join(tmpdir(), 'stream-batch-'));
    // The records as the workers returned them, by source, to write them the old way: all at once.
    const bySource = new Map<string, CanonicalDocument>();
    const startedAt = new Date();
    const first = await runExtraction(allSources, { out: one, toolVersion: 'test', jobs: 1, onProgress: (_d, _t, r) => { bySource.set(r.document.source, r); } });
    // A look-ahead of 2 makes the lane that runs ahead wait for the other now and then.
    const second = await runExtraction(allSources, { out: two, toolVersion: 'test', jobs: 2, lookahead: 2 });
    expect({ ...second, seconds: 0, memory: null }).toEqual({ ...first, seconds: 0, memory: null });
    expect(first.documents).toBe(everySample.length);
    expectSameFiles(two, one);

    const ids = new Set<string>();
    const documents = allSources.map((source) => bySource.get(source)!).filter((r) => !ids.has(r.document.doc_id) && ids.add(r.document.doc_id));
    const manifest = JSON.parse(readFileSync(join(one, 'manifest.json'), 'utf8')) as { inputs: { source: string; sha256: string | null; status: string; error: string | null }[]; row_counts: Record<string, number> };
    const written = await writeDataset(batch, { documents, inputs: manifest.inputs, toolVersion: 'test', startedAt, finishedAt: new Date() });
    expectSameFiles(one, batch);
    expect(written.counts).toEqual(manifest.row_counts);
    expect(manifest.inputs.filter((input) => input.status === 'duplicate')).toHaveLength(1);
    // The typed copies were made from the streamed CSVs: as many rows as the CSVs.
    for (const name of ['budget_lines', 'spending', 'coverage']) {
      expect(manifest.row_counts[`${name}.parquet`]).toBe(manifest.row_counts[`${name}.csv`]);
      expect(existsSync(join(one, `${name}.parquet`))).toBe(true);
    }
  }, 900_000);
});
