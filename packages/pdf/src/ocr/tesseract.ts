/**
 * Tesseract over many images in one process (a list file: the language data loads once,
 * which is most of a call's cost), TSV output parsed into words with boxes and confidences.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './tools.ts';

export interface OcrWord {
  /** 0-based index of the image in the batch. */
  image: number;
  /** Block, paragraph and line numbers joined: words of one printed line share it. */
  line: string;
  text: string;
  /** Pixels of the image read. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's word confidence, 0–100. */
  confidence: number;
}

export interface TesseractPass {
  lang: string;
  /** Page segmentation mode: 6 a block of text, 7 a single line. */
  psm: number;
  /** Characters the engine may answer with (digits-only pass), or none. */
  whitelist?: string;
}

/** Parses tesseract's TSV: level-5 rows are words. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({
      image: Number(f[1]) - 1, line: `${f[2]}.${f[3]}.${f[4]}`, text,
      left: Number(f[6]), top: Number(f[7]), width: Number(f[8]), height: Number(f[9]), confidence: Number(f[10]),
    });
  }
  return words;
}

/** Reads the images (paths) with one tesseract process; words carry the index of their image. */
export async function recognise(imagePaths: readonly string[], pass: TesseractPass, workDir: string, timeoutMs: number): Promise<OcrWord[]> {
  if (imagePaths.length === 0) return [];
  const list = join(workDir, `list-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(list, imagePaths.join('\n') + '\n');
  const args = [list, 'stdout', '-l', pass.lang, '--psm', String(pass.psm), '-c', 'preserve_interword_spaces=1'];
  if (pass.whitelist) args.push('-c', `tessedit_char_whitelist=${pass.whitelist}`);
  args.push('tsv');
  const { stdout } = await runTool('tesseract', args, timeoutMs);
  return parseTsv(stdout);
}
