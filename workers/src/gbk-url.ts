/**
 * Many Chinese government servers expect non-ASCII characters in a URL percent-encoded
 * in GBK, where the WHATWG URL parser encodes UTF-8. `gbkVariant` gives the GBK spelling
 * of a URL written with Chinese characters, tried once when the UTF-8 one answers 404.
 * Node has no GBK encoder, so the table is the inverse of the built-in GB18030 decoder
 * over the two-byte range (all of GBK), built when needed.
 */

/**
 * The URL with its non-ASCII characters percent-encoded in GBK, whether they were written
 * as characters or percent-encoded in UTF-8; null when it has none (or one GBK lacks).
 */
export function gbkVariant(written: string): string | null {
  const url = decodeUtf8Escapes(written);
  if (!/[^\x00-\x7f]/.test(url)) return null;
  const table = gbkEncodingTable();
  let out = '';
  for (const char of url) {
    if (char.charCodeAt(0) < 0x80) {
      out += char;
      continue;
    }
    const code = table.get(char);
    if (code === undefined) return null;
    out += `%${(code >> 8).toString(16).toUpperCase()}%${(code & 0xff).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `%E5%86%B3` → 决 for valid UTF-8 escapes; other escapes (%20, %2F, GBK ones) stay as they are. */
function decodeUtf8Escapes(url: string): string {
  return url.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
    if (bytes.every((b) => b < 0x80)) return run;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (error) {
      if (error instanceof TypeError) return run; // not UTF-8 (already GBK, or binary): leave it
      throw error;
    }
  });
}

function gbkEncodingTable(): Map<string, number> {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  return table;
}
