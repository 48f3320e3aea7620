/**
 * Named errors of the DOCX extractor. Errors lose their class when they cross a
 * process or queue boundary, so callers classify them by the stable `name`.
 * All three are permanent for the given bytes: retrying the same file will not help.
 */

/** The bytes are not a readable DOCX (not a zip, truncated, encrypted, no main document part). */
export class CorruptDocxError extends Error {
  override readonly name = 'CorruptDocxError';
  /** The zip passed its checks and mammoth still failed: another reader (LibreOffice) may manage. */
  readonly parserFailed: boolean;
  constructor(message: string, options?: { cause?: unknown; parserFailed?: boolean }) {
    super(message, options);
    this.parserFailed = options?.parserFailed ?? false;
  }
}

/** The zip would inflate beyond the configured limit, or looks like a decompression bomb. */
export class DocxTooLargeError extends Error {
  override readonly name = 'DocxTooLargeError';
  constructor(message: string) {
    super(message);
  }
}

/** Extraction did not finish within `timeoutMs`. */
export class ExtractionTimeoutError extends Error {
  override readonly name = 'ExtractionTimeoutError';
  constructor(readonly timeoutMs: number, what = 'DOCX') {
    super(`${what} extraction did not finish within ${timeoutMs} ms`);
  }
}
