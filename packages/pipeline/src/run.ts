/** A whole in-process run: inputs → canonical records → dataset on disk, with progress. */
import { availableParallelism } from 'node:os';
import { writeDataset, type CoverageRow, type DatasetFormat } from '@budget/emit';
import { displayLocation, type CanonicalDocument } from '@budget/model';
import type { FetchPolicy } from './fetch/address-policy.ts';
import { loadInput } from './load.ts';
import { IsolatedProcessor } from './isolated.ts';
import { DEFAULT_PROCESS_OPTIONS, failedRecord, processDocument, sha256, unreadableRecord, type ProcessOptions } from './process.ts';

export interface RunOptions {
  out: string;
  bom?: boolean;
  /** Which files the dataset gets (csv, jsonl, parquet, duckdb); default all. */
  formats?: readonly DatasetFormat[];
  process?: Partial<ProcessOptions>;
  maxInputBytes?: number;
  /** Which non-public hosts URLs may reach. Default: `HARVEST_FETCH_ALLOW_HOSTS` from the environment. */
  fetchPolicy?: FetchPolicy;
  onProgress?: (done: number, total: number, record: CanonicalDocument) => void;
  toolVersion: string;
  /** Run each document in a worker thread with hard memory and time limits (default true). */
  isolate?: boolean;
  /** Heap limit per document when isolated, in MiB (default 1024). */
  maxHeapMb?: number;
  /**
   * Documents processed at once, each in its own isolated worker (default: the machine's
   * cores). The dataset is the same for every value: records are kept in input order.
   * Without isolation documents run one at a time in this thread.
   */
  jobs?: number;
}

export interface RunSummary {
  documents: number;
  ok: number;
  partial: number;
  failed: number;
  needsOcr: number;
  tables: number;
  rows: number;
  findings: number;
  pages: number;
  /** Pages of text whose drawing was not parsed (no table can stand on them). */
  pagesDrawingSkipped: number;
  seconds: number;
  records: CanonicalDocument[];
  /** The rows of coverage.csv: what the documents printed and the run did not understand. */
  coverage: CoverageRow[];
}

export async function runExtraction(sources: string[], options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const processOptions = { ...DEFAULT_PROCESS_OPTIONS, ...options.process };
  const jobs = options.isolate === false ? 1 : Math.max(1, Math.min(options.jobs ?? availableParallelism(), sources.length || 1));
  // One worker per lane, started once and reused; its start-up counts against its first
  // document's deadline: allow for it.
  const lanes = Array.from({ length: jobs }, () => (options.isolate === false ? null : new IsolatedProcessor(processOptions, {
    maxHeapMb: options.maxHeapMb ?? 1024,
    deadlineMs: processOptions.timeoutMs + 15_000,
  })));
  const results: Array<{ record: CanonicalDocument; digest: string | null }> = [];
  let next = 0;
  let done = 0;
  await Promise.all(lanes.map(async (isolated) => {
    for (let i = next++; i < sources.length; i = next++) {
      results[i] = await readAndProcess(sources[i]!, isolated, processOptions, options);
      options.onProgress?.(++done, sources.length, results[i]!.record);
    }
  }));
  await Promise.all(lanes.map((isolated) => isolated?.close()));
  const records: CanonicalDocument[] = [];
  const inputs: Array<{ source: string; sha256: string | null; status: string; error?: string | null }> = [];
  const stageSeconds: Record<string, number> = {};
  const firstSource = new Map<string, string>();
  let pagesDrawingSkipped = 0;
  // In input order, whatever order the lanes finished in: the dataset does not depend on --jobs.
  sources.forEach((source, i) => {
    const { record, digest } = results[i]!;
    // Stage timings go to the manifest, summed over the run (emit leaves them out of the per-document JSON).
    for (const [stage, ms] of Object.entries(record.timings ?? {})) {
      if (stage === 'pages_drawing_skipped') pagesDrawingSkipped += ms;
      else stageSeconds[`${stage}_seconds`] = (stageSeconds[`${stage}_seconds`] ?? 0) + ms / 1000;
    }
    // The same bytes under two names are one document (doc_id is the content hash).
    const first = firstSource.get(record.document.doc_id);
    if (first !== undefined) {
      inputs.push({ source, sha256: digest, status: 'duplicate', error: `same content as ${first}` });
    } else {
      firstSource.set(record.document.doc_id, record.document.source);
      records.push(record);
      inputs.push({ source, sha256: digest, status: record.document.status, error: record.document.error });
    }
  });
  const finishedAt = new Date();
  const written = await writeDataset(options.out, {
    documents: records, inputs, toolVersion: options.toolVersion, startedAt, finishedAt, bom: options.bom,
    ...(options.formats ? { formats: options.formats } : {}),
    timings: { total_seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000, ...roundedSeconds(stageSeconds), pages_drawing_skipped: pagesDrawingSkipped },
  });
  const count = (status: string) => records.filter((r) => r.document.status === status).length;
  return {
    documents: records.length,
    ok: count('ok'), partial: count('partial'), failed: count('failed'), needsOcr: count('needs_ocr'),
    tables: records.reduce((n, r) => n + r.tables.length, 0),
    rows: records.reduce((n, r) => n + r.budget_lines.length, 0),
    findings: records.reduce((n, r) => n + r.findings.length, 0),
    pages: records.reduce((n, r) => n + (r.document.pages ?? 0), 0),
    pagesDrawingSkipped,
    seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    records,
    coverage: written.coverage,
  };
}

/** One source read (file or URL) and processed; a source that cannot be read fails its own record. */
async function readAndProcess(
  source: string, isolated: IsolatedProcessor | null, processOptions: ProcessOptions, options: Pick<RunOptions, 'maxInputBytes' | 'fetchPolicy'>,
): Promise<{ record: CanonicalDocument; digest: string | null }> {
  let digest: string | null = null;
  try {
    const bytes = await loadInput(source, { maxBytes: options.maxInputBytes ?? 200 * 1024 * 1024, timeoutMs: processOptions.timeoutMs, policy: options.fetchPolicy });
    digest = sha256(bytes);
    const record = isolated ? await isolated.process(bytes, source) : await processDocument(bytes, source, processOptions);
    return { record, digest };
  } catch (error) {
    // Printed and written to CSV: one line, no control codes, no credentials.
    const reason = displayLocation(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    const record = digest ? failedRecord(digest, source, 'unknown', `cannot read input: ${reason}`) : unreadableRecord(source, `cannot read input: ${reason}`);
    return { record, digest };
  }
}

function roundedSeconds(seconds: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Number(v.toFixed(3))]));
}
