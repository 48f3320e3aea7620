/** Findings the extractor records: always check 'extract.pdf', severity warning. */
import { finding, type Finding } from '@budget/model';

export function pdfWarning(page: number | null, message: string, actual: string | null = null): Finding {
  return finding({ check: 'extract.pdf', severity: 'warning', page, actual, message });
}

/** Private-use code points and U+FFFD: glyphs without a Unicode mapping (no ToUnicode, odd encodings). */
const UNMAPPED = /[\ue000-\uf8ff\ufffd]/u;

export function hasUnmappedGlyphs(text: string): boolean {
  return UNMAPPED.test(text);
}
