/** Why scans cannot be made and read here (no tesseract, pdftoppm or pdftocairo), or null. */
import { execFileSync } from 'node:child_process';
import { ocrUnavailableReason } from '@budget/pdf';

export function missingScanTools(): string | null {
  const ocr = ocrUnavailableReason();
  if (ocr) return ocr;
  try {
    execFileSync('pdftocairo', ['-v'], { stdio: 'pipe' });
    return null;
  } catch {
    return 'pdftocairo (Debian poppler-utils) is not installed';
  }
}
