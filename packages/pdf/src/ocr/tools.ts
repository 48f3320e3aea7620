/**
 * The external programs OCR needs, called as processes with a time limit: pdftoppm
 * (poppler-utils) renders a page, tesseract (tesseract-ocr + tesseract-ocr-chi-sim) reads it.
 */
import { execFile, execFileSync } from 'node:child_process';

export interface ToolResult {
  stdout: string;
}

/** Runs a program; rejects with its stderr on a non-zero exit, and kills it at the time limit. */
export function runTool(command: string, args: readonly string[], timeoutMs: number): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const why = error.killed ? `killed after ${timeoutMs} ms` : String(stderr).trim().split('\n').slice(-2).join(' ') || error.message;
        reject(new Error(`${command} failed: ${why}`));
      } else resolve({ stdout });
    });
  });
}

let availability: string | null | undefined;

/**
 * Null when OCR can run (pdftoppm, tesseract and its chi_sim data are installed), else the
 * reason it cannot: the document is then `needs_ocr`. Checked once per process.
 */
export function ocrUnavailableReason(): string | null {
  if (availability !== undefined) return availability;
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'pipe', timeout: 10_000 });
  } catch {
    return (availability = 'pdftoppm (Debian poppler-utils) is not installed');
  }
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { stdio: 'pipe', timeout: 10_000, encoding: 'utf8' });
    availability = /^chi_sim$/m.test(langs) ? null : 'tesseract has no chi_sim data (Debian tesseract-ocr-chi-sim)';
  } catch {
    availability = 'tesseract (Debian tesseract-ocr) is not installed';
  }
  return availability;
}
