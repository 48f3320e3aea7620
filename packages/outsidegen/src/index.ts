/**
 * @budget/outsidegen — an independent generator of synthetic 部门预算 disclosures in four house styles
 * (A Dalian, B Luoyang/Wuhan, C Shijiazhuang, D Nanchang), each as PDF (Chromium) and DOCX, with a truth file.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toDocx } from './docx.ts';
import { toHtml } from './html.ts';
import type { Disclosure } from './model.ts';
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

/** one disclosure in the given house style; the same (style, seed) always gives the same content */
export function generateOutside(style: Style, seed: number): Outside {
  const disclosure = { A: buildA, B: buildB, C: buildC, D: buildD }[style](seed);
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
export async function generateRun(dir: string, count: number, firstSeed = 1, log: (s: string) => void = () => {}): Promise<string[]> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const out = generateOutside(styleAt(i), firstSeed + i);
      written.push(...(await writeOutside(browser, out, dir)));
      log(`${out.name}: ${out.truth.budget_lines.length} truth lines, ${out.truth.tables.length} tables`);
    }
  } finally {
    await browser.close();
  }
  return written;
}
