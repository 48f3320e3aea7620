/** The configuration (file, environment or command line) does not validate. Thrown before anything starts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(message: string, readonly issues: string[] = []) {
    super(issues.length ? `${message}\n  ${issues.join('\n  ')}` : message);
  }
}
