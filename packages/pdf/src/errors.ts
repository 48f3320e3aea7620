/**
 * Errors extractPdf throws. Each has a stable `name` so callers (queues, CLIs) can tell
 * permanent failures (encrypted, corrupt, too many pages) from retryable ones (timeout)
 * even after the error crossed a process boundary as plain JSON.
 */

/** The PDF needs a password to open. */
export class EncryptedPdfError extends Error {
  override readonly name = 'EncryptedPdfError';
  constructor(message = 'the PDF is password-protected', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The bytes are not a PDF pdfjs can parse (garbage, truncated, broken xref). */
export class CorruptPdfError extends Error {
  override readonly name = 'CorruptPdfError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** The document has more pages than the caller allows. */
export class TooManyPagesError extends Error {
  override readonly name = 'TooManyPagesError';
  constructor(readonly pages: number, readonly maxPages: number) {
    super(`the PDF has ${pages} pages, more than the limit of ${maxPages}`);
  }
}

/** The whole-document deadline passed before extraction finished. */
export class ExtractionTimeoutError extends Error {
  override readonly name = 'ExtractionTimeoutError';
  constructor(readonly timeoutMs: number, readonly pagesDone: number) {
    super(`PDF extraction did not finish within ${timeoutMs} ms (${pagesDone} pages done)`);
  }
}
