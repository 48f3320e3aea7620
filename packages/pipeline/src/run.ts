/** A whole in-process run: inputs → canonical records → dataset on disk, with progress. */
import { writeDataset, type CoverageRow } from '@budget/emit';
import { displayLocation, type CanonicalDocument } from '@budget/model';
import type { FetchPolicy } from './fetch/address-policy.ts';
import { loadInput } from './load.ts';
import { IsolatedProcessor } from './isolated.ts';
import { DEFAULT_PROCESS_OPTIONS, failedRecord, processDocument, sha256, unreadableRecord, type ProcessOptions } from './process.ts';

export interface RunOptions {
  out: string;
  bom?: boolean;
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
  seconds: number;
  records: CanonicalDocument[];
  /** The rows of coverage.csv: what the documents printed and the run did not understand. */
  coverage: CoverageRow[];
}

export async function runExtraction(sources: string[], options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const processOptions = { ...DEFAULT_PROCESS_OPTIONS, ...options.process };
  // Start-up of the worker counts against the first document's deadline: allow for it.
  const isolated = options.isolate === false ? null : new IsolatedProcessor(processOptions, {
    maxHeapMb: options.maxHeapMb ?? 1024,
    deadlineMs: processOptions.timeoutMs + 15_000,
  });
  const records: CanonicalDocument[] = [];
  const inputs: Array<{ source: string; sha256: string | null; status: string; error?: string | null }> = [];
  const stageSeconds: Record<string, number> = {};
  for (const source of sources) {
    let record: CanonicalDocument;
    let digest: string | null = null;
    try {
      const bytes = await loadInput(source, { maxBytes: options.maxInputBytes ?? 200 * 1024 * 1024, timeoutMs: processOptions.timeoutMs, policy: options.fetchPolicy });
      digest = sha256(bytes);
      record = isolated ? await isolated.process(bytes, source) : await processDocument(bytes, source, processOptions);
    } catch (error) {
      // Printed and written to CSV: one line, no control codes, no credentials.
      const reason = displayLocation(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      record = digest ? failedRecord(digest, source, 'unknown', `cannot read input: ${reason}`) : unreadableRecord(source, `cannot read input: ${reason}`);
    }
    // Stage timings go to the manifest, summed over the run (emit leaves them out of the per-document JSON).
    for (const [stage, ms] of Object.entries(record.timings ?? {})) stageSeconds[`${stage}_seconds`] = (stageSeconds[`${stage}_seconds`] ?? 0) + ms / 1000;
    // The same bytes under two names are one document (doc_id is the content hash).
    const first = records.find((r) => r.document.doc_id === record.document.doc_id);
    if (first) {
      inputs.push({ source, sha256: digest, status: 'duplicate', error: `same content as ${first.document.source}` });
    } else {
      records.push(record);
      inputs.push({ source, sha256: digest, status: record.document.status, error: record.document.error });
    }
    options.onProgress?.(inputs.length, sources.length, record);
  }
  await isolated?.close();
  const finishedAt = new Date();
  const written = await writeDataset(options.out, {
    documents: records, inputs, toolVersion: options.toolVersion, startedAt, finishedAt, bom: options.bom,
    timings: { total_seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000, ...roundedSeconds(stageSeconds) },
  });
  const count = (status: string) => records.filter((r) => r.document.status === status).length;
  return {
    documents: records.length,
    ok: count('ok'), partial: count('partial'), failed: count('failed'), needsOcr: count('needs_ocr'),
    tables: records.reduce((n, r) => n + r.tables.length, 0),
    rows: records.reduce((n, r) => n + r.budget_lines.length, 0),
    findings: records.reduce((n, r) => n + r.findings.length, 0),
    pages: records.reduce((n, r) => n + (r.document.pages ?? 0), 0),
    seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    records,
    coverage: written.coverage,
  };
}

function roundedSeconds(seconds: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Number(v.toFixed(3))]));
}
