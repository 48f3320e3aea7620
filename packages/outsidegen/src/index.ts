/**
 * @budget/outsidegen — an independent generator of synthetic 部门预算 disclosures in four house styles
 * (A Dalian, B Luoyang/Wuhan, C Shijiazhuang, D Nanchang), each as PDF (Chromium) and DOCX, with a truth file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toDocx } from './docx.ts';
import { toHtml } from './html.ts';
import { harden, pickHard } from './hard.ts';
import { buildFinal } from './final.ts';
import { TableBuilder, type Disclosure, type Unit } from './model.ts';
import { buildA } from './style-a.ts';
import { buildB } from './style-b.ts';
import { buildC } from './style-c.ts';
import { buildD } from './style-d.ts';

export type Style = 'A' | 'B' | 'C' | 'D';
export type { Disclosure, Truth, TruthLine } from './model.ts';

export interface Outside {
  name: string;
  disclosure: Disclosure;
  html: string;
  docx: () => Promise<Buffer>;
  truth: Disclosure['truth'];
}

export interface OutsideOptions {
  /** hard mode: thousands separators, zero spellings, split / spaced codes, several budget units, narrow and A3 tables,
   *  numbered titles, unit lines inside tables, negative figures, 决算 documents (see README, "Hard mode") */
  hard?: boolean;
}

/** one disclosure in the given house style; the same (style, seed, hard) always gives the same content */
export function generateOutside(style: Style, seed: number, opts: OutsideOptions = {}): Outside {
  let disclosure: Disclosure;
  if (opts.hard) {
    const hard = pickHard(style, seed);
    TableBuilder.hardZero = () => hard.rng.next() < hard.zeroFill;
    try {
      disclosure = hard.final ? buildFinal(style, seed, hard) : { A: buildA, B: buildB, C: buildC, D: buildD }[style](seed, hard);
    } finally {
      TableBuilder.hardZero = null;
    }
    harden(disclosure, hard, disclosure.truth.document.printed_unit as Unit);
  } else {
    disclosure = { A: buildA, B: buildB, C: buildC, D: buildD }[style](seed);
  }
  return { name: disclosure.name, disclosure, html: toHtml(disclosure), docx: () => toDocx(disclosure), truth: disclosure.truth };
}

type Browser = import('playwright-core').Browser;

/** Chromium (playwright-core) printing HTML to PDF */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
}

export async function htmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;font-family:\'WenQuanYi Micro Hei\'"><span class="pageNumber"></span></div>' });
  } finally {
    await page.close();
  }
}

/** writes <name>.pdf, <name>.docx and <name>.truth.json (the truth serves both files) */
export async function writeOutside(browser: Browser, out: Outside, dir: string): Promise<string[]> {
  const pdf = await htmlToPdf(browser, out.html);
  const docx = await out.docx();
  const files = [join(dir, `${out.name}.pdf`), join(dir, `${out.name}.docx`), join(dir, `${out.name}.truth.json`)];
  await writeFile(files[0]!, pdf);
  await writeFile(files[1]!, docx);
  await writeFile(files[2]!, JSON.stringify(out.truth, null, 2) + '\n');
  return files;
}

/** the style used for the i-th document of a run (cycling A–D) */
export const styleAt = (i: number): Style => (['A', 'B', 'C', 'D'] as const)[i % 4]!;

/** N documents cycling A–D with seeds first, first+1, … (PDF + DOCX + truth each) into `dir` */
export async function generateRun(dir: string, count: number, firstSeed = 1, log: (s: string) => void = () => {}, opts: OutsideOptions = {}): Promise<string[]> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const out = generateOutside(styleAt(i), firstSeed + i, opts);
      written.push(...(await writeOutside(browser, out, dir)));
      log(`${out.name}${opts.hard ? ` (hard${out.truth.document.kind === 'final_accounts' ? ', 决算' : ''})` : ''}: ${out.truth.budget_lines.length} truth lines, ${out.truth.tables.length} tables`);
    }
  } finally {
    await browser.close();
  }
  return written;
}
