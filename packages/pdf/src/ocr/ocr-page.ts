/**
 * One scanned page → the PageContent a digital page gives (positioned text items and ruling
 * segments), so the same table path (grids, cells, aligned tables, paragraphs) reads it.
 *
 * Ruled tables are read cell by cell: page-level OCR of a 150 dpi table turns its figures
 * into garbage, while a cell cropped between its rules and read as one line (psm 7) is
 * read well. Cells that look like figures get a second, digits-only pass; where the passes
 * disagree the better-formed reading is kept and the other travels with it as an
 * alternative (see the `ocr` field of a cell's source). The rest of the page (titles,
 * units, prose) is read once as a block with the tables painted out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageContent, TextItem } from '../geometry.ts';
import { findGrids } from '../ruled-tables.ts';
import { crop, encodePgm, inkShare, upscale, whiteOut, type GreyImage } from './grey-image.ts';
import { ruleSegments } from './image-rules.ts';
import { recognise, type OcrWord, type TesseractPass } from './tesseract.ts';

export const OCR_ENGINE = 'tesseract';
/** chi_sim alone reads digits as well as chi_sim+eng and does not turn 万元 into Latin letters (measured on the Beijing scan). */
const TEXT_PASS: TesseractPass = { lang: 'chi_sim', psm: 6 };
const CELL_LINE_PASS: TesseractPass = { lang: 'chi_sim', psm: 7 };
const CELL_BLOCK_PASS: TesseractPass = { lang: 'chi_sim', psm: 6 };
const DIGITS_PASS: TesseractPass = { lang: 'eng', psm: 7, whitelist: '0123456789.,-' };

/** Below this share of dark pixels a cell is empty and not read. */
const EMPTY_INK = 0.002;
/** Cells lower than this (pixels) are upscaled ×2 before reading. */
const SMALL_CELL_PX = 48;
const PAD_PX = 12;
/** A ruled table spans at least this share of the page width. */
const MIN_TABLE_WIDTH_SHARE = 0.3;

export interface OcrItem extends TextItem {
  ocr: { engine: string; confidence: number; alternatives?: string[] };
}

export interface OcrPageResult {
  content: PageContent;
  cellsRead: number;
  seconds: number;
}

const FIGURE_LIKE = /^[-\d,.，。·\s]+$/;
const WELL_FORMED_FIGURE = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

function looksLikeFigure(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return t.length > 0 && /\d/.test(t) && FIGURE_LIKE.test(t);
}

/** Half-width figure punctuation: the text pass reads 。，· where a figure prints . and , */
function figureText(text: string): string {
  return text.replace(/\s/g, '').replace(/[。·]/g, '.').replace(/，/g, ',');
}

/** Trims rows and columns at the crop's edges that are mostly dark: what is left of the rules. */
function trimRuleRemnants(image: GreyImage): { image: GreyImage; left: number; top: number } {
  const darkShareRow = (y: number) => { let d = 0; for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x]! < 160) d++; return d / image.width; };
  const darkShareCol = (x: number) => { let d = 0; for (let y = 0; y < image.height; y++) if (image.data[y * image.width + x]! < 160) d++; return d / image.height; };
  let top = 0, bottom = image.height, left = 0, right = image.width;
  const edge = 6;
  while (top < Math.min(edge, bottom) && darkShareRow(top) > 0.4) top++;
  while (bottom > Math.max(image.height - edge, top + 1) && darkShareRow(bottom - 1) > 0.4) bottom--;
  while (left < Math.min(edge, right) && darkShareCol(left) > 0.4) left++;
  while (right > Math.max(image.width - edge, left + 1) && darkShareCol(right - 1) > 0.4) right--;
  return { image: crop(image, left, top, right, bottom), left, top };
}

/** Number of separate bands of ink rows: one printed line or more. */
function inkBands(image: GreyImage): number {
  let bands = 0, inBand = false, blank = 0;
  for (let y = 0; y < image.height; y++) {
    let dark = false;
    for (let x = 0; x < image.width && !dark; x++) dark = image.data[y * image.width + x]! < 128;
    if (dark) { if (!inBand) bands++; inBand = true; blank = 0; }
    else if (++blank >= 3) inBand = false;
  }
  return bands;
}

