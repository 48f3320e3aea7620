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
}
