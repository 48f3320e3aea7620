/**
 * Writes one dataset directory a document at a time, so a run of any size holds only the
 * document being written and a few small aggregates (the inputs list, coverage groups, ids):
 *
 *   const writer = await DatasetWriter.open(outDir, { toolVersion, bom, formats });
 *   for (const doc of documents) await writer.add(doc);   // in the order the rows should appear
 *   await writer.finish({ inputs, startedAt, finishedAt, timings });
 *
 * The files are byte for byte what writeDataset writes for the same documents (it is this
 * writer): documents/<doc_id>.json is written (atomically) as its document is added; each
 * CSV and JSONL file grows in a temporary file beside its target and is renamed over it by
 * finish(), with its checksum counted on the way; coverage.csv, which counts over the whole
 * run, is written by finish() from the tally. The typed copies (Parquet, DuckDB) are made by
 * finish() from the CSVs on disk (BOM-less ones in a scratch folder where the dataset's own
 * have a BOM or are not chosen). manifest.json is removed by open() and written last.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CanonicalDocument } from '@budget/model';
import { removeIfPresent, syncDirectory, writeFileAtomic } from './atomic-write.ts';
import { COVERAGE_COLUMNS, COVERAGE_FILE, CoverageTally, type CoverageRow } from './coverage.ts';
import { csvHeader, csvRows } from './csv-write.ts';
import { buildDataPackage } from './datapackage.ts';
import { dataFiles } from './field-types.ts';
import { recordJsonSchemas } from './json-schemas.ts';
import { withKeys } from './keys.ts';
import { buildManifest, type WrittenFile } from './manifest.ts';
import { datasetReadme } from './output-readme.ts';
import { formatsOf, type DatasetFormat, type DatasetInput } from './run.ts';
import { documentSpending, SPENDING_COLUMNS, SPENDING_FILE } from './spending.ts';
import { datasetColumns, rowsOf, TABLE_NAMES, type TableName } from './tables.ts';
import { DUCKDB_FILE } from './typed-outputs.ts';
import { writeTypedOutputsApart } from './typed-outputs-process.ts';
import { isSafeDocId, throwIfIssues, validateDocument, validateRunFacts } from './validate-run.ts';

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

export interface DatasetWriterOptions {
  toolVersion: string;
  /** Start every CSV with a UTF-8 BOM (Excel needs it for Chinese). Default false. */
  bom?: boolean;
  /** Which files to write; default all of DATASET_FORMATS. */
  formats?: readonly DatasetFormat[];
}

/** The facts about a run that are known only at its end. */
export interface DatasetRunEnd {
  inputs: DatasetInput[];
  startedAt: Date;
  finishedAt: Date;
  /** Stage durations, copied to the manifest. Default {}. */
  timings?: Record<string, number>;
}

/** The data files whose rows come a document at a time, in the order they are written. */
const STREAMED_FILES: readonly { name: string; columns: readonly string[]; rowsOf: (doc: CanonicalDocument) => readonly object[] }[] = [
  ...TABLE_NAMES.map((table: TableName) => ({ name: table as string, columns: datasetColumns[table], rowsOf: (doc: CanonicalDocument) => rowsOf(doc, table) })),
  { name: SPENDING_FILE, columns: SPENDING_COLUMNS, rowsOf: (doc: CanonicalDocument) => documentSpending(doc) },
];

export class DatasetWriter {
  private readonly written: WrittenFile[] = [];
  private readonly counts = new Map<string, number>();
  private readonly sinks = new Map<string, { csv?: FileSink; jsonl?: FileSink; scratch?: FileSink }>();
  private readonly docIds = new Set<string>();
  private readonly coverage = new CoverageTally();
  private added = 0;
  private state: 'open' | 'finished' | 'aborted' = 'open';

  private constructor(
    private readonly outDir: string,
    private readonly options: DatasetWriterOptions,
    private readonly formats: readonly DatasetFormat[],
    /** Where BOM-less CSVs for DuckDB are written when the dataset's own CSVs cannot serve. */
    private readonly scratch: string | null,
  ) {}

