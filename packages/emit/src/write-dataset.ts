/**
 * Writes one dataset directory in the contract's layout. Every file is replaced
 * atomically; manifest.json is removed first and written last, so its presence means
 * the files beside it belong together (a crash in between leaves no manifest, not a
 * dataset that mixes two runs). The output depends only on the run: same run, same bytes,
 * and documents/<doc_id>.json of earlier runs that this run lacks are removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CanonicalDocument } from '@budget/model';
import { removeIfPresent, syncDirectory, writeFileAtomic } from './atomic-write.ts';
import { COVERAGE_COLUMNS, COVERAGE_FILE, coverageOf, type CoverageRow } from './coverage.ts';
import { toCsv } from './csv-write.ts';
import { recordJsonSchemas } from './json-schemas.ts';
import { toJsonl } from './jsonl.ts';
import { buildManifest, type WrittenFile } from './manifest.ts';
import type { DatasetRun } from './run.ts';
import { datasetColumns, rowsOf, TABLE_NAMES } from './tables.ts';
import { isSafeDocId, validateRun } from './validate-run.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface DatasetWriteResult {
  /** Every file written, relative to outDir, manifest last. */
  files: string[];
  /** Rows per data file, as in the manifest. */
  counts: Record<string, number>;
  /** The rows of coverage.csv: what the documents printed and the pipeline did not understand. */
  coverage: CoverageRow[];
}

export async function writeDataset(outDir: string, run: DatasetRun): Promise<DatasetWriteResult> {
  const documents = validateRun(run);
  await mkdir(join(outDir, 'documents'), { recursive: true });
  await mkdir(join(outDir, 'schema'), { recursive: true });
  await removeIfPresent(join(outDir, MANIFEST_FILE));

  const written: WrittenFile[] = [];
  const write = async (path: string, content: string) => {
    await writeFileAtomic(join(outDir, path), content);
    written.push({ path, bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') });
  };

  for (const [name, schema] of Object.entries(recordJsonSchemas())) await write(`schema/${name}.json`, prettyJson(schema));
  // Timings vary run to run; the per-document record stays deterministic (the manifest has the run's).
  for (const { timings: _timings, ...doc } of documents) await write(`documents/${doc.document.doc_id}.json`, prettyJson(doc));

  const counts: Record<string, number> = {};
  for (const table of TABLE_NAMES) {
    const columns = datasetColumns[table];
    const rows = tableRows(documents, table);
    await write(`${table}.csv`, toCsv(columns, rows, { bom: run.bom ?? false }));
    await write(`${table}.jsonl`, toJsonl(rows.map((row) => columnsFirst(row, columns))));
    counts[`${table}.csv`] = rows.length;
    counts[`${table}.jsonl`] = rows.length;
  }
  // Not a table of document rows: counts over the whole run (docs/DATASET.md, coverage.csv).
  const coverage = coverageOf(documents);
  await write(`${COVERAGE_FILE}.csv`, toCsv(COVERAGE_COLUMNS, coverage, { bom: run.bom ?? false }));
  await write(`${COVERAGE_FILE}.jsonl`, toJsonl(coverage));
  counts[`${COVERAGE_FILE}.csv`] = coverage.length;
  counts[`${COVERAGE_FILE}.jsonl`] = coverage.length;

  await removeStaleDocuments(outDir, new Set(documents.map((doc) => `${doc.document.doc_id}.json`)));
  await writeFileAtomic(join(outDir, MANIFEST_FILE), prettyJson(buildManifest(run, counts, written)));
  for (const dir of ['documents', 'schema', '.']) await syncDirectory(join(outDir, dir));
  return { files: [...written.map((file) => file.path), MANIFEST_FILE], counts, coverage };
}

/**
 * Rewriting into an old dataset must not leave documents/<doc_id>.json of documents this
 * run does not have. Only names this writer could have made are touched.
 */
async function removeStaleDocuments(outDir: string, current: ReadonlySet<string>): Promise<void> {
  const folder = join(outDir, 'documents');
  for (const name of await readdir(folder)) {
    if (name.endsWith('.json') && isSafeDocId(name.slice(0, -'.json'.length)) && !current.has(name)) {
      await removeIfPresent(join(folder, name));
    }
  }
}

/** All documents' rows of one table: document order as given, then row order. */
function tableRows(documents: CanonicalDocument[], table: (typeof TABLE_NAMES)[number]): object[] {
  return documents.flatMap((doc) => rowsOf(doc, table));
}

/** The JSONL row: CSV columns in CSV order, then the JSON-only fields (provenance). */
function columnsFirst(row: object, columns: readonly string[]): Record<string, unknown> {
  const record = row as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const column of columns) ordered[column] = record[column] ?? null;
  for (const [key, value] of Object.entries(record)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
