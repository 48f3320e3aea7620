/** Text normalisation shared by every stage. */

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to half-width; NFKC would rewrite too much (①→1). */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Removes all whitespace: Chinese names are printed with spaces for layout ("项 目", "合 计"). */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Joins the wrapped lines of one cell: CJK text rejoins without spaces, and so do
 * fragments of one code or figure ("2010" + "301", "1103." + "89"); Latin words keep a space.
 */
export function joinWrapped(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) { out = line; continue; }
    const last = out[out.length - 1]!;
    const first = line[0]!;
    const glue = CJK.test(last) || CJK.test(first) || /[\d.,\-]/.test(last) || /^[\d.,]/.test(first) ? '' : ' ';
    out += glue + line;
  }
  return out;
}

/** Strips list prefixes such as "一、", "（一）", "(1)", "1.", "其中：" from an item name. */
export function stripListPrefix(name: string): string {
  return name
    .replace(/^(其中[:：])/, '')
    .replace(/^([一二三四五六七八九十百]+[、.．])/, '')
    .replace(/^([（(][一二三四五六七八九十百\d]+[)）])/, '')
    .replace(/^(\d{1,2}[、.．](?!\d))/, '')
    .replace(/^(其中[:：])/, '');
}
