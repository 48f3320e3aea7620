/** A whole in-process run: inputs → canonical records → dataset on disk, with progress. */
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { DatasetWriter, type CoverageRow, type DatasetFormat, type DatasetInput } from '@budget/emit';
import { displayLocation, type CanonicalDocument } from '@budget/model';
import type { FetchPolicy } from './fetch/address-policy.ts';
import { loadInput } from './load.ts';
import { IsolatedProcessor } from './isolated.ts';
import { DEFAULT_PROCESS_OPTIONS, failedRecord, sha256, unreadableRecord, type ProcessOptions } from './failed-record.ts';

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
  /** Run each document in a worker process with hard memory and time limits (default true). */
  isolate?: boolean;
  /** Heap limit per document when isolated, in MiB (default 1024). */
  maxHeapMb?: number;
  /**
   * Documents processed at once, each in its own isolated worker (default: the machine's
   * cores). The dataset is the same for every value: records are written in input order.
   * Without isolation documents run one at a time in this thread.
   */
  jobs?: number;
  /**
   * How many documents past the first unwritten one a lane may start (default 4 per job, at
   * least 8): records finished ahead of an earlier unfinished one wait in memory, so this
   * bounds them when one document is slow.
   */
  lookahead?: number;
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
  /**
   * Memory, in MiB: the coordinating process's peak RSS (its workers are processes of their
   * own), its largest V8 heap while records were written, and the largest a worker process
   * held after a document (its V8 heap and external memory; 0 without isolation).
   */
  memory: { peakRssMb: number; coordinatorHeapMb: number; workerHeapMb: number };
  /** The rows of coverage.csv: what the documents printed and the run did not understand. */
  coverage: CoverageRow[];
}

/**
 * Runs every source and streams the dataset: each record is written (documents/<doc_id>.json,
 * rows appended to the CSV and JSONL files) as soon as it and every record before it in input
 * order are done, then dropped; only small per-document facts (the manifest's inputs, the
 * coverage tally, counts) are kept to the end, where the typed copies are made from the CSVs.
 */
