/**
 * Synthetic budget disclosures (部门预算) in four house styles, as PDF and DOCX, with the
 * dataset a correct pipeline must extract from them.
 */
import type { Disclosure } from './document.ts';
import { renderDocx } from './docx-writer.ts';
import { renderXlsx } from './xlsx-writer.ts';
import { compileExpected, type ExpectedDataset } from './expected.ts';
import { buildSpec, type FigureOptions } from './figures.ts';
import { renderPdf, type RenderStats } from './pdf-render.ts';
import { Random } from './random.ts';
import type { Spec, Style } from './spec.ts';
import { styleA } from './styles/a.ts';
import { styleB } from './styles/b.ts';
import { styleC } from './styles/c.ts';
import { styleD } from './styles/d.ts';

export type { Spec, Style } from './spec.ts';
export type { FigureOptions } from './figures.ts';
export type { Disclosure } from './document.ts';
export type { ExpectedDataset, ExpectedBudgetLine, ExpectedDocument } from './expected.ts';
export { Ledger } from './ledger.ts';
export { COMMITTED_SEEDS } from './presets.ts';
export { scannedPdf } from './scan-writer.ts';

export const STYLES: readonly Style[] = ['A', 'B', 'C', 'D'];

const BUILDERS: Record<Style, (spec: Spec, rng: Random) => Disclosure> = { A: styleA, B: styleB, C: styleC, D: styleD };

export interface GeneratedDisclosure {
  spec: Spec;
  disclosure: Disclosure;
  pdf: Uint8Array;
  pdfStats: RenderStats;
  docx: Promise<Uint8Array>;
  xlsx: Promise<Uint8Array>;
  expected: ExpectedDataset;
}

/**
 * Style C must show a table row broken across a page boundary; where the first layout
 * happens to break only between rows, the bottom margin is nudged until one row breaks.
 */
function renderWithRowBreak(disclosure: Disclosure, style: Style): { bytes: Uint8Array; stats: RenderStats } {
  let rendered = renderPdf(disclosure);
  for (let extra = 4; style === 'C' && rendered.stats.splitRows === 0 && extra <= 120; extra += 4) {
    rendered = renderPdf(disclosure, { bottomExtra: extra });
  }
  return rendered;
}

/** One synthetic disclosure; seeds 1 and 2 of each style are the committed samples. */
export function generateDisclosure(style: Style, seed: number, options: FigureOptions = {}): GeneratedDisclosure {
  const rng = new Random(seed * 7919 + style.charCodeAt(0));
  const spec = buildSpec(style, seed, rng, options);
  const disclosure = BUILDERS[style](spec, rng.fork('text'));
  const { bytes, stats } = renderWithRowBreak(disclosure, style);
  return {
    spec,
    disclosure,
    pdf: bytes,
    pdfStats: stats,
    docx: renderDocx(disclosure, spec.year),
    xlsx: renderXlsx(disclosure, spec.year),
    expected: compileExpected(spec, disclosure),
  };
}
