/**
 * Chinese government sites serve names and pages in UTF-8 or in GBK (GB2312 / GB18030):
 * decode by the declared charset when there is one, else UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK and GB2312).
 */

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn']);

/** A TextDecoder label for a declared charset, or null when it is not one we know. */
export function normaliseCharset(charset: string | null | undefined): string | null {
  if (!charset) return null;
  const label = charset.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (GB_LABELS.has(label)) return 'gb18030';
  if (label === 'utf-8' || label === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch (error) {
    if (error instanceof RangeError) return null; // an unknown label: fall back to sniffing
    throw error;
  }
}

/** Text of bytes in a declared charset, else UTF-8 if valid, else GB18030. */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const label = normaliseCharset(declaredCharset);
  if (label) return new TextDecoder(label).decode(bytes);
  return isUtf8(bytes) ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('gb18030').decode(bytes);
}

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** Percent-decoding to bytes, then to text (UTF-8 or GBK): `%D6%D0%CE%C4` and `%E4%B8%AD%E6%96%87` both give 中文. */
export function decodePercentEncoded(text: string, charset?: string | null): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return decodeText(new Uint8Array(bytes), charset);
}

/** HTTP header values reach us as latin1 code units; the bytes may be UTF-8 or GBK. */
export function decodeHeaderValue(value: string): string {
  if (/[^\x00-\xff]/.test(value)) return value; // already decoded text
  return decodeText(new Uint8Array(Buffer.from(value, 'latin1')));
}

/** The charset an HTML page declares: Content-Type header first, then <meta charset> / http-equiv. */
export function htmlCharset(bytes: Uint8Array, contentType: string | null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** The decoded <title> of an HTML page, whitespace collapsed, or null. */
export function htmlTitle(bytes: Uint8Array, contentType: string | null): string | null {
  const text = decodeText(bytes.subarray(0, 64 * 1024), htmlCharset(bytes, contentType));
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
  const clean = title?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, 200) : null;
}