export async function runExtraction(sources: string[], options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const processOptions = { ...DEFAULT_PROCESS_OPTIONS, ...options.process };
  const jobs = options.isolate === false ? 1 : Math.max(1, Math.min(options.jobs ?? availableParallelism(), sources.length || 1));
  const lookahead = Math.max(1, options.lookahead ?? Math.max(8, 4 * jobs));
  const writer = await DatasetWriter.open(options.out, {
    toolVersion: options.toolVersion,
    ...(options.bom !== undefined ? { bom: options.bom } : {}),
    ...(options.formats ? { formats: options.formats } : {}),
  });
  const inputs: DatasetInput[] = [];
  const stageSeconds: Record<string, number> = {};
  const firstSource = new Map<string, string>();
  let coordinatorHeap = coordinatorHeapBytes();
  const totals = { documents: 0, ok: 0, partial: 0, failed: 0, needsOcr: 0, tables: 0, rows: 0, findings: 0, pages: 0, pagesDrawingSkipped: 0 };

  /** One record, in input order: folded into the run's facts and written. */
  const take = async (source: string, { record, digest }: Processed): Promise<void> => {
    // Stage timings go to the manifest, summed over the run (emit leaves them out of the per-document JSON).
    for (const [stage, ms] of Object.entries(record.timings ?? {})) {
      if (stage === 'pages_drawing_skipped') totals.pagesDrawingSkipped += ms;
      else stageSeconds[`${stage}_seconds`] = (stageSeconds[`${stage}_seconds`] ?? 0) + ms / 1000;
    }
    // The same bytes under two names are one document (doc_id is the content hash).
    const first = firstSource.get(record.document.doc_id);
    if (first !== undefined) {
      inputs.push({ source, sha256: digest, status: 'duplicate', error: `same content as ${first}` });
      return;
    }
    firstSource.set(record.document.doc_id, record.document.source);
    inputs.push({ source, sha256: digest, status: record.document.status, error: record.document.error });
    await writer.add(record);
    const status = record.document.status;
    totals.documents++;
    if (status === 'ok') totals.ok++;
    else if (status === 'partial') totals.partial++;
    else if (status === 'failed') totals.failed++;
    else if (status === 'needs_ocr') totals.needsOcr++;
    totals.tables += record.tables.length;
    totals.rows += record.budget_lines.length;
    totals.findings += record.findings.length;
    totals.pages += record.document.pages ?? 0;
    coordinatorHeap = Math.max(coordinatorHeap, coordinatorHeapBytes());
  };

  // Records that finished ahead of an earlier unfinished one, by input index; written in
  // input order (whatever order the lanes finish in: the dataset does not depend on --jobs),
  // one at a time through `writing`, while the lanes go on with their next documents.
  const finished = new Map<number, Processed>();
  let written = 0;
  let failure: { error: unknown } | null = null;
  let writing: Promise<void> = Promise.resolve();
  let waiting: Array<() => void> = [];
  const wakeLanes = () => {
    for (const wake of waiting) wake();
    waiting = [];
  };
  const drain = async (): Promise<void> => {
    while (failure === null && finished.has(written)) {
      const result = finished.get(written)!;
      finished.delete(written);
      await take(sources[written]!, result);
      written++;
      wakeLanes();
    }
  };
  const scheduleWrite = () => {
    writing = writing.then(drain).catch((error: unknown) => {
      // A record the writer refused stops the run: every lane stops taking documents.
      failure ??= { error };
      wakeLanes();
    });
  };

  // One worker per lane, started once and reused; its start-up counts against its first
  // document's deadline: allow for it.
  const lanes = Array.from({ length: jobs }, () => (options.isolate === false ? null : new IsolatedProcessor(processOptions, {
    maxHeapMb: options.maxHeapMb ?? 1024,
    deadlineMs: processOptions.timeoutMs + 15_000,
  })));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(lanes.map(async (isolated) => {
      for (let i = next++; i < sources.length && failure === null; i = next++) {
        // A lane does not run too far ahead of the first unwritten record: what finished
        // early waits in memory.
        while (i >= written + lookahead && failure === null) await new Promise<void>((wake) => waiting.push(wake));
        if (failure !== null) break;
        const result = await readAndProcess(sources[i]!, isolated, processOptions, options);
        options.onProgress?.(++done, sources.length, result.record);
        finished.set(i, result);
        scheduleWrite();
      }
    }));
    await writing;
    if (failure !== null) throw (failure as { error: unknown }).error;
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await Promise.all(lanes.map((isolated) => isolated?.close()));
  }
  const finishedAt = new Date();
  const result = await writer.finish({
    inputs, startedAt, finishedAt,
    timings: { total_seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000, ...roundedSeconds(stageSeconds), pages_drawing_skipped: totals.pagesDrawingSkipped },
  });
  const mib = (bytes: number) => Math.round(bytes / 1048576);
  return {
    ...totals,
    seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    memory: {
      // maxRSS is in KiB.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      coordinatorHeapMb: mib(Math.max(coordinatorHeap, coordinatorHeapBytes())),
      workerHeapMb: mib(Math.max(0, ...lanes.map((isolated) => isolated?.peakHeapBytes ?? 0))),
    },
    coverage: result.coverage,
  };
}

interface Processed {
  record: CanonicalDocument;
  digest: string | null;
}

/** One source read (file or URL) and processed; a source that cannot be read fails its own record. */
async function readAndProcess(
  source: string, isolated: IsolatedProcessor | null, processOptions: ProcessOptions, options: Pick<RunOptions, 'maxInputBytes' | 'fetchPolicy'>,
): Promise<Processed> {
  let digest: string | null = null;
  try {
    const bytes = await loadInput(source, { maxBytes: options.maxInputBytes ?? 200 * 1024 * 1024, timeoutMs: processOptions.timeoutMs, policy: options.fetchPolicy });
    digest = sha256(bytes);
    // The stages are loaded here only when documents run in this thread (--no-isolate).
    const record = isolated ? await isolated.process(bytes, source) : await (await import('./process.ts')).processDocument(bytes, source, processOptions);
    return { record, digest };
  } catch (error) {
    // Printed and written to CSV: one line, no control codes, no credentials.
    const reason = displayLocation(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    const record = digest ? failedRecord(digest, source, 'unknown', `cannot read input: ${reason}`) : unreadableRecord(source, `cannot read input: ${reason}`);
    return { record, digest };
  }
}

/** The coordinator's V8 heap and the external memory its objects keep. */
function coordinatorHeapBytes(): number {
  const heap = getHeapStatistics();
  return heap.total_heap_size + heap.external_memory;
}

function roundedSeconds(seconds: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Number(v.toFixed(3))]));
}