  static async open(outDir: string, options: DatasetWriterOptions): Promise<DatasetWriter> {
    validateRunFacts({ toolVersion: options.toolVersion });
    const formats = formatsOf(options);
    const on = (format: DatasetFormat) => formats.includes(format);
    const typed = on('parquet') || on('duckdb');
    const scratch = typed && (!on('csv') || options.bom) ? await mkdtemp(join(tmpdir(), 'budget-typed-')) : null;
    const writer = new DatasetWriter(outDir, options, formats, scratch);
    try {
      await mkdir(join(outDir, 'documents'), { recursive: true });
      await mkdir(join(outDir, 'schema'), { recursive: true });
      await removeIfPresent(join(outDir, MANIFEST_FILE));
      for (const [name, schema] of Object.entries(recordJsonSchemas())) await writer.write(`schema/${name}.json`, prettyJson(schema));
      const bom = options.bom ?? false;
      for (const { name, columns } of [...STREAMED_FILES, { name: COVERAGE_FILE, columns: COVERAGE_COLUMNS }]) {
        const sinks: { csv?: FileSink; jsonl?: FileSink; scratch?: FileSink } = {};
        writer.sinks.set(name, sinks);
        if (on('csv')) sinks.csv = await FileSink.create(join(outDir, `${name}.csv`), csvHeader(columns, { bom }));
        if (on('jsonl')) sinks.jsonl = await FileSink.create(join(outDir, `${name}.jsonl`), '');
        if (scratch) sinks.scratch = await FileSink.create(join(scratch, `${name}.csv`), csvHeader(columns, { bom: false }));
        writer.counts.set(name, 0);
      }
    } catch (error) {
      await writer.abort();
      throw error;
    }
    return writer;
  }

  /** Documents added so far. */
  get documents(): number {
    return this.added;
  }

  /**
   * Adds one document: checked against the model (a DatasetValidationError names what is
   * wrong, and nothing of it is written), keyed (line_id, department_key), its JSON written,
   * its rows appended. Call one at a time, in run order.
   */
  async add(raw: CanonicalDocument): Promise<void> {
    if (this.state !== 'open') throw new Error(`DatasetWriter: add() after the writer was ${this.state}`);
    const issues: string[] = [];
    const valid = validateDocument(raw, this.added, this.docIds, issues);
    throwIfIssues(issues);
    const [doc] = withKeys([valid!]);
    const id = doc!.document.doc_id;
    this.added++;
    // Timings vary run to run; the per-document record stays deterministic (the manifest has the run's).
    const { timings: _timings, ...stored } = doc!;
    await this.write(`documents/${id}.json`, prettyJson(stored));
    for (const file of STREAMED_FILES) await this.append(file.name, file.columns, file.rowsOf(doc!));
    this.coverage.add(doc!);
  }