/** Words of one printed line joined into one item: CJK glyphs come as separate words, figures in pieces (“101,” “673.” “03”). */
function lineItems(words: readonly OcrWord[], toPoints: (px: number, py: number) => [number, number]): OcrItem[] {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(`${w.image}:${w.line}`, [...(byLine.get(`${w.image}:${w.line}`) ?? []), w]);
  const items: OcrItem[] = [];
  for (const lineWords of byLine.values()) {
    lineWords.sort((a, b) => a.left - b.left);
    const lineHeight = Math.max(...lineWords.map((w) => w.height));
    // A gap wider than two line heights separates two columns' text: separate items.
    let run: OcrWord[] = [];
    const flush = () => {
      if (!run.length) return;
      const [x0, y0] = toPoints(Math.min(...run.map((w) => w.left)), Math.min(...run.map((w) => w.top)));
      const [x1, y1] = toPoints(Math.max(...run.map((w) => w.left + w.width)), Math.max(...run.map((w) => w.top + w.height)));
      const confidence = Math.min(...run.map((w) => w.confidence));
      items.push({ text: run.map((w) => w.text).join(''), bbox: [x0, y0, x1, y1], fontSize: (y1 - y0) * 0.85, ocr: { engine: OCR_ENGINE, confidence: Math.round(confidence * 10) / 10 } });
      run = [];
    };
    for (const w of lineWords) {
      const last = run[run.length - 1];
      if (last && w.left - (last.left + last.width) > 2 * lineHeight) flush();
      run.push(w);
    }
    flush();
  }
  return items;
}

