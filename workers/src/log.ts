/** Worker events as JSON lines on stdout (one object per line: easy to grep, to ship, and to test). */
export type LogFields = Record<string, unknown>;
export type Logger = (event: string, fields?: LogFields) => void;

export function jsonLogger(stream: NodeJS.WritableStream = process.stdout, base: LogFields = {}): Logger {
  return (event, fields = {}) => {
    stream.write(JSON.stringify({ t: new Date().toISOString(), pid: process.pid, event, ...base, ...fields }) + '\n');
  };
}
