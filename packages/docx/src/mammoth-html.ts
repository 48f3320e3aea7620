/**
 * DOCX to HTML with mammoth. Images are dropped (counted, never read or kept) and
 * external files are never fetched. mammoth's messages report content it could not
 * convert: they are data-loss signals and become findings.
 */
import mammoth from 'mammoth';
import type { Finding } from '@budget/model';
import { finding } from '@budget/model';
import { CorruptDocxError } from './errors.ts';

export interface MammothHtml {
  html: string;
  findings: Finding[];
  imageCount: number;
}

export async function docxToHtml(bytes: Uint8Array): Promise<MammothHtml> {
  let imageCount = 0;
  // An <img> without src: nothing is read from the image part, nothing kept.
  const dropImage = mammoth.images.imgElement(async () => {
    imageCount++;
    return {} as { src: string };
  });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer }, { convertImage: dropImage, externalFileAccess: false });
  } catch (error) {
    throw new CorruptDocxError(`mammoth could not read the DOCX: ${(error as Error).message}`, { cause: error, parserFailed: true });
  }
  return { html: result.value, findings: messageFindings(result.messages), imageCount };
}

/** One finding per distinct message; a repeated one (an unknown style on every paragraph) says how often. */
function messageFindings(messages: ReadonlyArray<{ type: string; message: string }>): Finding[] {
  const counts = new Map<string, number>();
  for (const { message } of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => (finding({
    check: 'extract.docx',
    severity: 'warning',
    message: count > 1 ? `${message} (${count} times)` : message,
  })));
}
