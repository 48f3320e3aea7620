/**
 * Accuracy of the pipeline on the samples in each file format, against their expected datasets.
 *
 *   npx tsx scripts/score-samples.ts [DIR=samples] [--formats pdf,docx,xlsx,doc]
 *
 * Prints one line per format (coded amounts found, emitted rows right) and the files below 97%.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '@budget/pipeline';
import { emptyScore, formatScore, ratio, scoreDocument, type Expected } from './score.ts';

const args = process.argv.slice(2);
const formatsAt = args.indexOf('--formats');
const formats = formatsAt >= 0 ? args[formatsAt + 1]!.split(',') : ['pdf', 'docx', 'xlsx', 'doc'];
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--formats') ?? 'samples';

for (const format of formats) {
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${format}`)).sort();
  if (files.length === 0) {
    console.log(`${format.padEnd(5)} no files`);
    continue;
  }
  const total = emptyScore();
  const weak: string[] = [];
  for (const file of files) {
    const expectedPath = join(dir, file.replace(/\.[a-z]+$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const record = await processDocument(new Uint8Array(readFileSync(join(dir, file))), file);
    const one = scoreDocument(record, expected, emptyScore(), file);
    scoreDocument(record, expected, total, file);
    if (ratio(one.codedFound, one.codedExpected) < 0.97) weak.push(`  ${file} [${record.document.status}] ${formatScore(one)}`);
  }
  console.log(`${format.padEnd(5)} ${files.length} files: ${formatScore(total)}`);
  for (const line of weak) console.log(line);
}
