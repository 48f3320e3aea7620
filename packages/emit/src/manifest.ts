/** manifest.json: what the dataset is, what it was made from, and what it holds. */
import type { DatasetRun } from './run.ts';

export const SCHEMA_VERSION = '1';

export interface WrittenFile {
  /** Relative to the dataset directory, '/'-separated. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  schema_version: typeof SCHEMA_VERSION;
  tool_version: string;
  /** When the dataset was made: the run's finish time (ISO 8601, UTC). */
  created_at: string;
  started_at: string;
  finished_at: string;
  csv_bom: boolean;
  inputs: { source: string; sha256: string | null; status: string; error: string | null }[];
  /** Rows per data file, keyed by file name (the CSV and its JSONL twin hold the same rows). */
  row_counts: Record<string, number>;
  /** Stage durations in milliseconds. */
  timings: Record<string, number>;
  /** Every other file of the dataset, in the order written. */
  files: WrittenFile[];
}

export function buildManifest(run: DatasetRun, rowCounts: Record<string, number>, files: WrittenFile[]): Manifest {
  return {
    schema_version: SCHEMA_VERSION,
    tool_version: run.toolVersion,
    created_at: run.finishedAt.toISOString(),
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt.toISOString(),
    csv_bom: run.bom ?? false,
    inputs: run.inputs.map(({ source, sha256, status, error }) => ({ source, sha256, status, error: error ?? null })),
    row_counts: rowCounts,
    timings: run.timings ?? {},
    files,
  };
}
