/** What writeDataset is given: the documents of one run and the facts about the run. */
import type { CanonicalDocument } from '@budget/model';

export interface DatasetInput {
  /** URL or path as given. */
  source: string;
  /** sha256 of the bytes, or null when they never arrived (download failed). */
  sha256: string | null;
  /** ok, partial, failed, needs_ocr, ... as the pipeline reports it. */
  status: string;
  error?: string | null;
}

export interface DatasetRun {
  /** In the order the rows should appear (document order, then row order). */
  documents: CanonicalDocument[];
  inputs: DatasetInput[];
  toolVersion: string;
  startedAt: Date;
  finishedAt: Date;
  /** Stage durations in milliseconds, copied to the manifest. Default {}. */
  timings?: Record<string, number>;
  /** Start every CSV with a UTF-8 BOM (Excel needs it for Chinese). Default false. */
  bom?: boolean;
  /** Which files to write; default all of DATASET_FORMATS. */
  formats?: readonly DatasetFormat[];
}

/** The data file formats: the contract's CSV and JSONL, and the typed copies for analysts. */
export const DATASET_FORMATS = ['csv', 'jsonl', 'parquet', 'duckdb'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export function formatsOf(run: Pick<DatasetRun, 'formats'>): readonly DatasetFormat[] {
  return run.formats && run.formats.length > 0 ? run.formats : DATASET_FORMATS;
}

/** Parses "csv,jsonl,parquet" (the CLI's --formats); throws naming an unknown format. */
export function parseFormats(text: string): DatasetFormat[] {
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(DATASET_FORMATS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown format(s) ${unknown.join(', ')}; known: ${DATASET_FORMATS.join(', ')}`);
  return [...new Set(names)] as DatasetFormat[];
}
