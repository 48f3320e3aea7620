/**
 * One scanned page → the PageContent a digital page gives (positioned text items and ruling
 * segments), so the same table path (grids, cells, aligned tables, paragraphs) reads it.
 *
 * Ruled tables are read cell by cell: page-level OCR of a 150 dpi table turns its figures
 * into garbage, while a cell cropped between its rules and read as one line (psm 7) is
 * read well. Columns of figures are read again digits-only, their cells stacked into strips
 * (strips.ts), and a third time at another scale where the two readings disagree; the value
 * most readings agree on is kept (figure-reading.ts) and the others travel with it as
 * alternatives (see the `ocr` field of a cell's source). The rest of the page (titles,
 * units, prose) is read the same way, line by line, with the tables painted out: read as one
 * block, a scan's titles lose characters (…预算表 → …预算夫).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageContent, TextItem } from '../geometry.ts';
import { findGrids } from '../ruled-tables.ts';
import { binarise, crop, encodePgm, inkRuns, inkShare, rowHasInk, upscale, whiteOut, type GreyImage } from './grey-image.ts';
import { ruleSegments } from './image-rules.ts';
import { alignedColumnKeys, textLineBoxes } from './text-lines.ts';
import { stackCrops, slotAt } from './strips.ts';
import { chooseReading, figureValue, isFigureReading, tidyFigure, isConfidentWords, type Reading } from './figure-reading.ts';
import { recognise, type OcrWord, type TesseractPass } from './tesseract.ts';

export const OCR_ENGINE = 'tesseract';
/** chi_sim alone reads digits as well as chi_sim+eng and does not turn 万元 into Latin letters (measured on the Beijing scan). */
const CELL_LINE_PASS: TesseractPass = { lang: 'chi_sim', psm: 7 };
const CELL_BLOCK_PASS: TesseractPass = { lang: 'chi_sim', psm: 6 };
/** Over strips of a column's cells (strips.ts): a block of lines, digits and separators only. */
const DIGITS_PASS: TesseractPass = { lang: 'eng', psm: 6, whitelist: '0123456789.,-' };

/** Below this share of dark pixels a cell is empty and not read. */
const EMPTY_INK = 0.002;
/** Cells lower than this (pixels) are upscaled ×2 before reading. */
const SMALL_CELL_PX = 48;
const PAD_PX = 12;
/** A line's box is cropped with this much of the page around its ink. */
const LINE_MARGIN_PX = 3;
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