/** Runs one pass over images split into at most `workers` tesseract processes. */
async function recogniseParallel(paths: readonly string[], pass: TesseractPass, workDir: string, timeoutMs: number, workers: number): Promise<OcrWord[]> {
  const n = Math.max(1, Math.min(workers, paths.length));
  const size = Math.ceil(paths.length / n);
  const batches = Array.from({ length: n }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((b) => b.length);
  const results = await Promise.all(batches.map((b) => recognise(b, pass, workDir, timeoutMs)));
  return results.flatMap((words, i) => words.map((w) => ({ ...w, image: w.image + i * size })));
}

interface CellCrop {
  path: string;
  /** Page pixels of the crop's top-left, and the factor it was scaled by. */
  x: number;
  y: number;
  factor: number;
  lines: number;
}

export interface OcrPageOptions {
  timeoutMs: number;
  /** Tesseract processes at once (default: the number of cores). */
  workers?: number;
}

/** Reads one rendered page (`dpi` its resolution). */
export async function ocrPage(image: GreyImage, pageNumber: number, dpi: number, options: OcrPageOptions): Promise<OcrPageResult> {
  const started = performance.now();
  const workers = options.workers ?? availableParallelism();
  const pxPerPt = dpi / 72;
  const width = image.width / pxPerPt, height = image.height / pxPerPt;
  const segments = ruleSegments(image, pxPerPt);
  // Strokes of glyphs in a run of text can line up into a small “grid”; a table is wider.
  const grids = (findGrids(segments, width, height) ?? []).filter((g) => g.bbox[2] - g.bbox[0] >= MIN_TABLE_WIDTH_SHARE * width);
  const workDir = mkdtempSync(join(tmpdir(), 'budget-ocr-'));
  try {
    const crops: CellCrop[] = [];
    const rest: GreyImage = { ...image, data: image.data.slice() };
    for (const grid of grids) {
      whiteOut(rest, grid.cols[0]! * pxPerPt - 4, grid.rows[0]! * pxPerPt - 4, grid.cols[grid.cols.length - 1]! * pxPerPt + 4, grid.rows[grid.rows.length - 1]! * pxPerPt + 4);
      for (const cell of grid.cells) {
        const x0 = grid.cols[cell.col]! * pxPerPt, x1 = grid.cols[cell.col + cell.colSpan]! * pxPerPt;
        const y0 = grid.rows[cell.row]! * pxPerPt, y1 = grid.rows[cell.row + cell.rowSpan]! * pxPerPt;
        const inset = Math.max(2, Math.round(0.6 * pxPerPt));
        const raw = crop(image, x0 + inset, y0 + inset, x1 - inset, y1 - inset);
        const { image: trimmed, left: trimLeft, top: trimTop } = trimRuleRemnants(raw);
        if (trimmed.width < 4 || trimmed.height < 4 || inkShare(trimmed) < EMPTY_INK) continue;
        const factor = trimmed.height < SMALL_CELL_PX ? 2 : 1;
        const path = join(workDir, `cell-${crops.length}.pgm`);
        writeFileSync(path, encodePgm(upscale(trimmed, factor, PAD_PX)));
        crops.push({ path, x: Math.floor(x0 + inset) + trimLeft, y: Math.floor(y0 + inset) + trimTop, factor, lines: inkBands(trimmed) });
      }
    }
    const restPath = join(workDir, 'page.pgm');
    writeFileSync(restPath, encodePgm(rest));

    const linePaths = crops.filter((c) => c.lines <= 1).map((c) => c.path);
    const blockPaths = crops.filter((c) => c.lines > 1).map((c) => c.path);
    const indexOf = new Map(crops.map((c, i) => [c.path, i]));
    const [pageWords, lineWords, blockWords] = await Promise.all([
      recognise([restPath], TEXT_PASS, workDir, options.timeoutMs),
      recogniseParallel(linePaths, CELL_LINE_PASS, workDir, options.timeoutMs, Math.max(1, workers - 1)),
      recogniseParallel(blockPaths, CELL_BLOCK_PASS, workDir, options.timeoutMs, 1),
    ]);
    const cellWords = new Map<number, OcrWord[]>();
    const addWords = (paths: readonly string[], words: readonly OcrWord[]) => {
      for (const w of words) {
        const k = indexOf.get(paths[w.image]!)!;
        cellWords.set(k, [...(cellWords.get(k) ?? []), { ...w, image: k }]);
      }
    };
    addWords(linePaths, lineWords);
    addWords(blockPaths, blockWords);

    // Digits-only pass over the cells whose first reading looks like a figure.
    const figureCells = [...cellWords.entries()].filter(([, ws]) => looksLikeFigure(ws.map((w) => w.text).join(''))).map(([k]) => k);
    const digitWords = await recogniseParallel(figureCells.map((k) => crops[k]!.path), DIGITS_PASS, workDir, options.timeoutMs, workers);
    const digitsByCell = new Map<number, OcrWord[]>();
    for (const w of digitWords) {
      const k = figureCells[w.image]!;
      digitsByCell.set(k, [...(digitsByCell.get(k) ?? []), w]);
    }

    const pagePoint = (px: number, py: number): [number, number] => [px / pxPerPt, py / pxPerPt];
    const items: TextItem[] = lineItems(pageWords, pagePoint);
    for (const [k, words] of cellWords) {
      const c = crops[k]!;
      const toPoints = (px: number, py: number): [number, number] => pagePoint(c.x + (px - PAD_PX) / c.factor, c.y + (py - PAD_PX) / c.factor);
      const cellItems = lineItems(words, toPoints);
      const digits = digitsByCell.get(k);
      if (digits && cellItems.length === 1) items.push(chooseFigure(cellItems[0]!, digits));
      else items.push(...cellItems);
    }
    return { content: { page: pageNumber, width, height, items, segments }, cellsRead: crops.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * The text pass's and the digits pass's readings of one figure cell: the same figure, or the
 * better-formed one (a figure with proper separators beats one without; then the higher
 * confidence), the other kept as an alternative for the accounting identities to settle.
 */
export function chooseFigure(textItem: OcrItem, digitWords: readonly OcrWord[]): OcrItem {
  const fromText = figureText(textItem.text);
  const fromDigits = digitWords.map((w) => w.text).join('');
  const digitConfidence = Math.round(Math.min(...digitWords.map((w) => w.confidence)) * 10) / 10;
  if (fromDigits === fromText) {
    return { ...textItem, text: fromText, ocr: { ...textItem.ocr, confidence: Math.max(textItem.ocr.confidence, digitConfidence) } };
  }
  const textGood = WELL_FORMED_FIGURE.test(fromText), digitsGood = WELL_FORMED_FIGURE.test(fromDigits);
  const preferDigits = digitsGood !== textGood ? digitsGood : digitConfidence > textItem.ocr.confidence;
  const [kept, other, confidence] = preferDigits ? [fromDigits, fromText, digitConfidence] : [fromText, fromDigits, textItem.ocr.confidence];
  return { ...textItem, text: kept, ocr: { engine: OCR_ENGINE, confidence, alternatives: other ? [other] : [] } };
}
