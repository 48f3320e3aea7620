/**
 * The extract step without the queue: the canonical record of stored bytes under one
 * source, from the store when an up-to-date one exists (same bytes, same source, same
 * tool version and limits), else from the pipeline, written atomically under the
 * content-derived key so a retry overwrites instead of duplicating.
 */
import { DEFAULT_PROCESS_OPTIONS, processDocument, type ProcessOptions } from '@budget/pipeline';
import { ContentStore } from './content-store.ts';
import type { ExtractResult, FetchResult } from './job-data.ts';

export interface ExtractDocumentOptions {
  store: ContentStore;
  /** Pipeline limits (config `extract.maxPages`, `timeoutMs`, `maxUncompressedBytes`). Default: the pipeline's defaults. */
  process?: ProcessOptions;
  /** Tool version (and code hash), part of the record's fingerprint. */
  toolVersion: string;
  /** Called when the pipeline has run, before the record is stored. Default: nothing. */
  onExtracted?: (recordKey: string) => Promise<void>;
}

export type ExtractedResult = Extract<ExtractResult, { outcome: 'extracted' | 'reused' }>;

export function recordFingerprint(toolVersion: string, process: ProcessOptions): string {
  return JSON.stringify({ toolVersion, maxPages: process.maxPages, timeoutMs: process.timeoutMs, maxUncompressedBytes: process.maxUncompressedBytes });
}

export async function extractDocument(fetched: FetchResult, source: string, options: ExtractDocumentOptions): Promise<ExtractedResult> {
  const process = options.process ?? DEFAULT_PROCESS_OPTIONS;
  const fingerprint = recordFingerprint(options.toolVersion, process);
  const recordKey = ContentStore.recordKey(fetched.sha256, source);
  const existing = await options.store.readRecord(recordKey);
  if (existing && existing.fingerprint === fingerprint && existing.sha256 === fetched.sha256 && existing.source === source) {
    const d = existing.record.document;
    return { outcome: 'reused', sha256: fetched.sha256, recordKey, status: d.status, error: d.error, fetch: fetched };
  }
  const bytes = await options.store.readRaw(fetched.sha256);
  const record = await processDocument(bytes, source, process);
  await options.onExtracted?.(recordKey);
  await options.store.putRecord(recordKey, { sha256: fetched.sha256, source, fingerprint, record });
  return { outcome: 'extracted', sha256: fetched.sha256, recordKey, status: record.document.status, error: record.document.error, fetch: fetched };
}