  /** Closes the data files, writes coverage, the typed copies, datapackage.json, README.md and manifest.json last. */
  async finish(end: DatasetRunEnd): Promise<DatasetWriteResult> {
    if (this.state !== 'open') throw new Error(`DatasetWriter: finish() after the writer was ${this.state}`);
    validateRunFacts({ toolVersion: this.options.toolVersion, startedAt: end.startedAt, finishedAt: end.finishedAt });
    const on = (format: DatasetFormat) => this.formats.includes(format);
    try {
      const coverage = this.coverage.rows();
      await this.append(COVERAGE_FILE, COVERAGE_COLUMNS, coverage);
      const counts: Record<string, number> = {};
      for (const [name, sinks] of this.sinks) {
        const rows = this.counts.get(name)!;
        if (sinks.csv) {
          this.written.push(await sinks.csv.commit(`${name}.csv`));
          counts[`${name}.csv`] = rows;
        }
        if (sinks.jsonl) {
          this.written.push(await sinks.jsonl.commit(`${name}.jsonl`));
          counts[`${name}.jsonl`] = rows;
        }
        if (sinks.scratch) await sinks.scratch.commit(`${name}.csv`);
      }
      if (on('parquet') || on('duckdb')) {
        const csvDir = this.scratch ?? this.outDir;
        // In a child process: DuckDB's memory is then not the coordinator's.
        for (const path of await writeTypedOutputsApart({ csvDir, outDir: this.outDir, formats: { parquet: on('parquet'), duckdb: on('duckdb') } })) {
          this.written.push({ path, ...(await fileDigest(join(this.outDir, path))) });
          if (path.endsWith('.parquet')) counts[path] = this.counts.get(path.slice(0, -'.parquet'.length))!;
        }
      }
      await removeUnchosenFormats(this.outDir, this.formats);

      const finishedAt = end.finishedAt;
      if (on('csv')) {
        const dataPackage = buildDataPackage({
          toolVersion: this.options.toolVersion, createdAt: finishedAt, jsonl: on('jsonl'), parquet: on('parquet'), duckdb: on('duckdb'),
        });
        await this.write(DATAPACKAGE_FILE, prettyJson(dataPackage));
      } else {
        await removeIfPresent(join(this.outDir, DATAPACKAGE_FILE));
      }
      await this.write(README_FILE, datasetReadme({ csv: on('csv'), jsonl: on('jsonl'), parquet: on('parquet'), duckdb: on('duckdb') }, counts));

      await removeStaleDocuments(this.outDir, this.docIds);
      const run = { toolVersion: this.options.toolVersion, bom: this.options.bom, documents: [], ...end };
      await writeFileAtomic(join(this.outDir, MANIFEST_FILE), prettyJson(buildManifest(run, counts, this.written)));
      for (const dir of ['documents', 'schema', '.']) await syncDirectory(join(this.outDir, dir));
      this.state = 'finished';
      return { files: [...this.written.map((file) => file.path), MANIFEST_FILE], counts, coverage };
    } catch (error) {
      await this.abort();
      throw error;
    } finally {
      if (this.scratch) await rm(this.scratch, { recursive: true, force: true });
    }
  }

  /** Drops the data files in progress (the dataset's earlier ones stay) and the scratch folder; no manifest is written. */
  async abort(): Promise<void> {
    if (this.state === 'finished') return;
    this.state = 'aborted';
    for (const sinks of this.sinks.values()) for (const sink of Object.values(sinks)) await sink.discard();
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true });
  }

  private async append(name: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const sinks = this.sinks.get(name)!;
    this.counts.set(name, this.counts.get(name)! + rows.length);
    if (sinks.csv || sinks.scratch) {
      const csv = csvRows(columns, rows);
      await sinks.csv?.append(csv);
      await sinks.scratch?.append(csv);
    }
    if (sinks.jsonl) await sinks.jsonl.append(rows.map((row) => JSON.stringify(columnsFirst(row, columns)) + '\n').join(''));
  }

  private async write(path: string, content: string): Promise<void> {
    await writeFileAtomic(join(this.outDir, path), content);
    this.record(path, content);
  }

  private record(path: string, content: string | Uint8Array): void {
    this.written.push({ path, bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') });
  }
}

/** A file's size and checksum, read as a stream: a big run's dataset.duckdb is never held in memory. */
async function fileDigest(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * A file written in pieces to a temporary name beside its target, counting its bytes and
 * checksum as it goes; commit() flushes it to disk and renames it over the target.
 */
class FileSink {
  private bytes = 0;
  private readonly hash: Hash = createHash('sha256');
  private handle: FileHandle | null;

  private constructor(private readonly path: string, private readonly temporary: string, handle: FileHandle) {
    this.handle = handle;
  }

  static async create(path: string, start: string): Promise<FileSink> {
    const temporary = `${path}.${randomUUID()}.tmp`;
    const sink = new FileSink(path, temporary, await open(temporary, 'wx'));
    await sink.append(start);
    return sink;
  }

  async append(text: string): Promise<void> {
    if (text === '') return;
    const data = Buffer.from(text, 'utf8');
    this.hash.update(data);
    this.bytes += data.length;
    let offset = 0;
    while (offset < data.length) offset += (await this.handle!.write(data, offset)).bytesWritten;
  }

  /** The file in place; returns its entry for the manifest under `relative`. */
  async commit(relative: string): Promise<WrittenFile> {
    const handle = this.handle!;
    this.handle = null;
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(this.temporary, this.path);
    return { path: relative, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  async discard(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await removeIfPresent(this.temporary);
  }
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
    const id = name.slice(0, -'.json'.length);
    if (name.endsWith('.json') && isSafeDocId(id) && !current.has(id)) await removeIfPresent(join(folder, name));
  }
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
