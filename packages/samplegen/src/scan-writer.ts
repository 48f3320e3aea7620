/**
 * A generated disclosure as a scan: every page of its PDF rendered at 150 dpi in grey by
 * pdftocairo (poppler-utils; pdftoppm's JPEGs stay three-channel even with -gray), saved as one-channel JPEG, and wrapped in an image-only PDF (no text layer),
 * as a department's scanner would give it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SCAN_DPI = 150;

/** Width and height from a JPEG's start-of-frame marker. */
export function jpegSize(jpeg: Uint8Array): { width: number; height: number; components: number } {
  let i = 2;
  while (i + 9 < jpeg.length) {
    if (jpeg[i] !== 0xff) { i++; continue; }
    const marker = jpeg[i + 1]!;
    const length = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (jpeg[i + 5]! << 8) | jpeg[i + 6]!, width: (jpeg[i + 7]! << 8) | jpeg[i + 8]!, components: jpeg[i + 9]! };
    }
    i += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

/** An image-only PDF: one page per grey JPEG, sized so the image is `dpi` dots per inch. */
export function imagePdf(jpegs: readonly Uint8Array[], dpi: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (data: Uint8Array | string) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: () => void) => { offsets[n] = length; push(`${n} 0 obj\n`); body(); push('\nendobj\n'); };
  push('%PDF-1.4\n%\xff\xff\n');
  const pages = jpegs.map((_, i) => 3 + i * 3);
  object(1, () => push('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => push(`<< /Type /Pages /Count ${jpegs.length} /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] >>`));
  jpegs.forEach((jpeg, i) => {
    const { width, height, components } = jpegSize(jpeg);
    if (components !== 1) throw new Error(`a scan page must be a one-channel (grey) JPEG, not ${components} channels`);
    const w = (width * 72) / dpi, h = (height * 72) / dpi;
    const [page, image, content] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const draw = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
    object(page, () => push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
    object(image, () => { push(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`); push(jpeg); push('\nendstream'); });
    object(content, () => push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
  });
  const count = 3 + jpegs.length * 3;
  const xref = length;
  push(`xref\n0 ${count}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** The scan of a PDF, or of its first `pages` pages (needs pdftocairo). */
export function scannedPdf(pdf: Uint8Array, dpi = SCAN_DPI, pages?: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'sample-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftocairo', ['-gray', '-jpeg', '-jpegopt', 'quality=75', '-r', String(dpi), ...(pages ? ['-l', String(pages)] : []), join(dir, 'in.pdf'), join(dir, 'page')], { timeout: 120_000, stdio: 'pipe' });
    const files = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.jpg')).sort((a, b) => Number(a.match(/(\d+)\.jpg$/)![1]) - Number(b.match(/(\d+)\.jpg$/)![1]));
    return imagePdf(files.map((f) => new Uint8Array(readFileSync(join(dir, f)))), dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
