/** Named errors of the dataset writer; classify by `name` (classes do not survive a process boundary). */

/** A record does not match the model's schema, or the documents contradict each other. Nothing was written. */
export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  constructor(message: string, readonly issues: string[] = []) {
    super(issues.length ? `${message}\n  ${issues.join('\n  ')}` : message);
  }
}
