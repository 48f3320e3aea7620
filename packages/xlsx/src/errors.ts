/** Named errors of the workbook reader; callers classify them by `name` (classes do not cross threads). */

/** The bytes are not a workbook exceljs can read (corrupt, encrypted, not OOXML). */
export class CorruptXlsxError extends Error {
  override readonly name = 'CorruptXlsxError';
  /** exceljs failed on a zip that passed its checks: another reader (LibreOffice) may manage. */
  readonly parserFailed = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
