/**
 * The file name of a download, decoded: from Content-Disposition (RFC 6266 / 5987
 * `filename*=UTF-8''…`, or a raw or percent-encoded `filename="…"` in UTF-8 or GBK), else
 * from the last segment of the URL path (percent-encoded UTF-8 or GBK).
 */
import { decodeHeaderValue, decodePercentEncoded } from './text-decoding.ts';

export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    const name = decodePercentEncoded(extended[2]!.trim().replace(/^"|"$/g, ''), extended[1] || null);
    if (name) return baseName(name);
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const raw = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  if (!raw) return null;
  return baseName(decodePercentEncoded(decodeHeaderValue(raw)));
}

export function fileNameFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  const last = path.split('/').filter(Boolean).pop();
  return last ? baseName(decodePercentEncoded(last)) : null;
}

/** No directories: some servers send `filename="C:\\path\\名称.pdf"`. */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!.trim();
}
