/**
 * Writes synthetic disclosures (.pdf, .docx, .xlsx, and .doc where LibreOffice is installed)
 * and their expected datasets (.expected.json).
 *
 *   npx tsx packages/samplegen/src/main.ts [--out samples] [--seed N] [--count K] [--style A,B]
 *
 * Without --seed it writes the committed set: seeds 1 and 2 of every style; --scans adds the
 * scans of seed 1 under scanned/ (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWithLibreOffice, findSoffice } from '@budget/office';
import { COMMITTED_SEEDS, STYLES, generateDisclosure, type Style } from './index.ts';
import { scannedPdf } from './scan-writer.ts';

/**
 * Seeds also written as a scan with --scans (`scanned/<id>.scan.pdf`, about 3 MB each): one
 * document per style is enough for the OCR scores. Not committed: reading them takes minutes,
 * and `pnpm extract samples` must stay quick.
 */
const SCANNED_SEEDS: ReadonlySet<number> = new Set([1]);

interface Options {
  out: string;
  seeds: number[];
  styles: Style[];
  /** Also write the scans (minutes to read back by OCR, so not part of the committed samples). */
  scans: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = value('--seed');
  const count = Number(value('--count') ?? 1);
  const styles = (value('--style')?.split(',') ?? STYLES) as Style[];
  for (const s of styles) if (!STYLES.includes(s)) throw new Error(`unknown style ${s}; use ${STYLES.join(', ')}`);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive integer');
  const seeds = seed === undefined ? [...COMMITTED_SEEDS] : Array.from({ length: count }, (_, i) => Number(seed) + i);
  if (seeds.some((s) => !Number.isInteger(s) || s < 0)) throw new Error('--seed must be a non-negative integer');
  return { out: value('--out') ?? 'samples', seeds, styles, scans: argv.includes('--scans') };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(options.out, { recursive: true });
  const withLibreOffice = findSoffice() !== null;
  if (!withLibreOffice) console.error('LibreOffice is not installed: the .doc samples are not written (install libreoffice-writer-nogui)');
  for (const style of options.styles) {
    for (const seed of options.seeds) {
      const generated = generateDisclosure(style, seed);
      const id = generated.spec.id;
      writeFileSync(join(options.out, `${id}.pdf`), generated.pdf);
      const docx = await generated.docx;
      writeFileSync(join(options.out, `${id}.docx`), docx);
      writeFileSync(join(options.out, `${id}.xlsx`), await generated.xlsx);
      // The legacy .doc is Word's own conversion in real life; here LibreOffice's, where installed.
      if (withLibreOffice) writeFileSync(join(options.out, `${id}.doc`), await convertWithLibreOffice(docx, 'docx', 'doc', 120_000));
      writeFileSync(join(options.out, `${id}.expected.json`), JSON.stringify(generated.expected, null, 2) + '\n');
      // The same pages as a scanner gives them (needs pdftocairo): same expected output.
      if (options.scans && SCANNED_SEEDS.has(seed)) {
        mkdirSync(join(options.out, 'scanned'), { recursive: true });
        writeFileSync(join(options.out, 'scanned', `${id}.scan.pdf`), scannedPdf(generated.pdf));
      }
      const e = generated.expected;
      console.log(`${id}: ${generated.pdfStats.pages} pages, ${e.tables.length} tables, ${e.budget_lines.length} budget lines, ${e.projects.length} projects, ${e.indicators.length} indicators`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
