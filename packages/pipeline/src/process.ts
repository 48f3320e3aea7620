/**
 * One document through every stage: sniff → extract → repair → map → validate.
 * A broken file fails its own record with a reason; it never throws.
 */
import { extractDocx } from '@budget/docx';
import { mapDocument } from '@budget/map';
import type { CanonicalDocument, Format, SourceDocument } from '@budget/model';
import { extractPdf } from '@budget/pdf';
import { repairDocument } from '@budget/repair';
import { validateDocument } from '@budget/validate';
import { convertWithLibreOffice, sofficeVersion } from '@budget/office';
import { describeUnknown, sniffFormat } from './sniff.ts';
import { documentStatus } from './status.ts';

// The light parts (options, failed records), apart so the coordinator of a run can use them
// without loading the extractors.
export { DEFAULT_PROCESS_OPTIONS, failedRecord, MAX_REASON_CHARS, sha256, unreadableRecord, type ProcessOptions } from './failed-record.ts';
import { clipped, DEFAULT_PROCESS_OPTIONS, failedRecord, MAX_REASON_CHARS, sha256, type ProcessOptions } from './failed-record.ts';

/** What the caller of one document may hear about while it runs. */
export interface ProcessHooks {
  /** The document's deadline moved by this much (OCR is not charged to it): see ExtractPdfOptions. */
  onDeadlineShift?: (ms: number) => void;
}

interface Extraction {
  extracted: SourceDocument;
  /** How the bytes were made readable, when they were not read as published. */
  conversion: string | null;
}

type ReadableOffice = 'docx' | 'xlsx';

/** What each legacy format is converted to before reading. */
const CONVERTED_TO: Partial<Record<Format, ReadableOffice>> = { doc: 'docx', xls: 'xlsx' };

async function extract(bytes: Uint8Array, format: Format, docId: string, source: string, options: ProcessOptions, hooks: ProcessHooks): Promise<Extraction> {
  const target = CONVERTED_TO[format];
  if (target) return extractConverted(bytes, format, target, docId, source, options);
  try {
    return { extracted: await extractAs(bytes, format, docId, source, options, hooks), conversion: null };
  } catch (error) {
    // A DOCX/XLSX whose zip is sound but whose reader gave up may still open in LibreOffice.
    if (!(format === 'docx' || format === 'xlsx') || !(error as { parserFailed?: boolean }).parserFailed) throw error;
    try {
      return await extractConverted(bytes, format, format, docId, source, options);
    } catch (second) {
      // Named as the reader's error, so the reason starts with its class (not "Error: CorruptXlsxError: …").
      // The reader's message is clipped first, so LibreOffice's part of the reason survives the cut.
      const neither = new Error(`${clipped((error as Error).message, MAX_REASON_CHARS / 2)}; LibreOffice could not read it either (${errorMessage(second)})`, { cause: error });
      neither.name = (error as Error).name;
      throw neither;
    }
  }
}

async function extractAs(bytes: Uint8Array, format: Format, docId: string, source: string, options: ProcessOptions, hooks: ProcessHooks = {}): Promise<SourceDocument> {
  if (format === 'pdf') return extractPdf(bytes, { docId, source, maxPages: options.maxPages, timeoutMs: options.timeoutMs, onDeadlineShift: hooks.onDeadlineShift });
  if (format === 'xlsx') {
    // exceljs takes a third of a second to load: a worker that reads only PDFs never pays it.
    const { extractXlsx } = await import('@budget/xlsx');
    return extractXlsx(bytes, { docId, source, maxUncompressedBytes: options.maxUncompressedBytes, timeoutMs: options.timeoutMs });
  }
  return extractDocx(bytes, { docId, source, maxUncompressedBytes: options.maxUncompressedBytes, timeoutMs: options.timeoutMs });
}

async function extractConverted(
  bytes: Uint8Array, format: Format, target: ReadableOffice, docId: string, source: string, options: ProcessOptions,
): Promise<Extraction> {
  const converted = await convertWithLibreOffice(bytes, format, target, options.timeoutMs);
  const extracted = await extractAs(converted, target, docId, source, options);
  return { extracted, conversion: `${sofficeVersion() ?? 'LibreOffice'}: ${format}→${target}` };
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Milliseconds spent in each stage, lap by lap. */
function stageClock(): { laps: Record<string, number>; lap: (stage: string) => void } {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(stage) {
      const now = performance.now();
      laps[stage] = now - last;
      last = now;
    },
  };
}

export async function processDocument(bytes: Uint8Array, source: string, options: ProcessOptions = DEFAULT_PROCESS_OPTIONS, hooks: ProcessHooks = {}): Promise<CanonicalDocument> {
  const docId = sha256(bytes);
  const format = sniffFormat(bytes);
  if (format === 'unknown') return failedRecord(docId, source, format, `unsupported input: ${describeUnknown(bytes)}`);
  let extracted: SourceDocument;
  let conversion: string | null;
  const clock = stageClock();
  try {
    ({ extracted, conversion } = await extract(bytes, format, docId, source, options, hooks));
  } catch (error) {
    return failedRecord(docId, source, format, errorMessage(error));
  }
  clock.lap('extract');
  try {
    const repaired = repairDocument(extracted);
    clock.lap('repair');
    const mapped = mapDocument(repaired);
    clock.lap('map');
    const record = validateDocument(mapped);
    clock.lap('validate');
    // A count, not a time: summed into the manifest's timings as pages_drawing_skipped.
    const timings = { ...clock.laps, ...mapped.timings, ...(extracted.drawingsSkipped ? { pages_drawing_skipped: extracted.drawingsSkipped } : {}) };
    const { status, error, findings } = documentStatus(extracted, record);
    const document = { ...record.document, status, error, ...(conversion ? { format, conversion } : {}) };
    return { ...record, timings, document, findings: [...record.findings, ...findings] };
  } catch (error) {
    // A bug in a stage fails this document only, with the reason, never the run.
    return failedRecord(docId, source, format, `internal error while mapping: ${errorMessage(error)}`, extracted.pages);
  }
}
