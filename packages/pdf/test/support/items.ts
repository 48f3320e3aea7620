/** Hand-made text items for geometry tests (display coordinates, y down). */
import type { TextItem } from '../../src/geometry.ts';

/** An item whose top-left is (x, y); width from the text (CJK 1 em, others ½ em) unless given. */
export function item(text: string, x: number, y: number, size = 9, width?: number): TextItem {
  const w = width ?? [...text].reduce((s, c) => s + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * size, 0);
  return { text, bbox: [x, y, x + w, y + size], fontSize: size };
}