/** Number of separate bands of ink rows (three blank rows end one): one printed line or more. */
function inkBands(image: GreyImage): number {
  return inkRuns(image.height, (y) => rowHasInk(image, y), 2).length;
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

/** Share of a column's readings that must be figures for the column to be one of figures (codes, amounts). */
const FIGURE_COLUMN_SHARE = 0.5;
/** Readings this short in a column of figures are read again for digits (a misread figure is short). */
const SHORT_READING = 12;

/**
 * The table columns ("grid:col") most of whose cells read as figures (codes, amounts), not
 * counting the words read with confidence (headers, 合计): a misread figure is not confident.
 */
function figureColumnsOf(crops: readonly CellCrop[], readingOf: (k: number) => Reading): Set<string> {
  const tally = new Map<string, { figures: number; all: number }>();
  for (const [k, c] of crops.entries()) {
    if (c.column === undefined) continue;
    const reading = readingOf(k);
    if (isConfidentWords(reading)) continue;
    const figure = isFigureReading(reading.text);
    const t = tally.get(c.column) ?? { figures: 0, all: 0 };
    t.all++;
    if (figure) t.figures++;
    tally.set(c.column, t);
  }
  return new Set([...tally].filter(([, t]) => t.figures / t.all >= FIGURE_COLUMN_SHARE).map(([column]) => column));
}

/** The strip a crop is read in: its column's, or its own where it stands in none. */
const stripOf = (crops: readonly CellCrop[], k: number): string => crops[k]!.column ?? `crop:${k}`;

/**
 * The digits pass over the cells given, a column's cells stacked into one strip (strips.ts);
 * each word comes back in its cell's own frame, as if read from the cell's crop file.
 */
async function readDigitStrips(crops: readonly CellCrop[], cells: readonly number[], workDir: string, timeoutMs: number, workers: number, otherScale = false): Promise<Map<number, OcrWord[]>> {
  const groups = new Map<string, number[]>();
  for (const k of cells) groups.set(stripOf(crops, k), [...(groups.get(stripOf(crops, k)) ?? []), k]);
  const members = [...groups.values()];
  const strips = members.map((ks) => {
    const strip = stackCrops(ks.map((k) => crops[k]!.image));
    const small = Math.max(...ks.map((k) => crops[k]!.image.height)) < SMALL_CELL_PX;
    return { strip, factor: small !== otherScale ? 2 : 1 };
  });
  const paths = strips.map(({ strip, factor }, i) => {
    const path = join(workDir, `strip-${otherScale ? 'rescaled-' : ''}${i}.pgm`);
    // In black and white: a scan's grey halos and faint rule remnants cost digits (7.35 read as 135).
    writeFileSync(path, encodePgm(binarise(upscale(strip.image, factor))));
    return path;
  });
  const words = await recogniseParallel(paths, DIGITS_PASS, workDir, timeoutMs, workers);
  const byCell = new Map<number, OcrWord[]>();
  for (const w of words) {
    const { strip, factor } = strips[w.image]!;
    const slot = slotAt(strip, (w.top + w.height / 2) / factor);
    if (slot < 0) continue;
    const k = members[w.image]![slot]!;
    const c = crops[k]!;
    // Strip pixels → the cell crop's pixels → its crop file's (scaled by c.factor, padded).
    const toCell = (v: number, origin: number) => (v / factor - origin) * c.factor + PAD_PX;
    byCell.set(k, [...(byCell.get(k) ?? []), {
      ...w, image: k,
      left: toCell(w.left, strip.pad), top: toCell(w.top, strip.slots[slot]!.top),
      width: (w.width / factor) * c.factor, height: (w.height / factor) * c.factor,
    }]);
  }
  return byCell;
}

/** The lines of one cell as one item: text joined, box around them all, the lowest confidence. */
function joinItems(lines: readonly OcrItem[]): OcrItem {
  if (lines.length === 1) return lines[0]!;
  const ordered = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  return {
    text: ordered.map((i) => i.text).join(''),
    bbox: [Math.min(...lines.map((i) => i.bbox[0])), Math.min(...lines.map((i) => i.bbox[1])), Math.max(...lines.map((i) => i.bbox[2])), Math.max(...lines.map((i) => i.bbox[3]))],
    fontSize: Math.max(...lines.map((i) => i.fontSize)),
    ocr: { engine: OCR_ENGINE, confidence: Math.min(...lines.map((i) => i.ocr.confidence)) },
  };
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
  /** The crop as cut from the page (before scaling and padding). */
  image: GreyImage;
  /** Page pixels of the crop's top-left, and the factor it was scaled by. */
  x: number;
  y: number;
  factor: number;
  lines: number;
  /** The table column a cell belongs to ("grid:col"); none for the page's other lines. */
  column?: string;
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
    /** Crops one area (a cell, a line) for reading, unless it is empty. */
    const addCrop = (from: GreyImage, x0: number, y0: number, x1: number, y1: number, column?: string) => {
      const { image: trimmed, left: trimLeft, top: trimTop } = trimRuleRemnants(crop(from, x0, y0, x1, y1));
      if (trimmed.width < 4 || trimmed.height < 4 || inkShare(trimmed) < EMPTY_INK) return;
      const factor = trimmed.height < SMALL_CELL_PX ? 2 : 1;
      const path = join(workDir, `crop-${crops.length}.pgm`);
      writeFileSync(path, encodePgm(upscale(trimmed, factor, PAD_PX)));
      crops.push({ path, image: trimmed, x: Math.max(0, Math.floor(x0)) + trimLeft, y: Math.max(0, Math.floor(y0)) + trimTop, factor, lines: inkBands(trimmed), ...(column ? { column } : {}) });
    };
    const rest: GreyImage = { ...image, data: image.data.slice() };
    for (const [g, grid] of grids.entries()) {
      whiteOut(rest, grid.cols[0]! * pxPerPt - 4, grid.rows[0]! * pxPerPt - 4, grid.cols[grid.cols.length - 1]! * pxPerPt + 4, grid.rows[grid.rows.length - 1]! * pxPerPt + 4);
      for (const cell of grid.cells) {
        const x0 = grid.cols[cell.col]! * pxPerPt, x1 = grid.cols[cell.col + cell.colSpan]! * pxPerPt;
        const y0 = grid.rows[cell.row]! * pxPerPt, y1 = grid.rows[cell.row + cell.rowSpan]! * pxPerPt;
        const inset = Math.max(2, Math.round(0.6 * pxPerPt));
        // A cell spanning columns (a header over several) belongs to none of them.
        addCrop(image, x0 + inset, y0 + inset, x1 - inset, y1 - inset, cell.colSpan === 1 ? `${g}:${cell.col}` : undefined);
      }
    }
    const cellsRead = crops.length;
    // What is left of the page (titles, units, prose) is read line by line too.
    // Lines that stand in columns (a table drawn without rules) are read as a ruled table's cells are.
    const boxes = textLineBoxes(rest);
    const columns = alignedColumnKeys(boxes);
    for (const [i, box] of boxes.entries()) {
      addCrop(rest, box.x0 - LINE_MARGIN_PX, box.y0 - LINE_MARGIN_PX, box.x1 + LINE_MARGIN_PX, box.y1 + LINE_MARGIN_PX, columns[i] && `lines:${columns[i]}`);
    }

    const linePaths = crops.filter((c) => c.lines <= 1).map((c) => c.path);
    const blockPaths = crops.filter((c) => c.lines > 1).map((c) => c.path);
    const indexOf = new Map(crops.map((c, i) => [c.path, i]));
    const [lineWords, blockWords] = await Promise.all([
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

    // Digits-only pass over the cells whose first reading looks like a figure, and over the
    // short readings in columns of figures: chi_sim reads a lone 11 as 二, 05 as 0.
    const wordsText = (words: readonly OcrWord[] | undefined) => (words ?? []).map((w) => w.text).join('');
    const readingOf = (k: number) => wordsText(cellWords.get(k));
    const confidenceOf = (k: number) => Math.min(100, ...(cellWords.get(k) ?? []).map((w) => w.confidence));
    const inFigureColumn = figureColumnsOf(crops, (k) => ({ text: readingOf(k), confidence: confidenceOf(k) }));
    const figureCells = crops.map((_, k) => k).filter((k) => {
      const reading = readingOf(k);
      if (reading && isFigureReading(reading)) return true;
      return crops[k]!.column !== undefined && inFigureColumn.has(crops[k]!.column!) && tidyFigure(reading).length <= SHORT_READING;
    });
    const stripWords = await readDigitStrips(crops, figureCells, workDir, options.timeoutMs, workers);
    // Where the text pass and the strip disagree, a third reading decides: the columns with
    // such cells read again as strips at the other scale (a cell read alone fails as the text pass did).
    const disputedStrips = new Set(figureCells.filter((k) => figureValue(tidyFigure(readingOf(k))) !== figureValue(tidyFigure(wordsText(stripWords.get(k))))).map((k) => stripOf(crops, k)));
    const rescaledWords = await readDigitStrips(crops, figureCells.filter((k) => disputedStrips.has(stripOf(crops, k))), workDir, options.timeoutMs, workers, true);
    const digitReadings = (k: number): Reading[] => [stripWords.get(k), rescaledWords.get(k)]
      .filter((words): words is OcrWord[] => !!words?.length)
      .map((words) => ({ text: wordsText(words), confidence: Math.min(...words.map((w) => w.confidence)) }));

    const pagePoint = (px: number, py: number): [number, number] => [px / pxPerPt, py / pxPerPt];
    const items: TextItem[] = [];
    for (const [k, c] of crops.entries()) {
      const toPoints = (px: number, py: number): [number, number] => pagePoint(c.x + (px - PAD_PX) / c.factor, c.y + (py - PAD_PX) / c.factor);
      // A cell the text pass found nothing in is the digit passes' alone.
      const cellItems = lineItems(cellWords.get(k) ?? stripWords.get(k) ?? rescaledWords.get(k) ?? [], toPoints);
      const others = digitReadings(k);
      // A figure wrapped inside its cell (2210 over 2) is one figure: its lines are read as one.
      const chosen = others.length && cellItems.length ? chooseFigure(joinItems(cellItems), others) : null;
      if (chosen && (cellItems.length === 1 || isFigureReading(chosen.text))) items.push(chosen);
      else items.push(...cellItems.map((item) => (isFigureReading(item.text) ? { ...item, text: tidyFigure(item.text) } : item)));
    }
    return { content: { page: pageNumber, width, height, items, segments }, cellsRead, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** A figure cell's item with the reading chosen among the text pass's and the digit passes' (figure-reading.ts). */
export function chooseFigure(textItem: OcrItem, others: readonly Reading[]): OcrItem {
  const chosen = chooseReading({ text: textItem.text, confidence: textItem.ocr.confidence }, others);
  const confidence = Math.round(chosen.confidence * 10) / 10;
  return { ...textItem, text: chosen.text, ocr: { engine: OCR_ENGINE, confidence, ...(chosen.alternatives.length ? { alternatives: chosen.alternatives } : {}) } };
}
