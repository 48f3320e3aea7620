/**
 * Writes one dataset directory in the contract's layout. Every file is replaced
 * atomically; manifest.json is removed first and written last, so its presence means
 * the files beside it belong together (a crash in between leaves no manifest, not a
 * dataset that mixes two runs). The output depends only on the run: same run, same bytes,
 * and documents/<doc_id>.json of earlier runs that this run lacks are removed.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CanonicalDocument } from '@budget/model';
import { removeIfPresent, syncDirectory, writeFileAtomic } from './atomic-write.ts';
import { COVERAGE_COLUMNS, COVERAGE_FILE, coverageOf, type CoverageRow } from './coverage.ts';
import { toCsv } from './csv-write.ts';
import { recordJsonSchemas } from './json-schemas.ts';
import { buildDataPackage } from './datapackage.ts';
import { dataFiles } from './field-types.ts';
import { toJsonl } from './jsonl.ts';
import { withKeys } from './keys.ts';
import { buildManifest, type WrittenFile } from './manifest.ts';
import { datasetReadme } from './output-readme.ts';
import { formatsOf, type DatasetFormat, type DatasetRun } from './run.ts';
import { SPENDING_COLUMNS, SPENDING_FILE, spendingOf } from './spending.ts';
import { datasetColumns, rowsOf, TABLE_NAMES } from './tables.ts';
import { DUCKDB_FILE, writeTypedOutputs } from './typed-outputs.ts';
import { isSafeDocId, validateRun } from './validate-run.ts';

export const MANIFEST_FILE = 'manifest.json';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const README_FILE = 'README.md';

export interface DatasetWriteResult {
  /** Every file written, relative to outDir, manifest last. */
  files: string[];
  /** Rows per data file, as in the manifest. */
  counts: Record<string, number>;
  /** The rows of coverage.csv: what the documents printed and the pipeline did not understand. */
  coverage: CoverageRow[];
}

export async function writeDataset(outDir: string, run: DatasetRun): Promise<DatasetWriteResult> {
  const documents = withKeys(validateRun(run));
  const formats = formatsOf(run);
  const on = (format: DatasetFormat) => formats.includes(format);
  await mkdir(join(outDir, 'documents'), { recursive: true });
  await mkdir(join(outDir, 'schema'), { recursive: true });
  await removeIfPresent(join(outDir, MANIFEST_FILE));

  const written: WrittenFile[] = [];
  const record = (path: string, content: string | Uint8Array) =>
    written.push({ path, bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') });
  const write = async (path: string, content: string) => {
    await writeFileAtomic(join(outDir, path), content);
    record(path, content);
  };

  for (const [name, schema] of Object.entries(recordJsonSchemas())) await write(`schema/${name}.json`, prettyJson(schema));
  // Timings vary run to run; the per-document record stays deterministic (the manifest has the run's).
  for (const { timings: _timings, ...doc } of documents) await write(`documents/${doc.document.doc_id}.json`, prettyJson(doc));

  // Every data file as rows and columns; CSV and JSONL are written as chosen, and the typed
  // formats are made from plain (BOM-less) CSVs in a scratch folder.
  const coverage = coverageOf(documents);
  const files: { name: string; columns: readonly string[]; rows: object[] }[] = [
    ...TABLE_NAMES.map((table) => ({ name: table as string, columns: datasetColumns[table], rows: tableRows(documents, table) })),
    { name: SPENDING_FILE, columns: SPENDING_COLUMNS, rows: spendingOf(documents) },
    // Not a table of document rows: counts over the whole run (docs/DATASET.md, coverage.csv).
    { name: COVERAGE_FILE, columns: COVERAGE_COLUMNS, rows: coverage },
  ];
  const counts: Record<string, number> = {};
  const typed = on('parquet') || on('duckdb');
  const scratch = typed ? await mkdtemp(join(tmpdir(), 'budget-typed-')) : null;
  try {
    for (const { name, columns, rows } of files) {
      if (on('csv')) {
        await write(`${name}.csv`, toCsv(columns, rows, { bom: run.bom ?? false }));
        counts[`${name}.csv`] = rows.length;
      }
      if (on('jsonl')) {
        await write(`${name}.jsonl`, toJsonl(rows.map((row) => columnsFirst(row, columns))));
        counts[`${name}.jsonl`] = rows.length;
      }
      if (scratch) await writeFile(join(scratch, `${name}.csv`), toCsv(columns, rows, { bom: false }));
    }
    if (scratch) {
      for (const path of await writeTypedOutputs(scratch, outDir, { parquet: on('parquet'), duckdb: on('duckdb') })) {
        record(path, await readFile(join(outDir, path)));
        if (path.endsWith('.parquet')) counts[path] = files.find((file) => `${file.name}.parquet` === path)!.rows.length;
      }
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  await removeUnchosenFormats(outDir, formats);

  if (on('csv')) {
    const dataPackage = buildDataPackage({
      toolVersion: run.toolVersion, createdAt: run.finishedAt, jsonl: on('jsonl'), parquet: on('parquet'), duckdb: on('duckdb'),
    });
    await write(DATAPACKAGE_FILE, prettyJson(dataPackage));
  } else {
    await removeIfPresent(join(outDir, DATAPACKAGE_FILE));
  }
  await write(README_FILE, datasetReadme({ csv: on('csv'), jsonl: on('jsonl'), parquet: on('parquet'), duckdb: on('duckdb') }, counts));

  await removeStaleDocuments(outDir, new Set(documents.map((doc) => `${doc.document.doc_id}.json`)));
  await writeFileAtomic(join(outDir, MANIFEST_FILE), prettyJson(buildManifest(run, counts, written)));
  for (const dir of ['documents', 'schema', '.']) await syncDirectory(join(outDir, dir));
  return { files: [...written.map((file) => file.path), MANIFEST_FILE], counts, coverage };
}

/** A rewrite with fewer formats must not leave the earlier run's files of the others beside the new ones. */
async function removeUnchosenFormats(outDir: string, formats: readonly DatasetFormat[]): Promise<void> {
  for (const { name } of dataFiles()) {
    for (const format of ['csv', 'jsonl', 'parquet'] as const) {
      if (!formats.includes(format)) await removeIfPresent(join(outDir, `${name}.${format}`));
    }
  }
  if (!formats.includes('duckdb')) await removeIfPresent(join(outDir, DUCKDB_FILE));
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
