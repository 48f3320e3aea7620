/**
 * What crosses the queues, as zod schemas: payloads carry references (a source, a content
 * hash, a record key), never file bytes. Every processor parses its job data with these.
 */
import { z } from 'zod';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Data of every job of a flow: which document of which dataset. */
export const DocumentJobData = z.object({
  dataset: z.string().min(1),
  /** URL or path exactly as the user gave it (becomes `source` in the dataset). */
  source: z.string().min(1),
  /** What to read: the URL, or the path made absolute when the harvest was enqueued. */
  location: z.string().min(1),
  /** Id of the harvest run that enqueued the flow. */
  run: z.string().min(1),
});
export type DocumentJobData = z.infer<typeof DocumentJobData>;

/** What the fetch job returns (to its parent, the extract job). */
export const FetchResult = z.object({
  sha256: Sha256,
  bytes: z.number().int().nonnegative(),
  /** As sniffed from the bytes; `unknown` goes on to the pipeline, which records why. */
  format: z.enum(['pdf', 'docx', 'unknown']),
  contentType: z.string().nullable(),
  /** File name from Content-Disposition or the URL path, decoded (UTF-8 or GBK). */
  fileName: z.string().nullable(),
  /** The URL after redirects (null for local files). */
  finalUrl: z.string().nullable(),
  /** The server answered 304 Not Modified and the stored copy was used. */
  notModified: z.boolean(),
});
export type FetchResult = z.infer<typeof FetchResult>;

/** What the extract job returns (to its parent, the record job). */
export const ExtractResult = z.discriminatedUnion('outcome', [
  z.object({
    /** `extracted`: the pipeline ran; `reused`: an up-to-date record of these bytes under this source existed. */
    outcome: z.enum(['extracted', 'reused']),
    sha256: Sha256,
    recordKey: z.string(),
    status: z.string(),
    error: z.string().nullable(),
    fetch: FetchResult,
  }),
  z.object({
    /** The fetch failed for good; `reason` says why. */
    outcome: z.literal('unreadable'),
    reason: z.string(),
  }),
]);
export type ExtractResult = z.infer<typeof ExtractResult>;

/** One source's state in a dataset, written by the record job (last finished flow wins). */
export const DatasetEntry = z.object({
  sha256: Sha256.nullable(),
  /** Key of the canonical record in the store; null when the file could not be read. */
  recordKey: z.string().nullable(),
  status: z.string(),
  error: z.string().nullable(),
  fileName: z.string().nullable(),
  finalUrl: z.string().nullable(),
  /** Whether this flow ran the pipeline (false: the record was reused). */
  extracted: z.boolean(),
  run: z.string(),
  recordedAt: z.string(),
});
export type DatasetEntry = z.infer<typeof DatasetEntry>;
