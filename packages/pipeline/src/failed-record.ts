/**
 * What a run needs without the stages: the processing options and the record of a document
 * that failed. Kept apart from process.ts, which loads every extractor (pdf.js, exceljs,
 * mammoth): a coordinator whose documents run in worker processes never loads them.
 */
import { createHash } from 'node:crypto';
import { HEADLINE_KEYS, printable, type CanonicalDocument, type DocumentRow, type Format } from '@budget/model';

export interface ProcessOptions {
  maxPages: number;
  timeoutMs: number;
  maxUncompressedBytes: number;
}

export const DEFAULT_PROCESS_OPTIONS: ProcessOptions = {
  maxPages: 500,
  timeoutMs: 120_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
};

/** Longest reason a failed record carries: a library's message can dump a whole XML node. */
export const MAX_REASON_CHARS = 500;

/** Text cut to `max` characters, the cut marked. */
export function clipped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function failedRecord(docId: string, source: string, format: Format, error: string, pages: number | null = null): CanonicalDocument {
  const document = {
    doc_id: docId, source, format, pages,
    province: null, city: null, county: null, region_code: null, department: null, department_code: null,
    year: null, kind: null, printed_unit: null, status: 'failed', quality: null,
    // One line, and short: it is printed per document and written to documents.csv.
    error: clipped(printable(error), MAX_REASON_CHARS),
    ...Object.fromEntries(HEADLINE_KEYS.map((k) => [k, null])),
    staff_authorized: null, staff_actual: null, table_kinds: null,
  } as DocumentRow;
  return { document, headline_sources: {}, prose_facts: {}, tables: [], budget_lines: [], projects: [], indicators: [], findings: [] };
}

/**
 * The record of an input whose bytes could not be read (missing file, failed download):
 * its doc_id hashes the source, since there are no bytes to hash.
 */
export function unreadableRecord(source: string, error: string): CanonicalDocument {
  return failedRecord(sha256(new TextEncoder().encode(`unreadable:${source}`)), source, 'unknown', error);
}

