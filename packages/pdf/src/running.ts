/**
 * Running heads and feet: paragraph lines whose normalised text recurs at about the same
 * place on two or more pages (department banners, "单位：万元", page numbers). They are
 * kept and flagged; the mapper reads the unit and department from them.
 */
import { compact, toHalfWidth, type Block, type ParagraphBlock } from '@budget/model';

/** How far (pt) the same line may move between pages and still count as running. */
export const RUNNING_Y_TOLERANCE = 6;

/** Text as compared across pages: no spaces, half-width, every number alike (page numbers differ). */
export function runningKey(text: string): string {
  return compact(toHalfWidth(text)).replace(/\d+/g, '#');
}

interface Placement {
  page: number;
  /** Distance from the page top and from the page bottom: heads align on one, feet on the other. */
  fromTop: number;
  fromBottom: number;
  block: ParagraphBlock;
}

/** Sets `running: true` on paragraphs that repeat across pages; page heights come from `pageHeight`. */
export function markRunning(blocks: readonly Block[], pageHeight: (page: number) => number): void {
  const byKey = new Map<string, Placement[]>();
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.page === null || !block.bbox) continue;
    const key = runningKey(block.text);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push({ page: block.page, fromTop: block.bbox[1], fromBottom: pageHeight(block.page) - block.bbox[3], block });
    byKey.set(key, list);
  }
  for (const list of byKey.values()) {
    if (new Set(list.map((p) => p.page)).size < 2) continue;
    for (const p of list) {
      const repeats = list.some(
        (q) => q.page !== p.page &&
          (Math.abs(q.fromTop - p.fromTop) <= RUNNING_Y_TOLERANCE || Math.abs(q.fromBottom - p.fromBottom) <= RUNNING_Y_TOLERANCE),
      );
      if (repeats) p.block.running = true;
    }
  }
}
