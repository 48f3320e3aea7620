/**
 * The pipeline, in-process, over the committed documents of the independent generator (packages/outsidegen):
 * test/fixtures/outside (default mode) and test/fixtures/outside-hard (hard mode), scored against their truth files
 * with the same rules as `tsx packages/outsidegen/src/score-run.ts` (scoreDocument is shared).
 *
 * In both: every document ok; coded recall and row precision at least 99.5% for each format (the issue's
 * bar for disclosures written by someone else); every headline figure and project found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '@budget/pipeline';
import type { Truth } from '../packages/outsidegen/src/model.ts';
import { emptyScored, report, scoreDocument, type Bucket, type Produced, type Scored } from '../packages/outsidegen/src/score-run.ts';

const TIMEOUT = 240_000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const figures = (b: Bucket) =>
  `coded recall ${(100 * ratio(b.codedFound, b.codedExpected)).toFixed(2)}% (${b.codedFound}/${b.codedExpected}), ` +
  `row precision ${(100 * ratio(b.emittedRight, b.emitted)).toFixed(2)}% (${b.emittedRight}/${b.emitted}), ` +
  `headline ${b.headlineRight}/${b.docs}, projects ${b.projectsFound}/${b.projectsExpected}`;

function documentsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(pdf|docx)$/.test(f)).sort() : [];
}

/** runs one committed document through the pipeline and adds its score to `acc`; returns the document status */
async function run(dir: string, file: string, acc: Scored): Promise<string> {
  const truth = JSON.parse(readFileSync(join(dir, file.replace(/\.(pdf|docx)$/, '.truth.json')), 'utf8')) as Truth;
  const record = await processDocument(new Uint8Array(readFileSync(join(dir, file))), file);
  const produced: Produced = {
    document: record.document as unknown as Produced['document'],
    budget_lines: record.budget_lines as unknown as Produced['budget_lines'],
    projects: record.projects as unknown as Produced['projects'],
  };
  scoreDocument(acc, file, truth, produced);
  return String(record.document.status);
}

const outside = resolve(import.meta.dirname, 'fixtures/outside');
const hard = resolve(import.meta.dirname, 'fixtures/outside-hard');

/** Both modes: every document ok, and coded recall, row precision and projects at the bar per format. */
function scoreFixtures(name: string, dir: string): void {
  describe(`outside generator, ${name} (${dir.split('/').slice(-2).join('/')})`, () => {
    const files = documentsIn(dir);
    const acc = emptyScored();
    it('has committed documents in all four house styles, as PDF and DOCX', () => {
      for (const style of ['A', 'B', 'C', 'D']) for (const ext of ['pdf', 'docx']) expect(files.some((f) => f.startsWith(`${style}-`) && f.endsWith(`.${ext}`)), `${style} ${ext}`).toBe(true);
    });
    for (const file of files) {
      it(file, async () => {
        expect(await run(dir, file, acc)).toBe('ok');
      }, TIMEOUT);
    }
    it('coded recall and row precision ≥ 99.5% per format, headline figures and projects all found', () => {
      expect(acc.total.docs).toBe(files.length);
      for (const format of ['pdf', 'docx']) {
        const b = acc.by.get(format);
        expect(b, format).toBeDefined();
        console.log(`${name} ${format}: ${figures(b!)}`);
        const ok = ratio(b!.codedFound, b!.codedExpected) >= 0.995 && ratio(b!.emittedRight, b!.emitted) >= 0.995;
        if (!ok) console.log(report(acc, 2));
        expect(ratio(b!.codedFound, b!.codedExpected), `${format} coded recall`).toBeGreaterThanOrEqual(0.995);
        expect(ratio(b!.emittedRight, b!.emitted), `${format} row precision`).toBeGreaterThanOrEqual(0.995);
        expect(b!.headlineRight, `${format} headline`).toBe(b!.docs);
        expect(b!.projectsFound, `${format} projects`).toBe(b!.projectsExpected);
      }
    });
  });
}

scoreFixtures('default mode', outside);
scoreFixtures('hard mode', hard);
