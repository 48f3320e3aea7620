/**
 * `pnpm dataset NAME`: the dataset of every finished document of a harvest, written by
 * the same writer as `pnpm extract` (packages/emit) from the stored canonical records,
 * in harvest order, so its rows equal those of `pnpm extract` on the same inputs given in
 * the same order. Sources that could not be read get a failed record with the reason,
 * with the doc_id `pnpm extract` gives unreadable inputs. Sources still in flight are
 * left out and counted. As in `pnpm extract`, the same bytes under two sources are one
 * document (the first); the later source is listed in the manifest's inputs as a duplicate.
 */
import { writeDataset, type CoverageRow, type DatasetFormat, type DatasetInput } from '@budget/emit';
import type { CanonicalDocument } from '@budget/model';
import { unreadableRecord } from '@budget/pipeline';
import type { HarvestContext } from './context.ts';
import { checkDatasetName } from './names.ts';
import { toolVersion } from './tool-version.ts';

export interface BuildDatasetOptions {
  /** Start every CSV with a UTF-8 BOM (Excel). Default false. */
  bom?: boolean;
  /** Which files the dataset gets (csv, jsonl, parquet, duckdb); default all. */
  formats?: readonly DatasetFormat[];
  /** Called after each source is read (for a progress bar). Default: nothing. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildDatasetSummary {
  dataset: string;
  sources: number;
  documents: number;
  /** Sources without a finished flow (still queued, running or stuck). */
  unfinished: string[];
  /** Sources whose bytes equal an earlier source's (listed in the manifest's inputs only). */
  duplicates: string[];
  /** Sources whose entry points at a record that is not in the store (storage not shared or cleaned). */
  missingRecords: string[];
  rows: Record<string, number>;
  /** The rows of coverage.csv: what the documents printed and the pipeline did not understand. */
  coverage: CoverageRow[];
}

export class UnknownDatasetError extends Error {
  override readonly name = 'UnknownDatasetError';
  constructor(dataset: string, known: string[]) {
    super(`no dataset named ${dataset}${known.length ? ` (known: ${known.join(', ')})` : ' (none harvested yet)'}`);
  }
}

export async function buildDataset(context: HarvestContext, dataset: string, outDir: string, options: BuildDatasetOptions = {}): Promise<BuildDatasetSummary> {
  checkDatasetName(dataset);
  if (!(await context.registry.exists(dataset))) throw new UnknownDatasetError(dataset, await context.registry.datasets());
  const sources = await context.registry.sources(dataset);
  const entries = await context.registry.entries(dataset);
  const documents: CanonicalDocument[] = [];
  const inputs: DatasetInput[] = [];
  const seen = new Map<string, CanonicalDocument>();
  const summary: BuildDatasetSummary = { dataset, sources: sources.length, documents: 0, unfinished: [], duplicates: [], missingRecords: [], rows: {}, coverage: [] };
  let finishedAt = 0;
  for (const [index, source] of sources.entries()) {
    options.onProgress?.(index, sources.length);
    const entry = entries.get(source);
    if (!entry) {
      summary.unfinished.push(source);
      continue;
    }
    let record: CanonicalDocument;
    if (entry.recordKey) {
      const envelope = await context.store.readRecord(entry.recordKey);
      if (!envelope) {
        summary.missingRecords.push(source);
        continue;
      }
      record = envelope.record;
    } else {
      record = unreadableRecord(source, entry.error ?? 'cannot read input');
    }
    finishedAt = Math.max(finishedAt, Date.parse(entry.recordedAt));
    const first = seen.get(record.document.doc_id);
    if (first) {
      summary.duplicates.push(source);
      inputs.push({ source, sha256: entry.sha256, status: 'duplicate', error: `same content as ${first.document.source}` });
      continue;
    }
    seen.set(record.document.doc_id, record);
    documents.push(record);
    inputs.push({ source, sha256: entry.sha256, status: record.document.status, error: record.document.error });
  }
  const startedAt = (await context.registry.createdAt(dataset)) ?? new Date();
  const result = await writeDataset(outDir, {
    documents,
    inputs,
    toolVersion: toolVersion(),
    startedAt,
    finishedAt: finishedAt ? new Date(finishedAt) : new Date(),
    bom: options.bom ?? false,
    ...(options.formats ? { formats: options.formats } : {}),
  });
  summary.documents = documents.length;
  summary.rows = result.counts;
  summary.coverage = result.coverage;
  return summary;
}
